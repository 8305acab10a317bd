# bad/export.mk: must be caught.
# expect: GNU directive export
.POSIX:
export CC = cc
all:
	$(CC) -c a.c
