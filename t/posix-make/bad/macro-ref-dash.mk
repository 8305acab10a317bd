# bad/macro-ref-dash.mk: must be caught.
# expect: macro name with characters outside letters, digits, _: $(A-B)
.POSIX:
all:
	echo ${A-B}
