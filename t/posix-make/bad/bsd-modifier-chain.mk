# bad/bsd-modifier-chain.mk: must be caught.
# expect: chained modifiers
.POSIX:
SRCS = a.c
all:
	echo ${SRCS:T:R}
