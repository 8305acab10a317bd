# bad/wait.mk: must be caught.
# expect: .WAIT (BSD)
.POSIX:
all: a .WAIT b
a:
	echo a
b:
	echo b
