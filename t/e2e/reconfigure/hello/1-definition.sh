# A definition in project.config changes: every object is compiled again
# with the new value, by the make that re-exports.
sed 's/\\"Hello\\"/\\"Howdy\\"/' hello.kindler >hello.kindler.new &&
  mv hello.kindler.new hello.kindler
grep Howdy hello.kindler >/dev/null
