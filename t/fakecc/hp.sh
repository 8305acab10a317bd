# t/fakecc/hp.sh: a fake HP C/aC++ A.06.25 on HP-UX 11i (Itanium): cc for
# C, aCC for C++.  Sourced by acc/cc and acc/aCC after they set FAKE_TOOL
# and FAKE_LANG.
# Sources: doc/compilers.md (+Z, -b, +Maked, -mt, +DD64); public build logs of
# HP-UX ports ("warning 901: unknown option" with exit 0; "error 1914: bad
# form for `-W' option" with exit 1; -AC99; -Wl,+h; -Wl,+b).
# Unverified: the banner text, stream and status (the brief's example);
# __HP_cc for C; the default C mode (-Ae, extended C89 here); -Ax and +We
# (refused here, as the hint does not use them).

. "$FAKE_HOME/lib.sh"

if [ "$FAKE_LANG" = c ]; then FAKE_STD=gnu89; else FAKE_STD=gnu++98; fi

fake_banner() {
  echo "$FAKE_TOOL: HP C/aC++ B3910B A.06.25 [Nov 30 2009]" >&2
  [ "$FAKE_NINPUTS" -eq 0 ] && exit 0
}

fake_identity() {
  if [ "$FAKE_LANG" = c ]; then echo "__HP_cc=62500"; else echo "__HP_aCC=62500"; fi
}

fake_macros() {
  fake_identity
  echo "__hpux=1 __unix=1 __ia64=1 _ILP32=1"
}

fake_unknown_msg() {
  echo "$FAKE_TOOL: warning 901: unknown option: \`$1': use +help for online documentation."
}

fake_flag() {
  case $1 in
    -V) FAKE_BANNER=yes ;;
    +Z|+z) fake_add -fPIC ;;
    -b) fake_add -shared ;;
    -mt) fake_add -pthread ;;
    +DD32|+DD64|+DSnative|+DS*) ;;
    +O[0-4]|+Ofast|+Oall|+Onolimit) fake_add -O2 ;;
    +Maked) fake_add -MD ;;
    +W*|+w|+w1|+w2|+wlint) ;;
    -Wl,+h,*) fake_add "-Wl,-soname,${1#-Wl,+h,}" ;;
    -Wl,+b,*) fake_add "-Wl,-rpath,${1#-Wl,+b,}" ;;
    -Wl,*) ;;                                   # other HP-UX linker options
    -W*) fake_fatal "$FAKE_TOOL: error 1914: bad form for \`-W' option" ;;
    -Aa|-Ae|-AC89|-AC99|-Agcc)
      [ "$FAKE_LANG" = c ] || fake_unknown "$1"
      case $1 in
        -Aa|-AC89) FAKE_STD=c89 ;;
        -Ae) FAKE_STD=gnu89 ;;
        -AC99) FAKE_STD=c99 ;;
        -Agcc) FAKE_STD=gnu99 ;;
      esac ;;
    -AA) [ "$FAKE_LANG" = c++ ] || fake_unknown "$1"; FAKE_STD=c++98 ;;
    *) fake_common "$@" || fake_unknown "$1" ;;
  esac
}

fake_main "$@"
