int b_x(void) { return 2; }
