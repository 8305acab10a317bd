# bad/sinclude.mk: must be caught.
# expect: sinclude (optional include
.POSIX:
sinclude deps.mk
all:
	echo ok
