# bad/cd-alone.mk: must be caught.
# expect: shell state alone on a command line
.POSIX:
all:
	cd sub
	cc -c a.c
