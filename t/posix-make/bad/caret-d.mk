# bad/caret-d.mk: must be caught.
# expect: GNU internal macro $(^D)
.POSIX:
prog: a.o
	echo $(^D)
