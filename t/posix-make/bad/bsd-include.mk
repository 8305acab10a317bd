# bad/bsd-include.mk: must be caught.
# expect: BSD directive .include
.POSIX:
.include "a.mk"
all:
	echo ok
