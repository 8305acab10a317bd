#define S 0
