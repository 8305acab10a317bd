# bad/pattern-rule.mk: must be caught.
# expect: % pattern rule
.POSIX:
%.o: %.c
	cc -c -o $@ x.c
