int wrap(void) { return 0; }
