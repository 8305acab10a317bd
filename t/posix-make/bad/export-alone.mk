# bad/export-alone.mk: must be caught.
# expect: shell state alone on a command line
.POSIX:
all:
	export X=1
	./run
