# bad/continued-eof.mk: must be caught.
# expect: backslash-newline at the end of the file
.POSIX:
all:
	echo ok \
