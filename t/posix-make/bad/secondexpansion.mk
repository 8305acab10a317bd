# bad/secondexpansion.mk: must be caught.
# expect: special target .SECONDEXPANSION
.POSIX:
.SECONDEXPANSION:
all:
	echo ok
