# bad/target-specific.mk: must be caught.
# expect: target-specific macro assignment
.POSIX:
prog: CFLAGS = -O2
prog: prog.c
	cc $(CFLAGS) -o prog prog.c
