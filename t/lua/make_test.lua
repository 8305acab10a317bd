-- make_test.lua: the POSIX make exporter (lua/kindler/export/make.lua):
-- the rule of one object, the link of an executable and the flags block
-- of its target, captured from the Makefile of projects.app.
local projects = require "projects"

local function exported_makefile(host, kit)
  kit.run("export", projects.app(host, kit), projects.export_options())
  kit.same(kit.all_reported(host), "", "the diagnostics")
  return assert(host.files["/build/Makefile"], "no /build/Makefile")
end

return {
  { "an object's rule compiles its source from SRCDIR", function(host, kit)
    local makefile = exported_makefile(host, kit)
    kit.same(kit.section(makefile, "app.dir/util.c.o:"), [[
      app.dir/util.c.o: $(SRCDIR)/util.c app.dir/compile.flags
      	$(app_CC) $(SRCDIR)/util.c
      	@$(KINDLER_DEPS)]])
  end },
  { "the link rule links the objects, then the libraries", function(host, kit)
    local makefile = exported_makefile(host, kit)
    kit.same(kit.section(makefile, "app: $(app_OBJS)", 3), [[
      app: $(app_OBJS) app.dir/link.flags
      	$(CC) $(LDFLAGS) $(app_LDFLAGS) -o app.dir/tmp.app $(app_OBJS) -lm $(LIBS)
      	@test -s app.dir/tmp.app && mv -f app.dir/tmp.app app]])
  end },
  { "a target's block names its objects and flags", function(host, kit)
    local makefile = exported_makefile(host, kit)
    kit.same(kit.section(makefile, "app_OBJS =", 4), [[
      app_OBJS = app.dir/main.c.o app.dir/util.c.o
      app_CFLAGS = -std=c99 -DVERBOSE=1
      app_CC = $(CC) $(CPPFLAGS) $(CFLAGS) $(app_CFLAGS) -c -o $(@D)/tmp.$(@F) -MMD -MF $@.d
      app_LDFLAGS =]])
  end },
  { "the macros block takes the tools from the caches", function(host, kit)
    local makefile = exported_makefile(host, kit)
    kit.same(kit.section(makefile, "AR = ", 4), [[
      AR = ar
      ARFLAGS = rc
      CC = gcc
      RANLIB = ranlib]])
  end },
}
