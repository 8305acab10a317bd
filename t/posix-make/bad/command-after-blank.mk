# bad/command-after-blank.mk: must be caught.
# expect: command after a blank or comment line
.POSIX:
all:
	echo a

	echo b
