# bad/one-char-odd.mk: must be caught.
# expect: one-character macro $' outside letters
.POSIX:
all:
	echo $'a'
