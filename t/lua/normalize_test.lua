-- normalize_test.lua: the defaults of step 3 of a run (kindler(5),
-- VALIDATION; lua/kindler/normalize.lua): what a target takes from project.config
-- and from the project when it says nothing itself.
local projects = require "projects"

-- The IR of projects.app after shaping and normalize.defaults.
local function defaults(host, kit, change)
  local doc = projects.app(host, kit)
  if change then change(doc.tree) end
  local d = require("kindler.diag").new(doc)
  local parsed = require("kindler.shape").shape(doc, d)
  kit.same(kit.all_reported(host), "", "the diagnostics")
  return require("kindler.normalize").defaults(parsed).targets.app
end

return {
  { "a target is private, installed and of the project's version", function(host, kit)
    local app = defaults(host, kit)
    kit.same(app.visibility, "private", "visibility")
    kit.same(app.install, true, "install")
    kit.same(app.version, "1.2.0", "version")
  end },
  { "a target's definition wins over project.config's", function(host, kit)
    local app = defaults(host, kit, function(tree)
      tree.targets.app.definitions = { VERBOSE = "2" }
    end)
    kit.same(app.definitions.VERBOSE, "2", "definitions.VERBOSE")
  end },
  { "project.config's include_dirs come before the target's", function(host, kit)
    local app = defaults(host, kit, function(tree)
      tree.project.config.include_dirs = kit.list({ "common" })
      tree.targets.app.include_dirs = kit.list({ "own", "common" })
    end)
    kit.same(table.concat(app.include_dirs, " "), "common own", "include_dirs")
  end },
}
