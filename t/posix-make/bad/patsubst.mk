# bad/patsubst.mk: must be caught.
# expect: GNU function $(patsubst ...)
.POSIX:
OBJS = $(patsubst %.c,%.o,a.c)
all:
	echo $(OBJS)
