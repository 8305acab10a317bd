# bad/posix-late.mk: must be caught.
# expect: missing .POSIX: as the first non-comment line
# expect: .POSIX not on the first non-comment line
CC = cc
.POSIX:
all:
	echo ok
