# bad/endif-alone.mk: must be caught.
# expect: GNU conditional endif
.POSIX:
X = 1
endif
all:
	echo $(X)
