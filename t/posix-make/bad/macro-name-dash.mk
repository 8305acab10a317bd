# bad/macro-name-dash.mk: must be caught.
# expect: macro name with characters outside letters, digits, _: A-B
.POSIX:
A-B = 1
all:
	echo ok
