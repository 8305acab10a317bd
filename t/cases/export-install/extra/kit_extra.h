#define KIT_EXTRA 1
