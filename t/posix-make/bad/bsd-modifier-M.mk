# bad/bsd-modifier-M.mk: must be caught.
# expect: BSD modifier :M*.c
.POSIX:
SRCS = a.c b.h
all:
	echo ${SRCS:M*.c}
