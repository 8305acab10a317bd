#define VENDOR 0
