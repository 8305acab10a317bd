#define T 0
