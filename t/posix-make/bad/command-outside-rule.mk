# bad/command-outside-rule.mk: must be caught.
# expect: command line outside a rule
.POSIX:
X = 1
	echo $(X)
all:
	echo ok
