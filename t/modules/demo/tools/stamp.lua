-- stamp.lua: this project's own generator (loaded as ./tools/stamp): the
-- build runs tools/mkversion.sh to write version.c from VERSION, again
-- whenever either changes.
kindler.register_generator("version", {
  inputs = { "VERSION", "tools/mkversion.sh" },
  outputs = { "version.c" },
  command = { "sh", "{srcdir}/tools/mkversion.sh", "{srcdir}/VERSION", "{out}" },
})
