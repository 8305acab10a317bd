-- shape.lua: step 1 of a run (kindler(5), VALIDATION) completed: the parsed file becomes the IR's
-- canonical shape. Targets given in project.targets join the top-level
-- targets map, every target gets its name, `language = "c99"` becomes
-- { family = "c", standard = "c99" }, and deprecated keys take their new
-- names (KIN-902). Values of the wrong type are left for validate.structure.
local ir = require "kindler.ir"
local schema = require "kindler.schema"

local M = {}

-- Renames deprecated keys of tbl in place.
local function rename_deprecated(d, tbl, what)
  for _, old in ipairs(ir.sorted_keys(schema.deprecated_keys)) do
    local new = schema.deprecated_keys[old]
    if tbl[old] ~= nil then
      if tbl[new] ~= nil then
        d:report("KIN-105", tbl, old, string.format(
          "%s: '%s' is an old spelling of '%s', which is also given", what,
          old, new), "keep only '" .. new .. "'")
      else
        d:report("KIN-902", tbl, old, string.format(
          "%s: '%s' is deprecated; its value is used as '%s'", what, old, new),
          "rename '" .. old .. "' to '" .. new .. "'")
        tbl[new] = tbl[old]
        d:copy_place(tbl, new, tbl, old)
      end
      tbl[old] = nil
    end
  end
end

-- Expands a language shorthand string in tbl[key] to a descriptor table.
local function expand_language(d, tbl, key)
  local lang = tbl[key]
  if type(lang) ~= "string" then return end
  local family, standard, dialect = schema.language_shorthand[lang], lang, nil
  local extended = schema.dialect_shorthand[lang]
  if extended then family, standard, dialect = extended[1], extended[2], { "gnu" } end
  if not family then return end  -- validate.structure reports it
  local descriptor = { family = family, standard = standard, dialect = dialect }
  d:moved(descriptor, tbl, key)
  tbl[key] = descriptor
end

local function shape_target(d, name, target)
  local what = "target '" .. name .. "'"
  rename_deprecated(d, target, what)
  if target.name == nil then
    target.name = name
    d:copy_place(target, "name", target, 0)
  elseif type(target.name) == "string" and target.name ~= name then
    d:report("KIN-109", target, "name", string.format(
      "%s: name is given as '%s'", what, tostring(target.name)),
      "drop the name field, or write name = \"" .. name .. "\"")
  end
  local old_type = schema.deprecated_values.type[target.type]
  if old_type then
    d:report("KIN-902", target, "type", string.format(
      "%s: type '%s' is deprecated; it means '%s'", what, target.type,
      old_type), "write type = " .. old_type .. ";")
    target.type = old_type
  end
  expand_language(d, target, "language")
end

-- project.targets (a map, or a list of tables with names) joins ir.targets.
local function merge_project_targets(d, doc_ir)
  local project = doc_ir.project
  local extra = type(project) == "table" and project.targets
  if type(extra) ~= "table" then return end
  if doc_ir.targets == nil then
    doc_ir.targets = {}
    d:moved(doc_ir.targets, project, "targets")
  end
  local targets = doc_ir.targets
  if type(targets) ~= "table" or ir.is_list(targets) then return end
  local function add(name, target, where_tbl, where_key)
    if targets[name] ~= nil then
      d:report("KIN-104", where_tbl, where_key, string.format(
        "duplicate target '%s' (also defined at %d:%d)", name,
        d:place(targets, name)))
    else
      targets[name] = target
      d:copy_place(targets, name, where_tbl, where_key)
    end
  end
  if ir.is_list(extra) then
    for i, target in ipairs(extra) do
      if type(target) ~= "table" or ir.is_list(target) then
        d:report("KIN-103", extra, i, string.format(
          "project.targets: item %d must be a target block, not %s", i,
          type(target) == "table" and "a list" or "a " .. type(target)))
      elseif type(target.name) == "string" then
        add(target.name, target, extra, i)
      else
        d:report("KIN-102", extra, i,
                 "project.targets: a target in a list needs a name")
      end
    end
  else
    for _, name in ipairs(ir.sorted_keys(extra)) do
      add(name, extra[name], extra, name)
    end
  end
  project.targets = nil
end

-- Shapes document.tree in place into the IR and returns it.
function M.shape(document, d)
  local doc_ir = document.tree
  merge_project_targets(d, doc_ir)
  local project = doc_ir.project
  if type(project) == "table" then
    local languages = project.languages
    if type(languages) == "table" then
      for i in ipairs(languages) do expand_language(d, languages, i) end
    end
    local config = project.config
    if type(config) == "table" then
      rename_deprecated(d, config, "project.config")
      expand_language(d, config, "language")
    end
  end
  local targets = doc_ir.targets
  if type(targets) == "table" and not ir.is_list(targets) then
    for _, name in ipairs(ir.sorted_keys(targets)) do
      local target = targets[name]
      if type(target) == "table" and not ir.is_list(target) then
        shape_target(d, name, target)
      end
    end
  end
  return doc_ir
end

return M
