int a_x(void) { return 1; }
