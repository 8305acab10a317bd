#define P 0
