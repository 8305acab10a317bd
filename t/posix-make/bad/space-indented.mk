# bad/space-indented.mk: must be caught.
# expect: command indented with spaces, not a tab
.POSIX:
all:
        echo a
