# bad/ifneq.mk: must be caught.
# expect: GNU conditional ifneq
# expect: GNU conditional else
# expect: GNU conditional endif
.POSIX:
ifneq ($(CC),cc)
X = 1
else
X = 2
endif
all:
	echo $(X)
