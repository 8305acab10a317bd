-- validate/structure.lua: step 2 of a run (kindler(5), VALIDATION),
-- structural validation. Every finding is fatal (KIN-1xx): required fields,
-- each field's type and allowed values, unknown dependencies and dependency
-- cycles.
local diag = require "kindler.diag"
local facts = require "kindler.facts"
local ir = require "kindler.ir"
local paths = require "kindler.paths"
local schema = require "kindler.schema"

local M = {}

local function describe(v)
  local t = type(v)
  if t == "table" then return ir.is_list(v) and "a list" or "a block" end
  if t == "number" then return "a number" end
  if t == "boolean" then return "a boolean" end
  return "a string"
end

local kind_names = {
  string = "a string", strings = "a list of strings", bool = "a boolean",
  table = "a block", language = "a language block or shorthand",
  languages = "a list of language blocks", definitions =
  "a block of NAME = value or a list of strings", features =
  "a block of NAME = true|false", config = "a block", targets = "a block",
  project = "a block", test = "true, false, a test block or a list of them",
  test_block = "a test block",
  config_headers = "a block of config_header \"NAME\" { ... } blocks",
  values = "a block of NAME = value",
  status = "a number from 0 to 255",
}

local checkers = {}

local function is_block(v) return type(v) == "table" and not ir.is_list(v) end

-- Checks tbl[key] against kind; reports and returns false when it is wrong.
local function check(d, tbl, key, kind, what)
  local v = tbl[key]
  local enum = kind:match("^enum:(.*)")
  if enum then
    if type(v) ~= "string" then
      d:report("KIN-103", tbl, key, string.format(
        "%s must be a string, not %s", what, describe(v)))
      return false
    end
    local allowed = schema.enums[enum]
    if not schema.contains(allowed, v) then
      d:report("KIN-108", tbl, key, string.format(
        "%s is '%s'; it must be one of: %s", what, v,
        table.concat(allowed, ", ")))
      return false
    end
    return true
  end
  return checkers[kind](d, tbl, key, v, what)
end

local function wrong(d, tbl, key, v, what, kind, remedy)
  d:report("KIN-103", tbl, key, string.format("%s must be %s, not %s", what,
           kind_names[kind], describe(v)), remedy)
  return false
end

function checkers.string(d, tbl, key, v, what)
  if type(v) == "string" then return true end
  return wrong(d, tbl, key, v, what, "string",
               type(v) == "number" and "quote it: \"" .. tostring(v) .. "\"" or nil)
end

function checkers.bool(d, tbl, key, v, what)
  if type(v) == "boolean" then return true end
  return wrong(d, tbl, key, v, what, "bool")
end

function checkers.table(d, tbl, key, v, what)
  if is_block(v) then return true end
  return wrong(d, tbl, key, v, what, "table")
end

function checkers.strings(d, tbl, key, v, what)
  if type(v) == "string" then
    return wrong(d, tbl, key, v, what, "strings",
                 "write it as a list: [ \"" .. v .. "\" ]")
  end
  if not ir.is_list(v) and not (type(v) == "table" and next(v) == nil) then
    return wrong(d, tbl, key, v, what, "strings")
  end
  local ok = true
  for i, item in ipairs(v) do
    if type(item) ~= "string" then
      d:report("KIN-103", v, i, string.format(
        "%s: item %d must be a string, not %s", what, i, describe(item)))
      ok = false
    end
  end
  return ok
end

-- A string without control characters: a line break would end a comment
-- or a line in every generated file.
function checkers.text(d, tbl, key, v, what)
  if not checkers.string(d, tbl, key, v, what) then return false end
  if not v:find("%c") then return true end
  d:report("KIN-108", tbl, key, string.format(
    "%s is %s, which holds a control character", what, diag.quoted(v)),
    "write it on one line, without tabs")
  return false
end

-- KIN-122 unless v is a plain file name (schema.NAME).
local function plain_name(d, tbl, key, v, what)
  if v:match(schema.NAME) and #v <= schema.NAME_MAX then return true end
  d:report("KIN-122", tbl, key, string.format(
    "%s is %s, which is not a plain file name", what, diag.quoted(v)),
    "use letters, digits and _ . + - only, not first . + or -, at most " ..
    schema.NAME_MAX .. " bytes")
  return false
end

function checkers.name(d, tbl, key, v, what)
  return checkers.string(d, tbl, key, v, what) and
         plain_name(d, tbl, key, v, what)
end

function checkers.names(d, tbl, key, v, what)
  if not checkers.strings(d, tbl, key, v, what) then return false end
  local ok = true
  for i, item in ipairs(v) do
    ok = plain_name(d, v, i, item, what .. ": item " .. i) and ok
  end
  return ok
