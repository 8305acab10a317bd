# bad/make-C-braces.mk: must be caught.
# expect: make -C (legacy makes have no -C)
.POSIX:
all:
	cd . && ${MAKE} -sC sub
