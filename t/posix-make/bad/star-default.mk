# bad/star-default.mk: must be caught.
# expect: $* in a target rule
.POSIX:
.DEFAULT:
	touch $*.x
