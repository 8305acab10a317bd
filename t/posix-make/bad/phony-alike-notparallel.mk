# bad/phony-alike-notparallel.mk: must be caught.
# expect: special target .NOTPARALLEL
.POSIX:
.NOTPARALLEL:
all:
	echo ok
