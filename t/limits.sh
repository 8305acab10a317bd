#!/bin/sh
# limits.sh: commands longer than the system takes (make.max_args in the
# OS cache: make hands each recipe line to sh -c as one argument). An
# archive of more objects than one command can name is built by turns,
# and holds them all; a link of that many objects reads their names from
# a response file where the compiler has one; a compile or link command
# that cannot fit is refused at export with KIN-123, not left to fail in
# make with "Argument list too long".
# Usage: t/limits.sh KINDLER
. "`dirname "$0"`/lib.sh"
kindler=$1
case $kindler in /*) ;; *) kindler=`pwd`/$kindler ;; esac
bootstrap=`dirname "$kindler"`/kindler-bootstrap
scratch=${TMPDIR:-/tmp}/kindler-limits.$$
trap 'rm -rf "$scratch"' 0 HUP INT TERM
mkdir -p "$scratch/p/src" || exit 1

if command -v tcc >/dev/null 2>&1; then tc=tcc; else tc=gcc; fi
"$bootstrap" --cache-dir "$scratch/cache" --compiler $tc -q >"$scratch/log" 2>&1
result $? "kindler-bootstrap caches $tc"
KINDLER_CACHE_DIR=$scratch/cache
export KINDLER_CACHE_DIR

# 1250 sources whose object paths, at about 120 bytes each, take 150 KB:
# more than Linux's 128 KiB for one argument. (Long names rather than
# more files: the lane compiles each twice.)
count=1250
stem=a_source_file_with_a_name_long_enough_that_a_thousand_of_their_objects_fill_a_command
awk -v n=$count -v dir="$scratch/p/src" -v stem=$stem 'BEGIN {
  for (i = 1; i <= n; i++) {
    f = sprintf("%s/%s_%05d.c", dir, stem, i)
    printf "int f%05d(void) { return %d; }\n", i, i > f
    close(f)
  } }'
{
  echo 'project { name = "many"; }'
  echo 'target "many" { type = staticlib; language = "c99"; sources = ['
  (cd "$scratch/p" && ls src | sed 's|.*|    "src/&",|')
  echo '  ]; }'
} >"$scratch/p/many.kindler"
(cd "$scratch/p" && "$kindler" export -f many.kindler -B ../b --toolchain $tc) \
  >"$scratch/export.log" 2>&1
result $? "export of a static library of $count objects"
chunks=`grep -c '^	$(AR) $(ARFLAGS) ' "$scratch/b/Makefile"`
test "$chunks" -ge 2
result $? "its archive is built by several ar commands ($chunks)"
(cd "$scratch/b" && make -j2 >"$scratch/make.log" 2>&1)
status=$?
result $status "make builds it (no 'Argument list too long')"
test $status -eq 0 || tail -n 5 "$scratch/make.log" | sed 's/^/#   /'
members=`ar t "$scratch/b/libmany.a" 2>/dev/null | wc -l`
test "$members" -eq $count
result $? "the archive holds all $count objects ($members)"
(cd "$scratch/b" && make clean >"$scratch/clean.log" 2>&1) &&
  test -z "`find "$scratch/b" -name '*.o' -print`"
result $? "make clean removes them all, by turns"

# A program of the same 1250 objects: its link names them in a response
# file (flag.response_file) that export writes, and links.
echo 'int main(void) { return f00001() - 1; }' >"$scratch/p/src/main.c"
{
  echo 'project { name = "prog"; }'
  echo 'target "prog" { type = executable; language = "c99"; sources = ['
  echo '    "src/main.c",'
  (cd "$scratch/p" && ls src | grep -v main.c | sed 's|.*|    "src/&",|')
  echo '  ]; }'
} >"$scratch/p/prog.kindler"
(cd "$scratch/p" && "$kindler" export -f prog.kindler -B ../e --toolchain $tc) \
  >"$scratch/prog.log" 2>&1
status=$?
listed=`wc -l <"$scratch/e/prog.dir/objects.rsp" 2>/dev/null`
test $status -eq 0 && test "$listed" -eq `expr $count + 1` &&
  grep '@prog.dir/objects.rsp' "$scratch/e/Makefile" >/dev/null
result $? "a program of `expr $count + 1` objects: its link reads them from prog.dir/objects.rsp ($listed listed)"
(cd "$scratch/e" && make -j2 >"$scratch/make-e.log" 2>&1 && ./prog)
status=$?
result $status "make links it and it runs"
test $status -eq 0 || tail -n 5 "$scratch/make-e.log" | sed 's/^/#   /'

# A compiler with no response file (pcc): that link is KIN-123 at export.
if command -v pcc >/dev/null 2>&1 &&
   "$bootstrap" --cache-dir "$scratch/cache" --compiler pcc -q >"$scratch/log" 2>&1; then
  (cd "$scratch/p" && "$kindler" export -f prog.kindler -B ../pcc --toolchain pcc) \
    >"$scratch/pcc.log" 2>&1
  status=$?
  test $status -eq 1 && grep 'KIN-123.*link command' "$scratch/pcc.log" >/dev/null &&
    test ! -f "$scratch/pcc/Makefile"
  result $? "the same program with pcc, which reads no response file: KIN-123, exit 1 (got $status)"
else
  skip "a link too long for a compiler without response files: pcc is not installed or not cached"
fi

# A definition of 200 KB: no compile command can carry it.
long=`awk 'BEGIN { for (i = 0; i < 200000; i++) printf "x" }'`
cat >"$scratch/p/long.kindler" <<END
project { name = "long"; }
target "long" { type = executable; language = "c99";
  sources = [ "src/${stem}_00001.c" ];
  definitions = { LONG = "$long"; }; }
END
(cd "$scratch/p" && "$kindler" export -f long.kindler -B ../l --toolchain $tc) \
  >"$scratch/long.log" 2>&1
status=$?
test $status -eq 1 && grep 'KIN-123' "$scratch/long.log" >/dev/null &&
  test ! -f "$scratch/l/Makefile"
result $? "a 200 KB definition: KIN-123, exit 1, no Makefile (got $status)"
finish
