# bad/ifdef.mk: must be caught.
# expect: GNU conditional ifdef
# expect: GNU conditional endif
.POSIX:
ifdef DEBUG
X = 1
endif
all:
	echo $(X)
