# t/fakecc/mipspro.sh: a fake SGI MIPSpro 7.4.4m (cc and CC) on IRIX 6.5.
# Sourced by mipspro744/cc and mipspro744/CC after they set FAKE_TOOL and
# FAKE_LANG.  Sources: doc/compilers.md; SGI's cc(1) manual.
# Unverified: the banner's stream (stderr here) and exit status (0); the
# wording of the unknown-flag message; -c99 as the C99 switch.

. "$FAKE_HOME/lib.sh"

FAKE_ABI=n32                 # the default ABI of MIPSpro 7
if [ "$FAKE_LANG" = c ]; then FAKE_STD=gnu89; else FAKE_STD=gnu++98; fi

fake_banner() {
  echo "MIPSpro Compilers: Version 7.4.4m" >&2
  [ "$FAKE_NINPUTS" -eq 0 ] && exit 0
}

fake_identity() {
  echo "_COMPILER_VERSION=744 _SGI_COMPILER_VERSION=744"
}

fake_macros() {
  fake_identity
  echo "__sgi=1 sgi=1 __unix=1 unix=1 __mips=1 host_mips=1"
  echo "_ABIO32=1 _ABIN32=2 _ABI64=3"
  case $FAKE_ABI in
    o32) echo "_MIPS_SIM=_ABIO32 _MIPS_SZLONG=32 _MIPS_SZPTR=32" ;;
    n32) echo "_MIPS_SIM=_ABIN32 _MIPS_SZLONG=32 _MIPS_SZPTR=32" ;;
    64)  echo "_MIPS_SIM=_ABI64 _MIPS_SZLONG=64 _MIPS_SZPTR=64" ;;
  esac
  if [ "$FAKE_LANG" = c ]; then
    echo "_LANGUAGE_C=1 LANGUAGE_C=1"
  else
    echo "_LANGUAGE_C_PLUS_PLUS=1"
  fi
}

fake_unknown_msg() {
  echo "$FAKE_TOOL ERROR parsing $1:  unknown flag"
}

fake_flag() {
  case $1 in
    -version) FAKE_BANNER=yes ;;
    -n32) FAKE_ABI=n32 ;;
    -64) FAKE_ABI=64 ;;
    -o32|-32) FAKE_ABI=o32 ;;
    -mips[1-4]) ;;
    -KPIC) fake_add -fPIC ;;                    # the default anyway
    -non_shared) fake_add -static ;;
    -shared) fake_add -shared ;;
    -rdata_shared) ;;
    -soname) fake_arg "$@"; fake_add "-Wl,-soname,$2" ;;
    -rpath) fake_arg "$@"; fake_add "-Wl,-rpath,$2" ;;
    -Wl,*) fake_add "$1" ;;                     # IRIX ld spells -soname, -rpath alike
    -MDupdate) fake_arg "$@"; fake_add -MD -MF "$2" ;;
    -woff) fake_arg "$@" ;;
    -fullwarn|-w2) ;;
    -Ofast) fake_add -O3 ;;
    -TARG:*|-OPT:*|-IPA|-IPA:*|-INLINE|-INLINE:*) ;;
    -ansi|-xansi|-cckr|-c99)
      [ "$FAKE_LANG" = c ] || fake_unknown "$1"
      case $1 in
        -ansi) FAKE_STD=c89 ;;
        -xansi|-cckr) FAKE_STD=gnu89 ;;
        -c99) FAKE_STD=c99 ;;
      esac ;;
    -LANG:*) [ "$FAKE_LANG" = c++ ] || fake_unknown "$1" ;;
    *) fake_common "$@" || fake_unknown "$1" ;;
  esac
}

fake_main "$@"
