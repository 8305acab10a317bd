# bad/bsd-modifier-S.mk: must be caught.
# expect: BSD modifier :S/a/b/
.POSIX:
SRCS = a.c
all:
	echo ${SRCS:S/a/b/}
