# bad/makeflags.mk: must be caught.
# expect: setting MAKEFLAGS
.POSIX:
MAKEFLAGS = -j4
all:
	echo ok
