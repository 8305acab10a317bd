# bad/make-C-word.mk: must be caught.
# expect: make -C (legacy makes have no -C)
.POSIX:
all:
	make -C sub
