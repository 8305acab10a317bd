# bad/bsd-error.mk: must be caught.
# expect: BSD directive .error
.POSIX:
.error stop
all:
	echo ok
