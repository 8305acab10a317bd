-- ninja_test.lua: the Ninja exporter (lua/kindler/export/ninja.lua): the
-- compile rule of a target, its objects' build lines and its link,
-- captured from the build.ninja of projects.app.
local projects = require "projects"

local function exported_ninja(host, kit)
  kit.run("export", projects.app(host, kit), projects.export_options({ "e", "ninja" }))
  kit.same(kit.all_reported(host), "", "the diagnostics")
  return assert(host.files["/build/build.ninja"], "no /build/build.ninja")
end

return {
  { "a target's compile rule holds its flags and depfile", function(host, kit)
    kit.same(kit.section(exported_ninja(host, kit), "rule compile_c_app"), [[
      rule compile_c_app
        command = gcc -std=c99 -DVERBOSE=1 -c -o $out -MMD -MF $out.d $in
        depfile = $out.d
        deps = gcc
        description = CC $out
      build app.dir/main.c.o: compile_c_app ../project/main.c
      build app.dir/util.c.o: compile_c_app ../project/util.c
      rule link_app
        command = gcc -o $out $in -lm
        description = LINK $out
      build app: link_app app.dir/main.c.o app.dir/util.c.o]])
  end },
  { "the default builds every target", function(host, kit)
    kit.same(kit.section(exported_ninja(host, kit), "build all:"), [[
      build all: phony app
      default all]])
  end },
}
