# bad/internal-in-target.mk: must be caught.
# expect: internal macro $@ in a target line
.POSIX:
prog: $@.o
	cc -o prog prog.o
