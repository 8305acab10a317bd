# bad/undefine.mk: must be caught.
# expect: GNU directive undefine
.POSIX:
X = 1
undefine X
all:
	echo ok
