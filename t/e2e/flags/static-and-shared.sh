# A definition is added to target "use_shared" only: its objects alone are
# compiled again, and what they feed linked again.
sed '/^target "use_shared" {$/a\
    definitions = { KINDLER_E2E_FLAG = 1; };
' static-and-shared.kindler >static-and-shared.kindler.new && mv static-and-shared.kindler.new static-and-shared.kindler &&
  grep KINDLER_E2E_FLAG static-and-shared.kindler >/dev/null
