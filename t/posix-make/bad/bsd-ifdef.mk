# bad/bsd-ifdef.mk: must be caught.
# expect: BSD directive .ifdef
# expect: BSD directive .else
# expect: BSD directive .endif
.POSIX:
.ifdef DEBUG
X = 1
.else
X = 2
.endif
all:
	echo $(X)
