# bad/assignment-alone.mk: must be caught.
# expect: shell assignment alone on a command line
.POSIX:
all:
	X=1
	echo $$X
