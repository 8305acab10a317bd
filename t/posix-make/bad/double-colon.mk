# bad/double-colon.mk: must be caught.
# expect: :: rule (BSD double colon)
.POSIX:
all:: a
	echo a
