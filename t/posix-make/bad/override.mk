# bad/override.mk: must be caught.
# expect: GNU directive override
.POSIX:
override CFLAGS = -O
all:
	echo $(CFLAGS)
