int ab(void) { return 1; }
