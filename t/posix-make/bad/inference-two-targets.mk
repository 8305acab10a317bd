# bad/inference-two-targets.mk: must be caught.
# expect: inference rule with several targets
.POSIX:
.SUFFIXES: .c .o .cc
.c.o .cc.o:
	cc -c $<
