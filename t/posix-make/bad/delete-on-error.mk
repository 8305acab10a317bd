# bad/delete-on-error.mk: must be caught.
# expect: special target .DELETE_ON_ERROR
.POSIX:
.DELETE_ON_ERROR:
all:
	echo ok
