# bad/star-explicit.mk: must be caught.
# expect: $* in a target rule
.POSIX:
a.o: a.c
	cc -c $*.c
