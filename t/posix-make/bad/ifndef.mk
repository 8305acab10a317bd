# bad/ifndef.mk: must be caught.
# expect: GNU conditional ifndef
# expect: GNU conditional endif
.POSIX:
ifndef DEBUG
X = 1
endif
all:
	echo $(X)
