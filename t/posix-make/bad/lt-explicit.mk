# bad/lt-explicit.mk: must be caught.
# expect: $< in a target rule
.POSIX:
a.o: a.c a.h
	cc -c -o $@ $<
