# bad/foreach.mk: must be caught.
# expect: GNU function $(foreach ...)
.POSIX:
all:
	echo $(foreach d,a b,$(d).o)
