-- normalize.lua: steps 3 and 6 of a run (kindler(5), VALIDATION).
-- `defaults` applies project.config to every target (list fields: the
-- project's items first, then the target's; maps and single values: the
-- target's value wins). `finish` resolves what exporters need: usage
-- requirements carried from public dependencies, link order, the link
-- driver, and each target's artifact named by the OS cache. The result is a
-- new IR; the parsed one is untouched.
local cachekeys = require "kindler.cachekeys"
local ir = require "kindler.ir"
local modules = require "kindler.modules"
local schema = require "kindler.schema"

local M = {}

local list = ir.list

local function is_block(v) return type(v) == "table" and not ir.is_list(v) end

-- Appends the items of src not yet in dst (dst keeps its order).
local function append_unique(dst, src)
  local seen = {}
  for _, v in ipairs(dst) do seen[v] = true end
  for _, v in ipairs(src or {}) do
    if not seen[v] then
      dst[#dst + 1] = v
      seen[v] = true
    end
  end
  return dst
end

-- definitions as a map NAME -> value string, or true for a bare -DNAME.
local function definition_map(defs)
  local map = {}
  if ir.is_list(defs) then
    for _, item in ipairs(defs) do
      local name, value = item:match("^([^=]*)=(.*)$")
      if name then map[name] = value else map[item] = true end
    end
  elseif type(defs) == "table" then
    for name, value in pairs(defs) do
      map[name] = type(value) == "number" and string.format("%.0f", value)
                  or value
    end
  end
  return map
end

local function merge_map(base, over)
  local out = {}
  for k, v in pairs(base or {}) do out[k] = v end
  for k, v in pairs(over or {}) do out[k] = v end
  return out
end

-- List fields whose repeated items mean nothing; flag lists keep theirs
-- (-Xlinker -z -Xlinker now).
local SET_FIELDS = {
  "sources", "include_dirs", "system_include_dirs", "libs", "pkg_config",
  "deps", "generated_sources", "runtime_paths", "public_headers",
  "install_links", "man_pages", "scripts", "data_files",
}
local FLAG_FIELDS = { "cflags", "cxxflags", "ldflags" }

local function concat(a, b)
  local out = list()
  for _, v in ipairs(a or {}) do out[#out + 1] = v end
  for _, v in ipairs(b or {}) do out[#out + 1] = v end
  return out
end

-- A target's tests, normalized: nil when it is no test, else a list of
-- { name, args = [ ... ], exit_status = N (0 unless given), stdin, output }.
-- A single test is named after the target, the tests of a list "NAME #N"
-- unless they say otherwise.
local function tests_of(test, target)
  if not test then return nil end
  local blocks, listed = schema.test_blocks(test)
  local out = list()
  for i, block in ipairs(blocks) do
    local args = list()
    for _, a in ipairs(block.args or {}) do args[#args + 1] = a end
    out[i] = { name = block.name or (listed and target .. " #" .. i or target), args = args,
               exit_status = block.exit_status or 0, stdin = block.stdin, output = block.output }
  end
  return out
end

-- also_static = true on a shared library: the same library as a static
-- archive too (kindler(5)). Adds to the validated IR, before defaults,
-- a target NAME-static of type staticlib with the shared library's fields
-- (its output_name too: libfoo.so and libfoo.a), found at the shared
-- library's place in the file. Its objects are compiled apart (without
-- PIC). KIN-108 on another type; KIN-104 when NAME-static is taken.
function M.add_static_twins(parsed, d)
  local targets = parsed.targets or {}
  for _, name in ipairs(ir.sorted_keys(targets)) do
    local t = targets[name]
    if t.also_static == true and t.type ~= "sharedlib" then
      d:report("KIN-108", t, "also_static", string.format(
        "target '%s' is a %s; also_static is for a sharedlib", name, tostring(t.type)),
        "drop also_static, or make the target a sharedlib")
    elseif t.also_static == true then
      local twin_name = name .. "-static"
      if targets[twin_name] then
        d:report("KIN-104", t, "also_static", string.format(
          "target '%s' asks for a static twin '%s', but a target has that name",
          name, twin_name), "rename that target, or drop also_static")
      else
        local twin = {}
        for key, value in pairs(t) do
          twin[key] = value
          d:copy_place(twin, key, t, key)
        end
        twin.name, twin.type, twin.also_static = twin_name, "staticlib", nil
        twin.output_name = t.output_name or name
        twin.soversion = nil
        -- What the package installs once comes with the shared library:
        -- the twin installs its archive alone.
        twin.public_headers, twin.man_pages, twin.scripts = nil, nil, nil
        twin.data_files, twin.install_links = nil, nil
        if t.config_header then
          twin.config_header = {}
          for header, block in pairs(t.config_header) do
            local copy = {}
            for key, value in pairs(block) do copy[key] = value end
            copy.install = nil
            twin.config_header[header] = copy
          end
        end
        targets[twin_name] = twin
        d:copy_place(targets, twin_name, targets, name)
      end
    end
  end
end

-- Step 3: a new IR with project.config applied to every target.
function M.defaults(parsed)
  local project = ir.copy(parsed.project)
  local config = project.config or {}
  project.config = nil
  local targets = {}
  for name, t in ir.spairs(parsed.targets) do
    local target = {
      name = name, type = t.type,
      language = ir.copy(t.language or config.language),
      visibility = t.visibility or config.visibility or "private",
      output_name = t.output_name, version = t.version or project.version,
      soversion = t.soversion, tests = tests_of(t.test, name),
      -- A test program is built for `make test`, not installed.
      install = t.install == true or (t.install == nil and not t.test),
      abi = t.abi or config.abi, metadata = ir.copy(t.metadata),
      header_dir = t.header_dir, data_base = t.data_base,
      config_headers = ir.copy(t.config_header),
    }
    -- Only `false` is kept: `all` builds every other target.
    if t.build_by_default == false then target.build_by_default = false end
    for _, field in ipairs(SET_FIELDS) do
      local merged = list()
      if schema.config[field] then append_unique(merged, config[field]) end
      target[field] = append_unique(merged, t[field])
    end
    for _, field in ipairs(FLAG_FIELDS) do
      target[field] = concat(config[field], t[field])
    end
    -- A target's own toolchain preferences come before the project's.
    target.toolchains = append_unique(append_unique(list(), t.toolchains),
                                      config.toolchains)
    target.definitions = merge_map(definition_map(config.definitions),
                                   definition_map(t.definitions))
    target.features = merge_map(config.features, t.features)
    -- Config headers are written into NAME.dir/include (confighdr.lua).
    target.generated_include_dirs = list()
    if t.config_header and next(t.config_header) then
      target.generated_include_dirs[1] = name .. ".dir/include"
    end
    targets[name] = target
  end
  return {
    project = project, targets = targets,
    toolchains = list(ir.copy(parsed.toolchains) or {}),
    metadata = ir.copy(parsed.metadata) or {},
  }
end

-- Targets in dependency order: every target after all it depends on; ties
-- in name order. (Cycles were refused by validate.structure.)
function M.topological(targets)
  return ir.postorder(ir.sorted_keys(targets),
                      function(name) return targets[name].deps end)
end

-- Usage requirements a dependent receives from dep: its own include dirs
-- (those of its config headers too), definitions and packages' compile
-- flags when it is public or
-- header-only, with what it receives itself from its public deps.
local function usage_of(dep)
  if dep.visibility == "public" or dep.type == "header-only" then
    return dep.usage
  end
  return nil
end

local function carry_usage(targets, order)
  for _, name in ipairs(order) do
    local t = targets[name]
    local inc, sys, defs, pkg, gen = list(), list(), {}, list(), list()
    for _, dep_name in ipairs(t.deps) do
      local u = usage_of(targets[dep_name])
      if u then
        append_unique(inc, u.include_dirs)
        append_unique(sys, u.system_include_dirs)
        defs = merge_map(defs, u.definitions)
        append_unique(pkg, u.package_cflags)
        append_unique(gen, u.generated_include_dirs)
      end
    end
    -- What this target hands on: its own first, then what it received.
    local packages = append_unique(append_unique(list(), t.package_cflags), pkg)
    t.usage = {
      include_dirs = append_unique(append_unique(list(), t.include_dirs), inc),
      system_include_dirs = append_unique(
        append_unique(list(), t.system_include_dirs), sys),
      definitions = merge_map(defs, t.definitions),
      package_cflags = packages,
      generated_include_dirs = append_unique(
        append_unique(list(), t.generated_include_dirs), gen),
    }
    append_unique(t.generated_include_dirs, gen)
    append_unique(t.include_dirs, inc)
    append_unique(t.system_include_dirs, sys)
    t.definitions = merge_map(defs, t.definitions)
    -- The packages' compile flags (pkgconfig.lua) follow the target's own.
    for _, f in ipairs(packages) do
      t.cflags[#t.cflags + 1] = f
      t.cxxflags[#t.cxxflags + 1] = f
    end
    t.package_cflags = nil
  end
  for _, t in pairs(targets) do t.usage = nil end
end

local CXX_SUFFIXES = { cc = true, cpp = true, cxx = true, ["c++"] = true, C = true }

-- The language family of a source file, from its suffix (a module may
-- register more: modules.lua's register_language), and whether the
-- suffix is one Kindler knows (else the family is "c").
function M.source_family(path)
  local suffix = path:match("%.([^./]+)$")
  if CXX_SUFFIXES[suffix] then return "c++", true end
  if suffix == "c" then return "c", true end
  local _, language = modules.language_of("." .. tostring(suffix))
  if language then return language.family, true end
  return "c", false
end

local function uses_cxx(t)
  if t.language and t.language.family == "c++" then return true end
  for _, src in ipairs(t.sources) do
    if M.source_family(src) == "c++" then return true end
  end
  return false
end

-- Link inputs of t: object groups, libraries in link order (each after all
-- its users), external libs; and whether any C++ reaches the link. What a
-- shared library contains (its static libraries and object groups) is not
-- linked again; the shared libraries it needs are.
local function resolve_link(targets, position, t)
  local function deps_of(name) return targets[name].deps end
  -- Linked: what t reaches without passing a shared library, and every
  -- shared library it reaches at all.
  local inputs = ir.reach(t.deps, deps_of,
                          function(name) return targets[name].type ~= "sharedlib" end)
  for name in pairs(ir.reach(t.deps, deps_of)) do
    if targets[name].type == "sharedlib" then inputs[name] = true end
  end
  local names = ir.sorted_keys(inputs)
  table.sort(names, function(a, b) return position[a] > position[b] end)
  local link = { object_groups = list(), libraries = list(), libs = list() }
  local cxx = uses_cxx(t)
  local libs = append_unique(list(), t.libs)
  for _, name in ipairs(names) do
    local dep = targets[name]
    if dep.type == "object_group" then
      link.object_groups[#link.object_groups + 1] = name
    elseif dep.type == "staticlib" or dep.type == "sharedlib" then
      link.libraries[#link.libraries + 1] = name
    end
    if dep.type ~= "sharedlib" then append_unique(libs, dep.libs) end
    if uses_cxx(dep) then cxx = true end
  end
  link.libs = libs
  link.driver = cxx and "c++" or "c"
  return link
end

-- The artifact of t, named by the OS cache entries (os).
local function artifact_of(t, os)
  local base = t.output_name or t.name
  local function named(kind)
    return cachekeys.os(os, kind .. ".prefix") .. base .. cachekeys.os(os, kind .. ".suffix")
  end
  if t.type == "executable" then
    local name = named("executable")
    return { type = "executable", name = name, path = name }
  elseif t.type == "staticlib" then
    local name = named("staticlib")
    return { type = "staticlib", name = name, path = name }
  elseif t.type == "sharedlib" then
    local name = named("sharedlib")
    local a = { type = "sharedlib", name = name, path = name,
                versioning = cachekeys.os(os, "sharedlib.versioning") }
    -- The soname carries soversion when given, else the version's first
    -- number (libfoo.so.1 for 1.2.3).
    local major = t.soversion or (t.version and t.version:match("^(%d+)"))
    if a.versioning == "soname" and major then
      a.soname = name .. "." .. major
      a.path = name .. "." .. (t.version or major)
    else
      a.soname = name
    end
    local suffix = cachekeys.os(os, "import_library.suffix")
    if suffix then
      a.import_library = cachekeys.os(os, "import_library.prefix") .. base .. suffix
    end
    return a
  elseif t.type == "object_group" then
    return { type = "object_group", name = t.name, path = "" }
  end
  return { type = "header-only", name = t.name, path = "" }
end

-- Step 6: usage requirements, link order, link driver and artifacts, given
-- the OS cache's entries. Returns the IR and the dependency order.
function M.finish(nir, os)
  local targets = nir.targets
  local order = M.topological(targets)
  local position = {}
  for i, name in ipairs(order) do position[name] = i end
  carry_usage(targets, order)
  for _, name in ipairs(order) do
    local t = targets[name]
    t.artifact = artifact_of(t, os)
    if t.type == "executable" or t.type == "sharedlib" then
      t.link = resolve_link(targets, position, t)
    end
  end
  nir.order = list(order)
  return nir
end

return M
