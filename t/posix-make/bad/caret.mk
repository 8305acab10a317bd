# bad/caret.mk: must be caught.
# expect: GNU internal macro $^
.POSIX:
prog: a.o b.o
	cc -o $@ $^
