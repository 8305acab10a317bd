# bad/no-posix.mk: must be caught.
# expect: missing .POSIX: as the first non-comment line
CC = cc
all: prog
prog: prog.o
	$(CC) -o prog prog.o
