# bad/bsd-variable.mk: must be caught.
# expect: BSD/GNU special variable $(.TARGET)
.POSIX:
all:
	echo ${.TARGET}
