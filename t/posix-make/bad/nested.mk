# bad/nested.mk: must be caught.
# expect: nested expansion in a macro name
.POSIX:
V = X
X = 1
all:
	echo $($(V))
