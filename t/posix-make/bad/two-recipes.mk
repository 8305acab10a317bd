# bad/two-recipes.mk: must be caught.
# expect: second rule with commands for libx.a
.POSIX:
all: libx.a
libx.a: a.o
	ar rc libx.a a.o
libx.a: b.o
	ar rc libx.a b.o
