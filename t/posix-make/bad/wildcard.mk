# bad/wildcard.mk: must be caught.
# expect: GNU function $(wildcard ...)
.POSIX:
SRCS = $(wildcard *.c)
all:
	echo $(SRCS)
