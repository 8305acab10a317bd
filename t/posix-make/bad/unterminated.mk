# bad/unterminated.mk: must be caught.
# expect: unterminated macro expansion
.POSIX:
all:
	echo $(CC
