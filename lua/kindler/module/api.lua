-- module/api.lua: the `kindler` table a user module is given
-- (kindler-modules(7), THE KINDLER TABLE). Each function checks what it is
-- handed (a wrong argument is KIN-802 at the module's line) and registers
-- into modules.lua a wrapper that calls the module under its limits
-- (module/call.lua) with read-only views (module/sandbox.lua), and checks
-- what comes back before the core sees it.
local call = require "kindler.module.call"
local diag = require "kindler.diag"
local host = require "kindler.host"
local ir = require "kindler.ir"
local modules = require "kindler.modules"
local paths = require "kindler.paths"
local sandbox = require "kindler.module.sandbox"
local schema = require "kindler.schema"

local M = {}

local PLAIN = "^[A-Za-z0-9_][A-Za-z0-9_.+-]*$"
local STAGES = { structure = true, semantic = true, environment = true }

local function describe(v)
  if type(v) == "string" then return diag.quoted(v) end
  return type(v)
end

local function need(ok, message)
  if not ok then call.misuse(message) end
end

local function need_name(what, name)
  need(type(name) == "string" and name:match(PLAIN) ~= nil,
       what .. " must be a plain name, not " .. describe(name))
end

local function need_function(what, fn)
  need(type(fn) == "function", what .. " must be a function, not " .. describe(fn))
end

-- The list of strings v, each matching pattern when given, copied.
local function strings(what, v, pattern)
  v = sandbox.real(v)
  need(type(v) == "table" and #v > 0, what .. " must be a list of strings")
  local out = {}
  for i, s in ipairs(v) do
    need(type(s) == "string" and (not pattern or s:match(pattern)),
         string.format("%s[%d] is %s", what, i, describe(s)))
    out[i] = s
  end
  return out
end

-- Records that m registers `kind` `name`; two may not, nor may a module
-- take a name of Kindler's own (in registry, when given).
local function claim(m, kind, name, registry)
  local key = kind .. " " .. name
  local taken = modules.owners[key]
  need(taken == nil and not (registry and registry[name]), string.format(
       "%s '%s' is already registered by %s", kind, name,
       taken and "module '" .. taken .. "'" or "Kindler"))
  modules.owners[key] = m.name
end

-- A path that stays below the directory it is relative to (the build
-- directory, the source tree): no leading '/', no empty, '.' or '..' part,
-- and no part starting with '.' (the build directory's own files, such as
-- commit.lua's journal, are hidden ones).
local function relative_below(path)
  if type(path) ~= "string" or path == "" or path:sub(1, 1) == "/" or path:find("%c") then
    return false
  end
  for part in (path .. "/"):gmatch("([^/]*)/") do
    if part == "" or part:sub(1, 1) == "." then return false end
  end
  return true
end

-- What an exporter of module m returned, checked: { files, main, ok }.
local function checked_export(m, where, fn, out)
  local line = call.defined_at(fn)
  local function wrong(kind, message)
    call.report(m, where, kind, message, line)
    return { ok = false }
  end
  out = sandbox.real(out)
  if type(out) ~= "table" or type(sandbox.real(out.files)) ~= "table" then
    return wrong("misuse", "an exporter returns { files = { [path] = text } }, not " .. describe(out))
  end
  local given, names = sandbox.real(out.files), {}
  for path in pairs(given) do
    if type(path) ~= "string" then
      return wrong("misuse", "a file's path is a " .. type(path) .. ", not a string")
    end
    names[#names + 1] = path
  end
  table.sort(names)
  local files = {}
  for _, path in ipairs(names) do
    local text = given[path]
    if not relative_below(path) then
      return wrong("forbidden", "writes " .. describe(path) ..
                   ", outside the build directory or over its hidden files (a path "
                   .. "below it is relative, without '..', no part starting with '.')")
    end
    if type(text) ~= "string" then
      return wrong("misuse", string.format("the text of '%s' is %s, not a string", path, type(text)))
    end
    files[path] = text
  end
  if out.main ~= nil and files[out.main] == nil then
    return wrong("misuse", "main names " .. describe(out.main) .. ", which it does not write")
  end
  return { files = files, main = out.main, ok = true }
end

-- The export options a module's exporter sees.
local function public_options(opts)
  return { srcdir = opts.srcdir, project_file = opts.project_file,
           build_dir = opts.build_dir, version = opts.version,
           standalone = opts.standalone }
end

-- A default a normalizer adds: a plain value of a target field.
local PLAIN_KINDS = { string = true, strings = true, bool = true, name = true,
                      version = true }
local function plain_kind(field)
  local kind = schema.target[field]
  if kind and (PLAIN_KINDS[kind] or kind:match("^enum:")) then return kind end
  return nil
end

local function valid_default(kind, value)
  if kind == "strings" then
    if type(value) ~= "table" then return false end
    for k, s in pairs(value) do
      if type(k) ~= "number" or type(s) ~= "string" then return false end
    end
    return true
  end
  if kind == "bool" then return type(value) == "boolean" end
  return type(value) == "string"
end

-- The place a module's diagnostic about node (a view of an IR table) is
-- reported at: the table itself when the project file has its place,
-- else the parsed target of its name.
local function place_of(d, node)
  local real = sandbox.real(node)
  if type(real) ~= "table" then return nil end
  if d.where[real] then return real end
  local parsed = modules.context.parsed
  if parsed and type(real.name) == "string" and parsed.targets[real.name] then
    return parsed.targets[real.name]
  end
  return nil
end

-- The kindler table of module m.
function M.new(m)
  local k = { version = host.version }

  local function report(code, node, field, message, remedy)
    need(type(message) == "string", "the message must be a string, not " .. describe(message))
    need(field == nil or type(field) == "string", "the field must be a name or nil")
    need(remedy == nil or type(remedy) == "string", "the remedy must be a string or nil")
    local d = modules.context.d
    local tbl = place_of(d, node)
    d:report(code, tbl, tbl and field, string.format("module '%s': %s", m.name, message), remedy)
  end
  function k.error(node, field, message, remedy)
    report("KIN-810", node, field, message, remedy)
  end
  function k.warning(node, field, message, remedy)
    report("KIN-910", node, field, message, remedy)
  end

  -- A file of the source tree (a relative path without ".."): its text,
  -- or nil and why.
  function k.read_file(path)
    need(relative_below(path), "read_file takes a path below the project's " ..
         "directory (relative, without '..'), not " .. describe(path))
    return host.read_file(paths.join(modules.context.project_dir or ".", path))
  end

  function k.register_exporter(name, fn)
    need_name("an exporter's name", name)
    need_function("an exporter", fn)
    claim(m, "exporter", name, modules.exporters)
    local where = "exporter '" .. name .. "'"
    modules.exporters[name] = function(plan, opts)
      local ok, results = call.run(m, where, fn, sandbox.view(plan, "the build plan"),
                                   sandbox.view(public_options(opts), "the export options"))
      if not ok then return { ok = false } end
      return checked_export(m, where, fn, results[1])
    end
  end

  function k.register_validator(name, stage, fn)
    need_name("a validator's name", name)
    need(STAGES[stage], "a validator's stage is structure, semantic or environment, not "
         .. describe(stage))
    need_function("a validator", fn)
    claim(m, "validator", name)
    modules.register_validator(name, stage, function(doc_ir)
      call.run(m, string.format("validator '%s' (%s)", name, stage), fn,
               sandbox.view(doc_ir, stage == "environment" and "the normalized IR" or "the IR"))
    end)
  end

  function k.register_language(name, spec)
    need_name("a language's name", name)
    spec = sandbox.real(spec)
    need(type(spec) == "table", "a language is { extensions = {...}, family = \"c\" or \"c++\" }")
    need(spec.family == "c" or spec.family == "c++",
         "a language's family is \"c\" or \"c++\" (the compiler that builds it), not "
         .. describe(spec.family))
    local extensions = strings("extensions", spec.extensions, "^%.[A-Za-z0-9_+]+$")
    claim(m, "language", name, modules.languages)
    for _, ext in ipairs(extensions) do
      local known = modules.language_of(ext)
      need(not known, string.format("the extension '%s' is already %s's", ext, tostring(known)))
    end
    modules.register_language(name, { family = spec.family, extensions = extensions })
  end

  function k.register_toolchain(name, resolver)
    need_name("a toolchain's name", name)
    need_function("a toolchain resolver", resolver)
    claim(m, "toolchain", name, modules.toolchains)
    local where = "toolchain '" .. name .. "'"
    modules.register_toolchain(name, function(target, family, candidates)
      local ok, results = call.run(m, where, resolver, sandbox.view(target, "the IR"),
                                   family, sandbox.view(candidates, "the compilers"))
      if not ok then return nil, true end
      local choice = results[1]
      if choice == nil then return nil end
      for _, c in ipairs(candidates) do
        if c == choice then return choice end
      end
      call.report(m, where, "misuse", string.format(
        "returned %s for %s's %s; a resolver returns nil or one of: %s",
        describe(choice), tostring(target.name), family, table.concat(candidates, ", ")),
        call.defined_at(resolver))
      return nil, true
    end)
  end

  function k.register_generator(name, spec)
    need_name("a generator's name", name)
    spec = sandbox.real(spec)
    need(type(spec) == "table", "a generator is a table (kindler-modules(7), GENERATORS)")
    local g = {
      outputs = strings("outputs", spec.outputs, "^[A-Za-z0-9_%%][A-Za-z0-9_.+%%-]*$"),
      command = strings("command", spec.command),
      stdout = spec.stdout == true,
    }
    need(spec.stdout == nil or type(spec.stdout) == "boolean", "stdout must be true or false")
    need((spec.extensions == nil) ~= (spec.inputs == nil),
         "a generator takes either extensions (one run per source) or inputs")
    if spec.extensions ~= nil then
      g.extensions = strings("extensions", spec.extensions, "^%.[A-Za-z0-9_+]+$")
    else
      g.inputs = strings("inputs", spec.inputs)
      for _, path in ipairs(g.inputs) do
        need(relative_below(path), "an input is a path of the source tree (relative, "
             .. "without '..'), not " .. describe(path))
      end
    end
    if spec.tool ~= nil then
      need_name("tool", spec.tool)
      g.tool = spec.tool
    end
    claim(m, "generator", name, modules.generators)
    modules.register_generator(name, g)
  end

  function k.register_normalizer(name, fn)
    need_name("a normalizer's name", name)
    need_function("a normalizer", fn)
    claim(m, "normalizer", name)
    local where = "normalizer '" .. name .. "'"
    local function add_default(target, field, value)
      local real = sandbox.real(target)
      need(type(real) == "table" and modules.context.parsed and
           modules.context.parsed.targets[real.name] == real,
           "add_default takes a target of the IR it was given")
      local kind = type(field) == "string" and plain_kind(field)
      need(kind, "add_default sets a target field of a plain value " ..
           "(a string, a list of strings, a boolean), not " .. describe(field))
      local copy = sandbox.plain(value)
      need(valid_default(kind, copy), string.format(
        "the default of %s must be a %s", field, kind:match("^enum:") and "string" or kind))
      if real[field] == nil then
        if kind == "strings" then ir.list(copy) end
        real[field] = copy
        modules.context.d:copy_place(real, field, real, 0)
      end
    end
    modules.register_normalizer(name, function(doc_ir)
      call.run(m, where, fn, sandbox.view(doc_ir, "the IR"), add_default)
    end)
  end

  function k.on(point, fn)
    need(modules.POINTS[point], "the hook points are " ..
         table.concat(modules.POINT_NAMES, ", ") .. ", not " .. describe(point))
    need_function("a hook", fn)
    local where = "hook " .. point
    modules.add_hook(point, function(...)
      local args = { ... }
      for i = 1, select("#", ...) do args[i] = sandbox.view(args[i], modules.POINTS[point]) end
      call.run(m, where, fn, unpack(args, 1, select("#", ...)))
    end)
  end

  return k
end

return M
