# bad/include-continued.mk: must be caught.
# expect: escaped newline on or before an include line
.POSIX:
X = a \
	b
include a.mk
all:
	echo ok
