-- gen.lua: writes the projects of the type-by-value sweep. Every field the
-- schema (lua/kindler/schema.lua) knows, in every place it may appear (the
-- top level, project, project.config, a target, a target's language
-- block), and a target's name and one of its deps, is given each value of
-- t/sweep/values in turn, in an otherwise valid two-target project.
-- Usage: lua5.1 t/sweep/gen.lua TOP OUTDIR MARK
-- Writes OUTDIR/N.kindler and OUTDIR/manifest ("N<TAB>place<TAB>value").
local top, outdir, mark = arg[1], arg[2], arg[3]
package.path = top .. "/lua/?.lua;" .. package.path
local schema = require "kindler.schema"

local values = {}
for line in io.lines(top .. "/t/sweep/values") do
  if line ~= "" and line:sub(1, 1) ~= "#" then
    values[#values + 1] = (line:gsub("@MARK@", function() return mark end))
  end
end

local function sorted(t)
  local keys = {}
  for k in pairs(t) do keys[#keys + 1] = k end
  table.sort(keys)
  return keys
end

-- The valid project, as ordered (key, value text) lists per block; the
-- swept field replaces its base entry or is added.
local function base()
  return {
    toplevel = {},
    project = { { "name", '"sweep"' }, { "version", '"1.0"' } },
    config = {},
    lib = { { "type", "staticlib" }, { "language", '"c99"' },
            { "sources", '[ "src/lib.c" ]' },
            { "include_dirs", '[ "include" ]' } },
    app = { { "type", "executable" }, { "sources", '[ "src/main.c" ]' },
            { "deps", '[ "lib" ]' } },
    language = { { "family", "c" }, { "standard", "c99" } },
    app_name = '"app"',
  }
end

local function set(list, key, value)
  for _, kv in ipairs(list) do
    if kv[1] == key then kv[2] = value; return end
  end
  list[#list + 1] = { key, value }
end

local function fields(list, indent)
  local out = {}
  for _, kv in ipairs(list) do
    out[#out + 1] = indent .. kv[1] .. " = " .. kv[2] .. ";"
  end
  return table.concat(out, "\n")
end

local function render(p)
  return table.concat({
    fields(p.toplevel, ""),
    "project {", fields(p.project, "  "),
    "  config {", fields(p.config, "    "), "  }", "}",
    'target "lib" {', fields(p.lib, "  "), "}",
    "target " .. p.app_name .. " {",
    p.language_value and "  language = " .. p.language_value .. ";" or
      "  language {\n" .. fields(p.language, "    ") .. "\n  }",
    fields(p.app, "  "), "}", "" }, "\n")
end

local manifest = assert(io.open(outdir .. "/manifest", "w"))
local n = 0
local function emit(place, value, change)
  local p = base()
  change(p)
  n = n + 1
  local f = assert(io.open(outdir .. "/" .. n .. ".kindler", "w"))
  f:write(render(p))
  f:close()
  manifest:write(n, "\t", place, "\t", value, "\n")
end

local places = {
  { "toplevel", "toplevel", schema.toplevel, { project = true, targets = true } },
  { "project", "project", schema.project, { targets = true, config = true } },
  { "project.config", "config", schema.config, {} },
  { "target", "app", schema.target, { language = true } },
  { "target.language", "language", schema.language, {} },
}
for _, place in ipairs(places) do
  local label, block, known, skip = place[1], place[2], place[3], place[4]
  for _, key in ipairs(sorted(known)) do
    if not skip[key] then
      for _, v in ipairs(values) do
        emit(label .. "." .. key, v, function(p) set(p[block], key, v) end)
      end
    end
  end
end
-- A target's language as a whole, its name, and a target its deps name.
for _, v in ipairs(values) do
  emit("target.language", v, function(p) p.language_value = v end)
  if v:sub(1, 1) == '"' then
    emit("target name", v, function(p) p.app_name = v end)
  end
  emit("target.deps item", v, function(p) set(p.app, "deps", "[ " .. v .. " ]") end)
end
manifest:close()
