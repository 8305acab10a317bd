# bad/pattern-subst.mk: must be caught.
# expect: GNU pattern substitution
.POSIX:
SRCS = a.c
OBJS = $(SRCS:%.c=obj/%.o)
all:
	echo $(OBJS)
