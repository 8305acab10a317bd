# bad/bang-eq.mk: must be caught.
# expect: != assignment
.POSIX:
DATE != date
all:
	echo $(DATE)