end

function checkers.version(d, tbl, key, v, what)
  if not checkers.string(d, tbl, key, v, what) then return false end
  if v:match(schema.VERSION) and #v <= schema.NAME_MAX then return true end
  d:report("KIN-108", tbl, key, string.format(
    "%s is %s, which is not a version", what, diag.quoted(v)),
    "use letters, digits and _ . + ~ - only, not first one of . + ~ -, " ..
    "as in 1.2.0 or 2.0~rc1")
  return false
end

function checkers.language(d, tbl, key, v, what)
  if type(v) == "string" then
    d:report("KIN-108", tbl, key, string.format(
      "%s is '%s', which is not a language shorthand", what, v),
      "write one of ansi c89 c99 c11 c++98 c++03 c++11 c++14 (gnu89 gnu99 " ..
      "gnu11 gnu++98 gnu++03 gnu++11 gnu++14 for the gnu dialect), or a " ..
      "block { family = c; standard = c99; }")
    return false
  end
  if not is_block(v) then return wrong(d, tbl, key, v, what, "language") end
  local ok = true
  if v.family == nil then
    d:report("KIN-102", v, nil, what .. " has no family",
             "add family = c; or family = \"c++\";")
    ok = false
  else
    ok = check(d, v, "family", "enum:family", what .. ".family") and ok
  end
  if v.standard ~= nil then
    ok = check(d, v, "standard", "string", what .. ".standard") and ok
  end
  if v.dialect ~= nil then
    ok = check(d, v, "dialect", "strings", what .. ".dialect") and ok
  end
  return ok
end

function checkers.languages(d, tbl, key, v, what)
  if not ir.is_list(v) and not (type(v) == "table" and next(v) == nil) then
    return wrong(d, tbl, key, v, what, "languages")
  end
  local ok = true
  for i in ipairs(v) do
    ok = checkers.language(d, v, i, v[i], what .. "[" .. i .. "]") and ok
  end
  return ok
end

-- A macro name the C preprocessor takes: an identifier.
local function bad_macro_name(d, tbl, key, name, what)
  if name:match("^[%a_][%w_]*$") then return false end
  d:report("KIN-108", tbl, key, string.format(
    "%s: '%s' is not a macro name (letters, digits and _, not first a digit)",
    what, name))
  return true
end

-- A block of NAME = value: every NAME a macro name, every value of a
-- type `allowed` has (KIN-103 naming `types` otherwise).
local function macro_block(d, v, what, allowed, types)
  local ok = true
  for name, value in ir.spairs(v) do
    if bad_macro_name(d, v, name, name, what) then ok = false end
    if not allowed[type(value)] then
      d:report("KIN-103", v, name, string.format(
        "%s: %s must be %s, not %s", what, name, types, describe(value)))
      ok = false
    end
  end
  return ok
end

function checkers.definitions(d, tbl, key, v, what)
  if ir.is_list(v) then
    if not checkers.strings(d, tbl, key, v, what) then return false end
    local ok = true
    for i, item in ipairs(v) do
      if bad_macro_name(d, v, i, item:match("^([^=]*)"), what) then ok = false end
    end
    return ok
  end
  if not is_block(v) then return wrong(d, tbl, key, v, what, "definitions") end
  return macro_block(d, v, what, { string = true, number = true }, "a string or a number")
end

function checkers.features(d, tbl, key, v, what)
  if not is_block(v) then return wrong(d, tbl, key, v, what, "features") end
  local ok = true
  for name, value in ir.spairs(v) do
    if type(value) ~= "boolean" then
      d:report("KIN-103", v, name, string.format(
        "%s: %s must be true or false, not %s", what, name, describe(value)))
      ok = false
    end
  end
  return ok
end

-- values = { NAME = "text" | number | true | false; }: macro names, and
-- text a #define can hold (one line).
function checkers.values(d, tbl, key, v, what)
  if not is_block(v) then return wrong(d, tbl, key, v, what, "values") end
  local ok = macro_block(d, v, what, { string = true, number = true, boolean = true },
                         "a string, a number or a boolean")
  for name, value in ir.spairs(v) do
    if type(value) == "string" and value:find("[\r\n]") then
      d:report("KIN-108", v, name, string.format(
        "%s: %s holds a line break, which a #define cannot", what, name),
        "write the value on one line")
      ok = false
    end
  end
  return ok
end

