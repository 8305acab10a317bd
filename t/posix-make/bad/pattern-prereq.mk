# bad/pattern-prereq.mk: must be caught.
# expect: % in a prerequisite
.POSIX:
all: %.c
	echo ok
