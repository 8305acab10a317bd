# bad/sun-sh-modifier.mk: must be caught.
# expect: Sun :sh modifier
.POSIX:
CMD = date
all:
	echo $(CMD:sh)
