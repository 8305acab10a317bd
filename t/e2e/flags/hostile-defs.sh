# A definition joins target "hostile_list"'s list: its object alone is
# compiled again, and that program linked again.
sed '/^target "hostile_list" {$/,/^}/s/definitions = \[ "FLAG",/definitions = [ "KINDLER_E2E_FLAG", "FLAG",/' \
  hostile-defs.kindler >hostile-defs.kindler.new &&
  mv hostile-defs.kindler.new hostile-defs.kindler &&
  grep KINDLER_E2E_FLAG hostile-defs.kindler >/dev/null
