# bad/bsd-for.mk: must be caught.
# expect: BSD directive .for
# expect: BSD directive .endfor
.POSIX:
.for f in a b
X = ${f}
.endfor
all:
	echo ok
