# bad/quote-target.mk: must be caught.
# expect: double quote in a target name
.POSIX:
all: "a b"
"a b":
	echo ok
