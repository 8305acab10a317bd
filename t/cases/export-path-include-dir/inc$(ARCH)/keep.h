/* keeps the directory: an include directory must exist (KIN-124). */