-- config_header "NAME" { ... }: each NAME a plain file name, each block's
-- fields of their kinds, each header, function and type name one the
-- facts probes can take (facts.lua).
function checkers.config_headers(d, tbl, key, v, what)
  if not is_block(v) then return wrong(d, tbl, key, v, what, "config_headers") end
  local ok = true
  for name, header in ir.spairs(v) do
    local here = what .. " '" .. name .. "'"
    ok = plain_name(d, v, name, name, here) and ok
    if not is_block(header) and not (type(header) == "table" and next(header) == nil) then
      ok = wrong(d, v, name, header, here, "table") and ok
    else
      for _, field in ipairs(ir.sorted_keys(schema.config_header)) do
        if header[field] ~= nil then
          local good = check(d, header, field, schema.config_header[field], here .. "." .. field)
          ok = good and ok
          local valid = facts.valid[field]
          if good and valid then
            for i, item in ipairs(header[field]) do
              if not valid(item) then
                d:report("KIN-108", header[field], i, string.format(
                  "%s.%s: '%s' is not a name Kindler can check", here, field, item),
                  field == "headers" and "write a header as #include <...> names it" or
                  field == "functions" and "write a C function name" or
                  "write a C type, such as long long or void *")
                ok = false
              end
            end
          end
        end
      end
    end
  end
  return ok
end

-- An exit status: a whole number from 0 to 255.
function checkers.status(d, tbl, key, v, what)
  if type(v) ~= "number" then return wrong(d, tbl, key, v, what, "status") end
  if v >= 0 and v <= 255 and v == math.floor(v) then return true end
  d:report("KIN-108", tbl, key, string.format(
    "%s is %s; an exit status is a whole number from 0 to 255", what, tostring(v)))
  return false
end

-- One test block: its fields of their kinds.
local function check_test_block(d, tbl, key, v, what, kind)
  if not is_block(v) and not (type(v) == "table" and next(v) == nil) then
    return wrong(d, tbl, key, v, what, kind)
  end
  local ok = true
  for _, field in ipairs(ir.sorted_keys(schema.test)) do
    if v[field] ~= nil then
      ok = check(d, v, field, schema.test[field], what .. "." .. field) and ok
    end
  end
  return ok
end

-- test = true, false, { args = [ ... ]; exit_status = N; ... }, or a
-- list of such blocks, their names (given or not) each once.
function checkers.test(d, tbl, key, v, what)
  if type(v) == "boolean" then return true end
  if type(v) ~= "table" or v[1] == nil then
    return check_test_block(d, tbl, key, v, what, "test")
  end
  local ok, names = true, {}
  for i, block in ipairs(v) do
    local here = what .. "[" .. i .. "]"
    local good = check_test_block(d, v, i, block, here, "test_block")
    ok = good and ok
    if good and block.name ~= nil then
      if names[block.name] then
        d:report("KIN-108", block, "name", string.format(
          "%s: test name '%s' is also test %d's", here, block.name, names[block.name]),
          "give each test of the target a name of its own")
        ok = false
      end
      names[block.name] = names[block.name] or i
    end
  end
  return ok
end

-- Checks the fields of tbl that fields (a schema table) knows.
local function check_fields(d, tbl, fields, what, joiner)
  local ok = true
  for _, key in ipairs(ir.sorted_keys(fields)) do
    if tbl[key] ~= nil then
      local kind = fields[key]
      if kind == "config" or kind == "targets" or kind == "project" then
        kind = "table"
      end
      ok = check(d, tbl, key, kind, what .. (joiner or ".") .. key) and ok
    end
  end
  return ok
end

local function check_project(d, doc_ir)
  local project = doc_ir.project
  if project == nil then
    d:report("KIN-100", nil, nil, "the file has no project block")
    return
  end
  if not check(d, doc_ir, "project", "table", "project") then return end
  if project.name == nil then
    d:report("KIN-100", project, nil, "project has no name")
  elseif check(d, project, "name", "text", "project.name")
      and project.name == "" then
    d:report("KIN-100", project, "name", "project.name is empty")
  end
  local fields = {}
  for k, kind in pairs(schema.project) do
    if k ~= "name" and k ~= "targets" then fields[k] = kind end
  end
  check_fields(d, project, fields, "project")
  -- (shape merged a table in project.targets into the targets map)
  if project.targets ~= nil and type(project.targets) ~= "table" then
    d:report("KIN-103", project, "targets", string.format(
      "project.targets must be a block of targets or a list of target " ..
      "blocks, not %s", describe(project.targets)))
  end
  if is_block(project.config) then
    check_fields(d, project.config, schema.config, "project.config")
  end
  -- make_include names files of the build directory (kindler(5)): the
  -- Makefile includes nothing else, a file outside it least of all.
  if type(project.make_include) == "table" then
    for i, f in ipairs(project.make_include) do
      if type(f) == "string" and not paths.stays_below(f) then
        d:report("KIN-108", project.make_include, i, string.format(
          "project.make_include: '%s' is not a file of the build directory", f),
          "name a file below the build directory, such as \"config.mk\"")
      end
    end
  end
