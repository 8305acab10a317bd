# bad/dollar-blank.mk: must be caught.
# expect: $ followed by a blank
.POSIX:
all:
	echo a$ b
