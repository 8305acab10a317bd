# bad/gnu-variable.mk: must be caught.
# expect: GNU/BSD variable $(MAKECMDGOALS)
.POSIX:
all:
	echo $(MAKECMDGOALS)
