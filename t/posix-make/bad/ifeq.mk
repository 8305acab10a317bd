# bad/ifeq.mk: must be caught.
# expect: GNU conditional ifeq
# expect: GNU conditional endif
.POSIX:
ifeq ($(CC),cc)
X = 1
endif
all:
	echo $(X)
