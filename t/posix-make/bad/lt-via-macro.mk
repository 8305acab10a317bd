# bad/lt-via-macro.mk: must be caught.
# expect: $< in a target rule through $(COMPILE)
.POSIX:
COMPILE = $(CC) -c $<
CC = cc
a.o: a.c
	$(COMPILE)
