# bad/macro-name-dot.mk: must be caught.
# expect: macro name with a period A.B
.POSIX:
A.B = 1
all:
	echo ok
