# bad/call.mk: must be caught.
# expect: GNU function $(call ...)
.POSIX:
f = x$(1)
all:
	echo $(call f,y)
