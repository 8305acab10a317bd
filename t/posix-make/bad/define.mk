# bad/define.mk: must be caught.
# expect: GNU directive define
# expect: GNU directive endef
.POSIX:
define RECIPE
	echo $(1)
endef
all:
	echo ok
