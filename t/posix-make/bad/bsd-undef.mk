# bad/bsd-undef.mk: must be caught.
# expect: BSD directive .undef
.POSIX:
X = 1
.undef X
all:
	echo ok
