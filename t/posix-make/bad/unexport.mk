# bad/unexport.mk: must be caught.
# expect: GNU directive unexport
.POSIX:
unexport CC
all:
	echo ok
