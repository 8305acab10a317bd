# bad/colon-eq.mk: must be caught.
# expect: := assignment
.POSIX:
CC := cc
all:
	$(CC) -c a.c
