# bad/macro-ref-dot.mk: must be caught.
# expect: macro name with a period $(A.B)
.POSIX:
all:
	echo $(A.B)
