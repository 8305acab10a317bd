# bad/order-only.mk: must be caught.
# expect: order-only prerequisites |
.POSIX:
obj/a.o: a.c | obj
	cc -c -o obj/a.o a.c
