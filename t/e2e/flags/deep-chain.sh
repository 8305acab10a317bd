# A definition is added to target "chain" only: its objects alone are
# compiled again, and what they feed linked again.
sed '/^target "chain" {$/a\
    definitions = { KINDLER_E2E_FLAG = 1; };
' deep-chain.kindler >deep-chain.kindler.new && mv deep-chain.kindler.new deep-chain.kindler &&
  grep KINDLER_E2E_FLAG deep-chain.kindler >/dev/null
