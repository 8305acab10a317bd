# bad/garbage-line.mk: must be caught.
# expect: neither a rule nor a macro definition
.POSIX:
this is not make
all:
	echo ok
