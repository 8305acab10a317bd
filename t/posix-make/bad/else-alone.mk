# bad/else-alone.mk: must be caught.
# expect: GNU conditional else
.POSIX:
X = 1
else
all:
	echo $(X)
