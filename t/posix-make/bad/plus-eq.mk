# bad/plus-eq.mk: must be caught.
# expect: += assignment
.POSIX:
CFLAGS = -O
CFLAGS += -g
all:
	cc $(CFLAGS) -c a.c
