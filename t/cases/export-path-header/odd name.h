#define ODD 0
