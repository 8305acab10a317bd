# good/fragment-free.mk: .POSIX first even with blank lines before.

.POSIX:
A = 1
B = $(A)
all:
	echo $(B)
