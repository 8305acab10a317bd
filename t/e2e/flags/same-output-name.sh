# A definition is added to target "calc_cli" only: its objects alone are
# compiled again, and what they feed linked again.
sed '/^target "calc_cli" {$/a\
    definitions = { KINDLER_E2E_FLAG = 1; };
' same-output-name.kindler >same-output-name.kindler.new && mv same-output-name.kindler.new same-output-name.kindler &&
  grep KINDLER_E2E_FLAG same-output-name.kindler >/dev/null
