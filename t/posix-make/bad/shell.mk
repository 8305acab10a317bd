# bad/shell.mk: must be caught.
# expect: GNU function $(shell ...)
.POSIX:
DATE = $(shell date)
all:
	echo $(DATE)
