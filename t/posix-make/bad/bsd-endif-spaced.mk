# bad/bsd-endif-spaced.mk: must be caught.
# expect: BSD directive .endif
.POSIX:
X = 1
.  endif
all:
	echo ok
