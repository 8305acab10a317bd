# A definition is added to target "count" only: its objects alone are
# compiled again, and what they feed linked again.
sed '/^target "count" {$/a\
    definitions = { KINDLER_E2E_FLAG = 1; };
' object-group.kindler >object-group.kindler.new && mv object-group.kindler.new object-group.kindler &&
  grep KINDLER_E2E_FLAG object-group.kindler >/dev/null
