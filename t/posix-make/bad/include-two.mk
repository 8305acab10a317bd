# bad/include-two.mk: must be caught.
# expect: include with 2 pathnames
.POSIX:
include a.mk b.mk
all:
	echo ok
