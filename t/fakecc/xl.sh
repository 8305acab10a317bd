# t/fakecc/xl.sh: a fake IBM XL C/C++ for AIX V11.1 (xlc and xlC).
# Sourced by xlc111/xlc and xlc111/xlC after they set FAKE_TOOL and
# FAKE_LANG.  Sources: doc/compilers.md (-qversion on stdout, exit 249;
# -qlanglvl=extc1x only from V12.1); IBM's manuals (__IBMC__ and
# __IBMCPP__ are VRM, __xlC__ is 0xVVRR); public build logs for the
# 1501-289 message.
# Unverified: that -qversion with input files still stops (it does here);
# the C++ predefined __IBMCPP__=1110 (the brief names only the C macros).

. "$FAKE_HOME/lib.sh"

if [ "$FAKE_LANG" = c ]; then FAKE_STD=gnu99; else FAKE_STD=gnu++98; fi

fake_banner() {
  echo "IBM XL C/C++ for AIX, V11.1 (5724-X13)"
  echo "Version: 11.01.0000.0015"
  exit 249
}

fake_identity() {
  if [ "$FAKE_LANG" = c ]; then echo "__IBMC__=1110"; else echo "__IBMCPP__=1110"; fi
  echo "__xlC__=0x0b01"
}

fake_macros() {
  fake_identity
  echo "_AIX=1 _AIX32=1 _AIX41=1 _AIX43=1 _AIX51=1 _AIX52=1 _AIX53=1 _AIX61=1 _IBMR2=1 _POWER=1"
}

fake_unknown_msg() {
  echo "$FAKE_TOOL: 1501-289 (W) Option $1 was incorrectly specified. The option will be ignored."
}

fake_langlvl() {
  fake_l=${1#-qlanglvl=}
  if [ "$FAKE_LANG" = c ]; then
    case $fake_l in
      stdc89|ansi) FAKE_STD=c89 ;;
      extc89|extended|classic) FAKE_STD=gnu89 ;;
      stdc99) FAKE_STD=c99 ;;
      extc99) FAKE_STD=gnu99 ;;
      *) fake_unknown "$1" ;;                   # extc1x came with V12.1
    esac
  else
    case $fake_l in
      strict98|ansi) FAKE_STD=c++98 ;;
      extended|compat366) FAKE_STD=gnu++98 ;;
      extended0x) FAKE_STD=gnu++11 ;;           # partial C++0x in V11.1
      *) fake_unknown "$1" ;;
    esac
  fi
}

fake_flag() {
  case $1 in
    -qversion|-qversion=*) FAKE_BANNER=yes ;;
    -qpic|-qpic=small|-qpic=large) fake_add -fPIC ;;
    -qmkshrobj|-qmkshrobj=*|-G) fake_add -shared ;;
    -qthreaded) fake_add -pthread ;;
    -q32|-q64) ;;
    -qlanglvl=*) fake_langlvl "$1" ;;
    -qmakedep|-qmakedep=gcc) fake_add -MD ;;
    -MF) fake_arg "$@"; fake_add -MF "$2" ;;
    -qhalt=i|-qhalt=w) fake_add -Werror ;;
    -qhalt=e|-qhalt=s|-qhalt=u) ;;
    -qsuppress=*|-qinfo=*|-qmaxmem=*|-qarch=*|-qtune=*|-qstrict|-qnostrict|-qcpluscmt|-qnocpluscmt) ;;
    -O4|-O5) fake_add -O3 ;;
    -blibpath:*) fake_add "-Wl,-rpath,${1#-blibpath:}" ;;
    -Wl,-blibpath:*) fake_add "-Wl,-rpath,${1#-Wl,-blibpath:}" ;;
    -b*|-Wl,-b*) ;;                             # other AIX linker options
    -Wl,*) fake_add "$1" ;;
    *) fake_common "$@" || fake_unknown "$1" ;;
  esac
}

fake_main "$@"
