#define MINE 0
