# bad/unknown-function.mk: must be caught.
# expect: function call or blank in a macro name $(frobnicate ...)
.POSIX:
all:
	echo $(frobnicate a)
