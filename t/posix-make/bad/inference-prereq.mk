# bad/inference-prereq.mk: must be caught.
# expect: inference rule with prerequisites
.POSIX:
.SUFFIXES: .c .o
.c.o: a.h
	cc -c $<
