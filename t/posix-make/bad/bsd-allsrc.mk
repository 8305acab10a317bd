# bad/bsd-allsrc.mk: must be caught.
# expect: BSD internal macro $>
.POSIX:
prog: a.o
	cc -o $@ $>
