# A source is renamed, in the tree and in the project file: the file the
# old Makefile watched is gone.
mv src/greet.c src/greeting.c &&
  sed 's|src/greet\.c|src/greeting.c|' hello.kindler >hello.kindler.new &&
  mv hello.kindler.new hello.kindler
