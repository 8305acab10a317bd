# bad/lt-via-two-macros.mk: must be caught.
# expect: $< in a target rule through $(OUTER)
.POSIX:
INNER = $<
OUTER = cc -c $(INNER)
a.o: a.c
	$(OUTER)
