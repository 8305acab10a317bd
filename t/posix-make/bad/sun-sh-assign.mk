# bad/sun-sh-assign.mk: must be caught.
# expect: Sun :sh assignment
.POSIX:
DATE :sh = date
all:
	echo $(DATE)
