# A definition is added to target "area" only: its objects alone are
# compiled again, and what they feed linked again.
sed '/^target "area" {$/a\
    definitions = { KINDLER_E2E_FLAG = 1; };
' cxx-lib-c-program.kindler >cxx-lib-c-program.kindler.new && mv cxx-lib-c-program.kindler.new cxx-lib-c-program.kindler &&
  grep KINDLER_E2E_FLAG cxx-lib-c-program.kindler >/dev/null
