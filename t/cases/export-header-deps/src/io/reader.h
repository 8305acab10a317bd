#define READER 0
