# bad/include-quoted.mk: must be caught.
# expect: double quote in an include line
.POSIX:
include "a.mk"
all:
	echo ok
