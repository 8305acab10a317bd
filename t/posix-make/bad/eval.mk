# bad/eval.mk: must be caught.
# expect: GNU function $(eval ...)
# expect: neither a rule nor a macro definition
.POSIX:
$(eval X = 1)
all:
	echo ok
