-- export/dot.lua: the `dot` exporter: the target graph for Graphviz
-- (dot -Tsvg BUILDDIR/kindler.dot). Targets are boxes labelled with their
-- name, type and artifact; an edge leads from a target to each target it
-- depends on. External libraries (libs) are dashed ellipses and pkg-config
-- packages are notes, each drawn once, with dashed edges.
local quote = require("kindler.syntax.dot").quote

local M = {}

-- export(plan) -> { files = { ["kindler.dot"] = text } }
function M.export(plan)
  local lines = { "digraph " .. quote(plan.nir.project.name) .. " {",
                  "  rankdir=LR;", "  node [shape=box];" }
  local externals, seen = {}, {}
  local function external(id, label, shape)
    if not seen[id] then
      seen[id] = true
      externals[#externals + 1] = "  " .. quote(id) .. " [label=" .. quote(label) ..
                                  ", " .. shape .. "];"
    end
  end
  local edges = {}
  for _, t in ipairs(plan.order) do
    local nt = plan.nir.targets[t.name]
    local label = t.name .. "\n" .. t.type ..
                  (t.artifact.path ~= "" and " " .. t.artifact.path or "")
    lines[#lines + 1] = "  " .. quote("target:" .. t.name) .. " [label=" .. quote(label) .. "];"
    for _, dep in ipairs(nt.deps) do
      edges[#edges + 1] = "  " .. quote("target:" .. t.name) .. " -> " ..
                          quote("target:" .. dep) .. ";"
    end
    for _, lib in ipairs(nt.libs) do
      external("lib:" .. lib, lib, "shape=ellipse, style=dashed")
      edges[#edges + 1] = "  " .. quote("target:" .. t.name) .. " -> " ..
                          quote("lib:" .. lib) .. " [style=dashed];"
    end
    for _, pkg in ipairs(nt.pkg_config) do
      external("pkg:" .. pkg, "pkg-config " .. pkg, "shape=note")
      edges[#edges + 1] = "  " .. quote("target:" .. t.name) .. " -> " ..
                          quote("pkg:" .. pkg) .. " [style=dashed];"
    end
  end
  for _, l in ipairs(externals) do lines[#lines + 1] = l end
  for _, e in ipairs(edges) do lines[#lines + 1] = e end
  lines[#lines + 1] = "}"
  return { files = { ["kindler.dot"] = table.concat(lines, "\n") .. "\n" }, ok = true }
end

return M
