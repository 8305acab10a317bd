# bad/make-directory.mk: must be caught.
# expect: make -C (legacy makes have no -C)
.POSIX:
all:
	$(MAKE) --directory=sub
