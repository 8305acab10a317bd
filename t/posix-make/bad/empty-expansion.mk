# bad/empty-expansion.mk: must be caught.
# expect: empty expansion $()
.POSIX:
all:
	echo a$()b
