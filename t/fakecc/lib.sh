# t/fakecc/lib.sh: the machinery shared by the fake vendor compilers.
# Sourced (with `.`) by a vendor file (mipspro.sh, sun.sh, xl.sh, hp.sh),
# which is sourced by each command script (mipspro744/cc, sunc510/CC...).
#
# The vendor file defines:
#   fake_flag "$@"   handle the option in $1 (it may read its argument in
#                    $2 through fake_arg); unknown options go to fake_unknown
#   fake_banner      answer the identity query (-V, -version, -qversion)
#   fake_macros      print the macros predefined for -E, NAME=VALUE words
#   fake_identity    print the vendor's own macros, added when compiling
#   fake_unknown_msg OPTION   print the vendor's message for an unknown option
#   fake_noinput     (optional) answer a command line without input files
#   fake_input_ok F  (optional) refuse an input file the vendor refuses
# and sets FAKE_TOOL (cc, CC, xlc...), FAKE_LANG (c or c++), FAKE_STD (the
# default language mode as a GNU -std= value).
#
# Compiling and linking are delegated to the host's gcc or g++ (override
# with FAKECC_CC, FAKECC_CXX); -E to GNU cpp -P -undef (FAKECC_CPP).
#
# Unknown options: real vendor compilers mostly warn and carry on (exit 0);
# the fakes fail (exit 1), so a bootstrap that checks exit status records
# only flags the real compiler understands.  FAKECC_UNKNOWN=warn makes them
# warn and carry on instead, to test a bootstrap's scan of compiler output.

FAKE_MODE=link      # link, compile or preprocess
FAKE_ARGS=          # words for gcc, each single-quoted, in command-line order
FAKE_CPPARGS=       # -D, -U, -I words, for the preprocessor
FAKE_INPUTS=        # input files, single-quoted
FAKE_NINPUTS=0
FAKE_OUTPUT=
FAKE_BANNER=no
FAKE_USED=1         # how many words fake_flag consumed

# fake_quote WORD: WORD in single quotes, safe for eval.
fake_quote() {
  printf '%s\n' "$1" | sed "s/'/'\\\\''/g; 1s/^/'/; \$s/\$/'/"
}

# fake_add WORD...: pass words on to gcc.
fake_add() {
  for fake_w in "$@"; do
    FAKE_ARGS="$FAKE_ARGS `fake_quote "$fake_w"`"
  done
}

# fake_cpp WORD...: pass words to gcc and to the preprocessor.
fake_cpp() {
  fake_add "$@"
  for fake_w in "$@"; do
    FAKE_CPPARGS="$FAKE_CPPARGS `fake_quote "$fake_w"`"
  done
}

# fake_arg "$@": the option in $1 takes the next word as its argument.
fake_arg() {
  if [ $# -lt 2 ]; then
    echo "$FAKE_TOOL: option $1 requires an argument" >&2
    exit 1
  fi
  FAKE_USED=2
}

fake_noinput() {
  fake_fatal "$FAKE_TOOL: no input files"
}

fake_fatal() {
  echo "$*" >&2
  exit 1
}

# fake_unknown OPTION: the vendor's complaint; fatal unless FAKECC_UNKNOWN=warn.
fake_unknown() {
  fake_unknown_msg "$1" >&2
  if [ "${FAKECC_UNKNOWN:-fail}" != warn ]; then
    exit 1
  fi
}

# fake_common "$@": options every one of these compilers takes the same way.
# Returns 1 for an option it does not know.
fake_common() {
  case $1 in
    -c) FAKE_MODE=compile; fake_add -c ;;
    -E) FAKE_MODE=preprocess ;;
    -o) fake_arg "$@"; FAKE_OUTPUT=$2; fake_add -o "$2" ;;
    -D|-U|-I) fake_arg "$@"; fake_cpp "$1$2" ;;
    -D*|-U*|-I*) fake_cpp "$1" ;;
    -L) fake_arg "$@"; fake_add "-L$2" ;;
    -L*|-l*) fake_add "$1" ;;
    -g) fake_add -g ;;
    -O|-O0|-O1|-O2|-O3) fake_add "$1" ;;
    -w) fake_add -w ;;
    *) return 1 ;;
  esac
  return 0
}

# fake_input_ok FILE: a vendor file may refuse an input file (exit 1).
fake_input_ok() {
  :
}

fake_input() {
  fake_input_ok "$1"
  FAKE_NINPUTS=`expr $FAKE_NINPUTS + 1`
  FAKE_INPUTS="$FAKE_INPUTS `fake_quote "$1"`"
  fake_add "$1"
}

# fake_defines NAME=VALUE...: the words as -D options.
fake_defines() {
  for fake_m in "$@"; do
    printf ' %s' "`fake_quote "-D$fake_m"`"
  done
}

fake_main() {
  while [ $# -gt 0 ]; do
    FAKE_USED=1
    case $1 in
      -*|+*) fake_flag "$@" ;;
      *) fake_input "$1" ;;
    esac
    shift $FAKE_USED
  done

  if [ "$FAKE_BANNER" = yes ]; then
    fake_banner           # exits when there is nothing else to do
  fi
  if [ "$FAKE_NINPUTS" -eq 0 ]; then
    fake_noinput
  fi

  if [ "$FAKE_MODE" = preprocess ]; then
    fake_lang=c
    [ "$FAKE_LANG" = c++ ] && fake_lang=c++
    fake_out=
    [ -n "$FAKE_OUTPUT" ] && fake_out="-o `fake_quote "$FAKE_OUTPUT"`"
    fake_defs=`fake_defines \`fake_macros\``
    eval "set -- $FAKE_INPUTS"
    for fake_f in "$@"; do
      eval "\${FAKECC_CPP:-cpp} -P -undef -x $fake_lang -std=$FAKE_STD $fake_defs \
        $FAKE_CPPARGS $fake_out \"\$fake_f\"" || exit 1
    done
    exit 0
  fi

  fake_backend=${FAKECC_CC:-gcc}
  [ "$FAKE_LANG" = c++ ] && fake_backend=${FAKECC_CXX:-g++}
  fake_defs=`fake_defines \`fake_identity\``
  eval "exec \$fake_backend -std=$FAKE_STD $fake_defs $FAKE_ARGS"
}
