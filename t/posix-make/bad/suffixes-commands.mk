# bad/suffixes-commands.mk: must be caught.
# expect: commands for .SUFFIXES
.POSIX:
.SUFFIXES:
	echo no
all:
	echo ok
