# bad/make-C.mk: must be caught.
# expect: make -C (legacy makes have no -C)
.POSIX:
all:
	$(MAKE) -C sub all
