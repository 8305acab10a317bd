# bad/addprefix-braces.mk: must be caught.
# expect: GNU function $(addprefix ...)
.POSIX:
all:
	echo ${addprefix obj/,a.o}
