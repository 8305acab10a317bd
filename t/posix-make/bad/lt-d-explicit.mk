# bad/lt-d-explicit.mk: must be caught.
# expect: $(<D) in a target rule
.POSIX:
a.o: a.c
	cd $(<D) && cc -c a.c
