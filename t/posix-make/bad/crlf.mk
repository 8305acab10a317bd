# bad/crlf.mk: must be caught.
# expect: carriage return
.POSIX:
all:
	echo ok
