# bad/bsd-if.mk: must be caught.
# expect: BSD directive .if
# expect: BSD directive .endif
.POSIX:
.if defined(DEBUG)
X = 1
.endif
all:
	echo $(X)
