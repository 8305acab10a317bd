# bad/VPATH.mk: must be caught.
# expect: VPATH (GNU/BSD search path
.POSIX:
VPATH = src
all:
	echo ok
