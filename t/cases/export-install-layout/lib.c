int bz(void) { return 0; }
