# bad/bsd-path.mk: must be caught.
# expect: special target .PATH
.POSIX:
.PATH: src
all:
	echo ok
