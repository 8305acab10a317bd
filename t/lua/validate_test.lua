-- validate_test.lua: diagnostics of the validators (lua/kindler/validate/)
-- with their KIN code and line, and what -Werror makes of a warning.
local projects = require "projects"

return {
  { "a dependency on no target is KIN-106 at its line", function(host, kit)
    local doc = projects.app(host, kit)
    doc.tree.targets.app.deps = kit.list({ "missing" })
    doc = kit.document(doc.path, doc.tree, { ["targets.app.deps"] = 6,
                                                ["targets.app.deps.1"] = 7 })
    kit.run("check", doc, projects.export_options())
    kit.same(kit.reported(host, "KIN-106"),
             "KIN-106 line 7: target 'app' depends on 'missing', which is not defined")
    kit.same(host.failed(), true, "the run failed")
  end },
  { "a target type outside the schema is KIN-108 at its line", function(host, kit)
    local doc = projects.app(host, kit)
    doc.tree.targets.app.type = "program"
    doc = kit.document(doc.path, doc.tree, { ["targets.app"] = 3,
                                                ["targets.app.type"] = 4 })
    kit.run("check", doc, projects.export_options())
    kit.same(kit.reported(host, "KIN-108"):match("^KIN%-108 line %d+"), "KIN-108 line 4")
  end },
  { "a warning writes the Makefile; under -Werror it writes nothing", function(host, kit)
    -- The gcc sample has no flags for the default build type: KIN-206.
    local doc = projects.app(host, kit)
    kit.run("export", doc, { { "cache-dir", "/caches" }, { "B", "/build" } })
    kit.same(kit.reported(host, "KIN-206") ~= "", true, "KIN-206 was reported")
    kit.same(host.files["/build/Makefile"] ~= nil, true, "a Makefile was written")
    host.files["/build/Makefile"], host.diagnostics, host.werror = nil, {}, true
    kit.run("export", doc, { { "cache-dir", "/caches" }, { "B", "/build" } })
    kit.same(host.files["/build/Makefile"], nil, "the Makefile under -Werror")
  end },
}
