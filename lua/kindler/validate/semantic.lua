-- validate/semantic.lua: step 4 of a run (kindler(5), VALIDATION), semantic
-- validation. Findings are warnings (KIN-2xx, KIN-3xx, KIN-9xx) or advice,
-- or errors where every build would fail (KIN-102, KIN-126); -Werror makes
-- warnings fatal. Runs only on an IR that passed validate.structure.
local ir = require "kindler.ir"
local modules = require "kindler.modules"
local normalize = require "kindler.normalize"
local schema = require "kindler.schema"
local suggest = require "kindler.suggest"
require "kindler.generators"

local M = {}

-- KIN-901 for every key of tbl that fields does not know.
local function unknown_keys(d, tbl, fields, what)
  local known = ir.sorted_keys(fields)
  for _, key in ipairs(ir.sorted_keys(tbl)) do
    if type(key) == "string" and fields[key] == nil then
      local near = suggest.closest(key, known)
      d:report("KIN-901", tbl, key, string.format("%s: unknown key '%s'%s",
               what, key, near and "; did you mean '" .. near .. "'?" or ""),
               near and "rename it to '" .. near .. "'" or nil)
    end
  end
end

-- KIN-207 for each dialect Kindler does not know.
local function check_dialects(d, lang, what)
  for i, dialect in ipairs(lang.dialect or {}) do
    if not schema.contains(schema.dialects, dialect) then
      local near = suggest.closest(dialect, schema.dialects)
      d:report("KIN-207", lang.dialect, i, string.format(
        "%s: unknown dialect '%s', ignored%s", what, dialect,
        near and "; did you mean '" .. near .. "'?" or ""))
    end
  end
end

-- KIN-200, KIN-204 and KIN-207 for one language descriptor.
local function check_language(d, lang, what)
  check_dialects(d, lang, what)
  local standard = lang.standard
  if standard == nil then return end
  local own = schema.standards[lang.family]
  if schema.contains(own, standard) then return end
  for family, list in ir.spairs(schema.standards) do
    if schema.contains(list, standard) then
      d:report("KIN-200", lang, "standard", string.format(
        "%s: standard '%s' is a %s standard, but the family is %s", what,
        standard, family, lang.family))
      return
    end
  end
  local near = suggest.closest(standard, own)
  d:report("KIN-204", lang, "standard", string.format(
    "%s: unknown standard '%s' for %s%s", what, standard, lang.family,
    near and "; did you mean '" .. near .. "'?" or ""))
end

-- KIN-900 for each empty list among tbl's fields.
local function empty_lists(d, tbl, fields, what, skip)
  for _, key in ipairs(ir.sorted_keys(fields)) do
    local v = tbl[key]
    if key ~= skip and type(v) == "table" and next(v) == nil
        and (fields[key] == "strings" or fields[key] == "names") then
      d:report("KIN-900", tbl, key, string.format("%s: %s is empty", what, key))
    end
  end
end

-- KIN-301 for each feature Kindler does not know.
local function check_features(d, features, what)
  if not features then return end
  for _, feature in ipairs(ir.sorted_keys(features)) do
    if not schema.contains(schema.features, feature) then
      local near = suggest.closest(feature, schema.features)
      d:report("KIN-301", features, feature, string.format(
        "%s: unknown feature '%s'%s", what, feature,
        near and "; did you mean '" .. near .. "'?" or ""))
    end
  end
end

-- The unknown key of target that is closest to `sources` (KIN-901 names
-- it too), or nil.
local function misspelt_sources(target)
  for _, key in ipairs(ir.sorted_keys(target)) do
    if type(key) == "string" and schema.target[key] == nil
        and suggest.closest(key, { "sources" }) then
      return key
    end
  end
  return nil
end

