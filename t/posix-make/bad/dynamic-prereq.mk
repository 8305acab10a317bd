# bad/dynamic-prereq.mk: must be caught.
# expect: dynamic prerequisite $$@
.POSIX:
prog: $$@.o
	cc -o prog prog.o
