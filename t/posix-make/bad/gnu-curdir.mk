# bad/gnu-curdir.mk: must be caught.
# expect: GNU/BSD variable $(CURDIR)
.POSIX:
all:
	echo $(CURDIR)
