# t/fakecc/kit.sh: a fake kit, the multi-call C toolchain of the kit
# project: `kit cc`, `kit ar`, `kit ranlib`... as subcommands of one
# program.  Sourced by kit/kit.
# Sources: doc/compilers.md (the subcommands; __MINGW32__ and __MINGW64__
# for the Windows targets, never _MSC_VER; the targets x86_64-windows and
# aarch64-windows, PE/COFF through mingw-w64; a C toolchain, no C++).
# Unverified (kit's documentation of these was not available): the
# --version text, how a target is named (--target=NAME after cc), the
# host's target name, which options kit cc takes (GCC's spelling assumed),
# the wording of its refusals, the macros it predefines besides those.
#
# cc compiles with the host's gcc (FAKECC_CC) for the host target and with
# x86_64-w64-mingw32-gcc (FAKECC_MINGW) for x86_64-windows; ar and ranlib
# are the host's (GNU ar reads PE objects too); ld, as and run are not
# mimicked.

kit_version=0.4.2
kit_host=x86_64-linux
kit_targets="x86_64-linux x86_64-windows aarch64-windows"

kit_refuse() {
  echo "kit: $*" >&2
  exit 1
}

case $1 in
  --version|version)
    echo "kit $kit_version ($kit_host)"
    exit 0 ;;
  cc) shift ;;
  ar) shift; exec ${FAKECC_AR:-ar} "$@" ;;
  ranlib) shift; exec ${FAKECC_RANLIB:-ranlib} "$@" ;;
  ld|as|run) kit_refuse "$1: not mimicked by this fake (t/fakecc/README)" ;;
  '') kit_refuse "usage: kit cc|ld|ar|ranlib|as|run [OPTION...] FILE..." ;;
  *) kit_refuse "'$1' is not a kit command; the commands are cc ld ar ranlib as run" ;;
esac

FAKE_TOOL="kit cc" FAKE_LANG=c FAKE_STD=gnu11
kit_target=$kit_host
. "$FAKE_HOME/lib.sh"

fake_banner() {
  echo "kit $kit_version ($kit_target)"
  [ "$FAKE_NINPUTS" -eq 0 ] && exit 0
}

fake_noinput() {
  fake_fatal "kit cc: no input files"
}

# No macro of kit's own is known (hints/compiler/kit.lua).
fake_identity() {
  :
}

fake_macros() {
  case $kit_target in
    x86_64-linux) echo "__linux__=1 __unix__=1 __x86_64__=1 __LP64__=1 __ELF__=1" ;;
    *-windows) echo "_WIN32=1 _WIN64=1 __MINGW32__=1 __MINGW64__=1 __x86_64__=1" ;;
  esac
}

fake_unknown_msg() {
  echo "kit cc: unknown option '$1'"
}

fake_input_ok() {
  case $1 in
    *.cc|*.cpp|*.cxx|*.C|*.c++) fake_fatal "kit cc: $1: C++ is not supported" ;;
  esac
}

# kit_set_target NAME: the target the compile is for, and the backend.
kit_set_target() {
  case " $kit_targets " in
    *" $1 "*) ;;
    *) fake_fatal "kit cc: unknown target '$1'; the targets are $kit_targets" ;;
  esac
  case $1 in
    x86_64-windows) FAKECC_CC=${FAKECC_MINGW:-x86_64-w64-mingw32-gcc} ;;
    aarch64-windows) fake_fatal "kit cc: no sysroot for aarch64-windows here" ;;
  esac
  kit_target=$1
}

fake_flag() {
  case $1 in
    --version) FAKE_BANNER=yes ;;
    --target=*) kit_set_target "${1#--target=}" ;;
    -std=c89|-std=c99|-std=c11|-std=gnu89|-std=gnu99|-std=gnu11) FAKE_STD=${1#-std=} ;;
    -ansi) FAKE_STD=c89 ;;
    -x) fake_arg "$@"
        [ "$2" = c ] || fake_fatal "kit cc: language '$2' is not supported" ;;
    -Os) fake_add -Os ;;
    -pedantic|-Wall|-Wextra|-Werror|-Wno-*|-Wl,*) fake_add "$1" ;;
    -fPIC|-fpic) fake_add "$1" ;;
    -shared|-static|-pthread) fake_add "$1" ;;
    -MMD|-MD|-MP) fake_add "$1" ;;
    -MF|-MT) fake_arg "$@"; fake_add "$1" "$2" ;;
    -isystem) fake_arg "$@"; fake_cpp "$1" "$2" ;;
    *) fake_common "$@" || fake_unknown "$1" ;;
  esac
}

fake_main "$@"