-- KIN-126 for each source of t in no language Kindler knows: neither C
-- nor C++, nor a module's language, nor the input of a generator. (A
-- name without an ending is left to KIN-124: it is most often a directory.)
-- The source endings of generators' inputs (".y"), as a set.
local function generator_endings()
  local set = {}
  for _, g in pairs(modules.generators) do
    for _, ending in ipairs(g.extensions or {}) do set[ending] = true end
  end
  return set
end

local function check_source_languages(d, t, what)
  if type(t.sources) ~= "table" then return end
  local generated = generator_endings()
  for i, source in ipairs(t.sources) do
    local _, known = normalize.source_family(source)
    local ending = source:match("%.[^./]+$")
    if ending and not known and not generated[ending] then
      d:report("KIN-126", t.sources, i, string.format(
        "%s: source '%s' is in no language Kindler knows (C: .c; C++: .cc, .cpp, "
        .. ".cxx, .C, .c++)", what, source),
        "list only sources to compile (headers are found by the compiler); "
        .. "a module can register a language or a generator for " ..
        ending .. " (kindler-modules(7))")
    end
  end
end

local function check_target(d, name, target)
  local what = "target '" .. name .. "'"
  unknown_keys(d, target, schema.target, what)
  local blocks, listed = schema.test_blocks(target.test)
  for i, block in ipairs(blocks) do
    unknown_keys(d, block, schema.test, what .. ": test" .. (listed and "[" .. i .. "]" or ""))
  end
  for name, header in ir.spairs(target.config_header or {}) do
    unknown_keys(d, header, schema.config_header, what .. ": config_header '" .. name .. "'")
  end
  if target.language then  -- else it comes from project.config
    unknown_keys(d, target.language, schema.language, what .. ": language")
    check_language(d, target.language, what .. ": language")
  end
  if target.type ~= "header-only" then check_source_languages(d, target, what) end
  local has_sources = (target.sources and #target.sources > 0)
      or (target.generated_sources and #target.generated_sources > 0)
  if target.type == "header-only" then
    if has_sources then
      d:report("KIN-904", target, target.sources and "sources" or
               "generated_sources", what .. " is header-only but lists sources")
    end
  elseif not has_sources and target.type ~= "object_group" and misspelt_sources(target) then
    -- The sources were written under a misspelt key: every build would
    -- miss them.
    local key = misspelt_sources(target)
    d:report("KIN-102", target, key, string.format(
      "%s (%s) has no sources: '%s' looks like a misspelling of 'sources'", what,
      target.type, key), "rename '" .. key .. "' to 'sources'")
  elseif not has_sources and (target.type == "executable" or target.type == "sharedlib")
         and not (target.deps and #target.deps > 0) then
    -- Nothing at all to link: every build of it would fail (a misspelt
    -- `sources` key ends here, with KIN-901 naming it).
    d:report("KIN-102", target, target.sources and "sources" or nil, string.format(
      "%s (%s) has nothing to link: no sources and no deps", what, target.type),
      "list its sources, or a dependency that brings its objects")
  elseif not has_sources then
    d:report("KIN-903", target, target.sources and "sources" or nil,
             string.format("%s (%s) has no sources", what, target.type))
  end
  empty_lists(d, target, schema.target, what, "sources")
  check_features(d, target.features, what)
end

function M.validate(doc_ir, d)
  unknown_keys(d, doc_ir, schema.toplevel, "file")
  local project = doc_ir.project
  unknown_keys(d, project, schema.project, "project")
  if project.languages then
    for i, lang in ipairs(project.languages) do
      local what = "project.languages[" .. i .. "]"
      unknown_keys(d, lang, schema.language, what)
      check_language(d, lang, what)
    end
  end
  if project.config then
    unknown_keys(d, project.config, schema.config, "project.config")
    empty_lists(d, project.config, schema.config, "project.config")
    if project.config.language then
      check_language(d, project.config.language, "project.config.language")
    end
    check_features(d, project.config.features, "project.config")
  end
  for name, target in ir.spairs(doc_ir.targets) do
    check_target(d, name, target)
  end
end

return M
