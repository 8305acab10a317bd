# bad/dollar-end.mk: must be caught.
# expect: $ at the end of a line
.POSIX:
all:
	echo a$
