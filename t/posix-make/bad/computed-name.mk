# bad/computed-name.mk: must be caught.
# expect: computed macro name $(T)_FLAGS
.POSIX:
T = x
$(T)_FLAGS = -O
all:
	echo ok
