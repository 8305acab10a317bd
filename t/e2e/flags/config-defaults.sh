# A definition joins target "convert"'s own: its object alone is compiled
# again, and the program linked again.
sed '/^target "convert" {$/,/^}/s/definitions = {/definitions = { KINDLER_E2E_FLAG = 1;/' \
  config-defaults.kindler >config-defaults.kindler.new &&
  mv config-defaults.kindler.new config-defaults.kindler &&
  grep KINDLER_E2E_FLAG config-defaults.kindler >/dev/null
