#!/bin/sh
# count-words.sh: count runs on each line of the standard input.
while IFS= read -r line; do
  set -- "$@" "$line"
done
exec count "$@"
