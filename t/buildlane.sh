# buildlane.sh: what the lanes that export and build projects (t/e2e,
# t/real) share, sourced with `. t/buildlane.sh`: a clean make
# environment, the list of installed files, and make's chatter told apart
# from work done.

# A make started by `make check` must not see the outer make's flags, and
# no program may find its libraries through the environment.
unset MAKEFLAGS MFLAGS MAKELEVEL GNUMAKEFLAGS MAKEFILES MAKEOBJDIR \
  MAKEOBJDIRPREFIX MAKESYSPATH LD_LIBRARY_PATH CDPATH
LC_ALL=C
export LC_ALL

# installed_files DIR: "MODE PATH [-> TARGET]" for every file below DIR
installed_files() {
  test -d "$1" || return 0
  (cd "$1" && find . ! -type d -print | sed 's|^\./||' | LC_ALL=C sort |
   while IFS= read -r f; do
     mode=`ls -ld "$f" | cut -c1-10`
     if test -h "$f"; then
       echo "$mode $f -> `ls -ld "$f" | sed 's/.* -> //'`"
     else
       echo "$mode $f"
     fi
   done)
}

# make_work LOG: the lines of a make log that report work. GNU make
# announces the Makefile's own recursive make (Entering/Leaving directory),
# bmake -j names each job it starts (--- all ---), pdpmake says "nothing to
# be done for all" and Sun make "`all' is updated.": none is work done.
make_work() {
  grep -v "[Nn]othing to be done for\|is up to date\|Entering directory\|Leaving directory\|^--- all ---$\|^\`[^']*' is updated\.$" "$1"
}
