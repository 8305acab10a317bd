# bad/dash-include.mk: must be caught.
# expect: -include (optional include
.POSIX:
-include deps.mk
all:
	echo ok
