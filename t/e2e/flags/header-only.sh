# A definition is added to target "demo" only: its objects alone are
# compiled again, and what they feed linked again.
sed '/^target "demo" {$/a\
    definitions = { KINDLER_E2E_FLAG = 1; };
' header-only.kindler >header-only.kindler.new && mv header-only.kindler.new header-only.kindler &&
  grep KINDLER_E2E_FLAG header-only.kindler >/dev/null
