# bad/hash-escape.mk: must be caught.
# expect: \# escape (GNU
.POSIX:
X = a\#b
all:
	echo ok