end

local function check_target(d, targets, name, defaults)
  local target = targets[name]
  local what = "target '" .. name .. "'"
  if not is_block(target) then
    d:report("KIN-103", targets, name, string.format(
      "%s must be a block, not %s", what, describe(target)))
    return false
  end
  for _, field in ipairs(schema.required) do
    if target[field] == nil and defaults[field] == nil then
      d:report("KIN-102", target, nil, what .. " has no " .. field)
    end
  end
  return check_fields(d, target, schema.target, what, ": ")
end

-- The target a dependency names: itself, or for NAME-static the shared
-- library NAME with also_static (its twin, normalize.add_static_twins,
-- has its deps), or nil.
local function named(targets, dep)
  if type(dep) ~= "string" then return nil end
  if is_block(targets[dep]) then return dep end
  local base = dep:match("^(.+)%-static$")
  local t = base and targets[base]
  if is_block(t) and t.also_static == true and t.type == "sharedlib" then return base end
  return nil
end

-- Reports deps naming no target (KIN-106).
local function check_deps(d, targets)
  for name, target in ir.spairs(targets) do
    if is_block(target) and ir.is_list(target.deps) then
      for i, dep in ipairs(target.deps) do
        if type(dep) == "string" and not named(targets, dep) then
          d:report("KIN-106", target.deps, i, string.format(
            "target '%s' depends on '%s', which is not defined", name, dep))
        end
      end
    end
  end
end

-- Reports each dependency cycle once, with its path (KIN-107). A walk
-- with its own stack of the path: a chain of any depth is checked.
local function check_cycles(d, targets)
  local state = {}  -- nil unvisited, 1 on the path, 2 done
  local function deps_of(name)
    local deps = targets[name].deps
    return ir.is_list(deps) and deps or {}
  end
  for root, target in ir.spairs(targets) do
    if is_block(target) and state[root] == nil then
      state[root] = 1
      local path = { { root, 0 } }      -- a name, and its last dep taken
      while #path > 0 do
        local top = path[#path]
        local deps = deps_of(top[1])
        top[2] = top[2] + 1
        local i, dep = top[2], deps[top[2]]
        if dep ~= nil then dep = named(targets, dep) or dep end
        if dep == nil then
          state[top[1]] = 2
          path[#path] = nil
        elseif is_block(targets[dep]) and state[dep] == 1 then
          local name = top[1]
          if dep == name then
            d:report("KIN-107", deps, i, string.format(
              "target '%s' depends on itself", name),
              "remove '" .. name .. "' from its own deps")
          else
            local names, start = {}, 1
            for k = 1, #path do if path[k][1] == dep then start = k end end
            for k = start, #path do names[#names + 1] = path[k][1] end
            names[#names + 1] = dep
            d:report("KIN-107", deps, i, "dependency cycle: " ..
                     table.concat(names, " -> "))
          end
        elseif is_block(targets[dep]) and state[dep] == nil then
          state[dep] = 1
          path[#path + 1] = { dep, 0 }
        end
      end
    end
  end
end

-- Validates doc_ir; returns true when it has no structural error.
function M.validate(doc_ir, d)
  local before = d.errors
  check_project(d, doc_ir)
  local targets = doc_ir.targets
  if targets == nil or (type(targets) == "table" and next(targets) == nil) then
    d:report("KIN-101", targets, nil, "the project defines no targets")
  elseif check(d, doc_ir, "targets", "table", "targets") then
    local all_ok = true
    local config = is_block(doc_ir.project) and doc_ir.project.config
    local defaults = is_block(config) and config or {}
    for name in ir.spairs(targets) do
      if name == "" then
        d:report("KIN-102", targets, name, "a target's name is empty",
                 "give the target a name")
        all_ok = false
      elseif not plain_name(d, targets, name, name, "a target's name") then
        all_ok = false
      end
      all_ok = check_target(d, targets, name, defaults) and all_ok
    end
    if all_ok then
      check_deps(d, targets)
      check_cycles(d, targets)
    end
  end
  if doc_ir.toolchains ~= nil then
    check(d, doc_ir, "toolchains", "names", "toolchains")
  end
  if doc_ir.metadata ~= nil then
    check(d, doc_ir, "metadata", "table", "metadata")
  end
  return d.errors == before
end

return M
