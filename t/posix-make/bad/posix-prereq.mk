# bad/posix-prereq.mk: must be caught.
# expect: .POSIX with prerequisites or commands
.POSIX: all
all:
	echo ok
