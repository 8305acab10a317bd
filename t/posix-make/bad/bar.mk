# bad/bar.mk: must be caught.
# expect: GNU internal macro $|
.POSIX:
prog: a.o
	cc -o $@ a.o $|
