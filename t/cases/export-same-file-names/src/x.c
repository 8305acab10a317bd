int a_x(void);
int b_x(void);
int main(void) { return a_x() + b_x() - 3; }
