# t/fakecc/sun.sh: a fake Sun C / Sun C++ (Sun Studio) on Solaris.
# Sourced by sunc510/cc, sunc510/CC, sunc513/cc and sunc513/CC after they
# set FAKE_TOOL, FAKE_LANG and FAKE_SUN (510 or 513).
# Sources: doc/compilers.md (cc -V on stderr, usage line and exit 1 without
# input; __SUNPRO_C 0xVRRP; -std= and -xMMD -xMF from 5.13); public build
# logs for the "passed to ld" and "-W option with unknown program" texts.
# Unverified: the C++ banner and usage line; -pedantic and -std=c++11 in
# 5.13; that 5.13 still takes -xc99 and -Xc.

. "$FAKE_HOME/lib.sh"

if [ "$FAKE_LANG" = c ]; then FAKE_STD=gnu99; else FAKE_STD=gnu++98; fi

case $FAKE_SUN in
  510) fake_version=5.10 fake_hex=0x5100 fake_banner_tail="SunOS_sparc 2009/06/03" fake_cpu=__sparc ;;
  513) fake_version=5.13 fake_hex=0x5130 fake_banner_tail="SunOS_i386 2014/10/20" fake_cpu=__i386 ;;
esac

fake_banner() {
  if [ "$FAKE_LANG" = c ]; then
    echo "cc: Sun C $fake_version $fake_banner_tail" >&2
  else
    echo "CC: Sun C++ $fake_version $fake_banner_tail" >&2
  fi
  [ "$FAKE_NINPUTS" -eq 0 ] && fake_noinput
}

fake_noinput() {
  fake_fatal "usage: $FAKE_TOOL [ options] files.  Use '$FAKE_TOOL -flags' for details"
}

fake_identity() {
  if [ "$FAKE_LANG" = c ]; then echo "__SUNPRO_C=$fake_hex"; else echo "__SUNPRO_CC=$fake_hex"; fi
}

fake_macros() {
  fake_identity
  echo "__sun=1 sun=1 __SVR4=1 __unix=1 unix=1 $fake_cpu=1"
}

fake_unknown_msg() {
  echo "$FAKE_TOOL: Warning: Option $1 passed to ld, if ld is invoked, ignored otherwise"
}

# fake_since 513 OPTION: the option came with that release.
fake_since() {
  [ "$FAKE_SUN" -ge "$1" ] || fake_unknown "$2"
}

# fake_only c|c++ OPTION: a C-only or C++-only option.
fake_only() {
  [ "$FAKE_LANG" = "$1" ] || fake_unknown "$2"
}

fake_flag() {
  case $1 in
    -V) FAKE_BANNER=yes ;;
    -KPIC|-Kpic|-xcode=pic13|-xcode=pic32) fake_add -fPIC ;;
    -G) fake_add -shared ;;
    -h) fake_arg "$@"; fake_add "-Wl,-soname,$2" ;;
    -h*) fake_add "-Wl,-soname,${1#-h}" ;;
    -R) fake_arg "$@"; fake_add "-Wl,-rpath,$2" ;;
    -R*) fake_add "-Wl,-rpath,${1#-R}" ;;
    -mt|-mt=yes) fake_add -pthread ;;
    -mt=no) ;;
    -m32|-m64) ;;                               # the host builds for its own ABI
    -fast) fake_add -O3 ;;
    -xO[1-5]) fake_add -O2 ;;
    -xarch=*|-xtarget=*|-xchip=*|-xcache=*|-xmemalign=*|-xlibmil|-xlibmopt|-xbuiltin*|-xdepend*) ;;
    -errwarn|-errwarn=%all) fake_add -Werror ;;
    -errwarn=*|-erroff|-erroff=*|-errtags*|+w|+w2) ;;
    -Bstatic|-Bdynamic) ;;
    -xM) fake_add -M ;;
    -xM1) fake_add -MM ;;
    -xMMD) fake_since 513 "$1"; fake_add -MMD ;;
    -xMF) fake_since 513 "$1"; fake_arg "$@"; fake_add -MF "$2" ;;
    -xc99|-xc99=all) fake_only c "$1"; FAKE_STD=gnu99 ;;
    -xc99=none) fake_only c "$1"; FAKE_STD=gnu89 ;;
    -xc99=lib|-xc99=no_lib|-xc99=%all|-xc99=%none) fake_only c "$1" ;;
    -Xa|-Xt|-Xs) fake_only c "$1" ;;
    -Xc) fake_only c "$1"; fake_add -pedantic ;;
    -pedantic) fake_since 513 "$1"; fake_add -pedantic ;;
    -std=c89|-std=c99|-std=c11|-std=gnu89|-std=gnu99|-std=gnu11)
      fake_since 513 "$1"; fake_only c "$1"; FAKE_STD=${1#-std=} ;;
    -std=c++03|-std=c++11)
      fake_since 513 "$1"; fake_only c++ "$1"; FAKE_STD=${1#-std=} ;;
    -compat=*|-library=*|-features=*|-instances=*|-template=*) fake_only c++ "$1" ;;
    -Wl,*) fake_add "$1" ;;
    -W[acdlmOop],*) ;;
    -W*) fake_fatal "$FAKE_TOOL: -W option with unknown program `expr "x$1" : 'x-W\(.*\)'`" ;;
    *) fake_common "$@" || fake_unknown "$1" ;;
  esac
}

fake_main "$@"
