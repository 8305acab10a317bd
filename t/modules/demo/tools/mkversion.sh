#!/bin/sh
# mkversion.sh VERSION-FILE OUTPUT: writes a C file defining version[].
read v < "$1" || exit 1
printf 'const char version[] = "%s";\n' "$v" > "$2"
