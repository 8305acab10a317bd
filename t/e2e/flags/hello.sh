# A definition is added to target "hello" only: its objects alone are
# compiled again, and what they feed linked again.
sed '/^target "hello" {$/a\
    definitions = { KINDLER_E2E_FLAG = 1; };
' hello.kindler >hello.kindler.new && mv hello.kindler.new hello.kindler &&
  grep KINDLER_E2E_FLAG hello.kindler >/dev/null
