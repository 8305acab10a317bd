# bad/hash-in-command.mk: must be caught.
# expect: # in a command line
.POSIX:
all:
	cc '-DX="a#b"' -c a.c
