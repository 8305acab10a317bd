# bad/static-pattern.mk: must be caught.
# expect: static pattern rule
.POSIX:
OBJS = a.o b.o
$(OBJS): %.o: %.c
	cc -c -o $@ a.c
