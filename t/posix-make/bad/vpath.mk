# bad/vpath.mk: must be caught.
# expect: GNU directive vpath
.POSIX:
vpath %.c src
all:
	echo ok
