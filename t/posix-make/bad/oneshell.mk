# bad/oneshell.mk: must be caught.
# expect: special target .ONESHELL
.POSIX:
.ONESHELL:
all:
	echo a
	echo b
