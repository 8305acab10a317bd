#error "the dup.h beside src/main.c must win"
