-- validate/environment.lua: step 5 of a run (kindler(5), VALIDATION). Chooses each target's
-- compilers from the caches and warns where the machine cannot give what
-- a target asks for: a standard (KIN-201) or its dialect (KIN-205), a
-- feature (KIN-300), an ABI (KIN-500), run paths (KIN-600). (Packages,
-- KIN-400, are pkgconfig.lua's.)
local cachekeys = require "kindler.cachekeys"
local ir = require "kindler.ir"
local normalize = require "kindler.normalize"
local schema = require "kindler.schema"
local toolchain = require "kindler.toolchain"

local M = {}

-- The families target compiles or links with: its own, and C++ when any
-- target it depends on, directly or not, holds C++ (it then links with the
-- C++ driver).
local function families(targets, t)
  local set = {}
  if t.language then set[t.language.family] = true end
  for _, src in ipairs(t.sources) do set[normalize.source_family(src)] = true end
  if t.type == "executable" or t.type == "sharedlib" then
    local reached = ir.reach(t.deps, function(name) return targets[name].deps end)
    for name in pairs(reached) do
      local dep = targets[name]
      if dep.language and dep.language.family == "c++" then set["c++"] = true end
      for _, src in ipairs(dep.sources) do
        if normalize.source_family(src) == "c++" then set["c++"] = true end
      end
    end
  end
  local out = {}
  for f in ir.spairs(set) do out[#out + 1] = f end
  return out
end

local function feature_ok(c, family, feature)
  return cachekeys.compiler(c.entries, "feature." .. family .. "." .. feature) == true
end

-- Sets target.toolchain = { c = name, ["c++"] = name } for every target.
-- Returns false when a family has no cached compiler at all (reported as
-- KIN-700, an environment error).
function M.validate(nir, parsed, env, d, forced)
  local ok, checked = true, {}
  for _, name in ipairs(ir.sorted_keys(nir.targets)) do
    local t = nir.targets[name]
    local src = parsed.targets[name]
    t.toolchain = {}
    for _, family in ipairs(families(nir.targets, t)) do
      local c = toolchain.choose(d, env, nir, t, family, forced,
                                 { tbl = src, key = "toolchains" })
      if not c then
        d:report("KIN-700", src, nil, string.format(
          "target '%s': no cached compiler for %s", name, family),
          "install one and run kindler-bootstrap")
        ok = false
      else
        t.toolchain[family] = c.name
        if not checked[c.name .. family] and not env.foreign then
          checked[c.name .. family] = true
          toolchain.check_unchanged(d, c, family)
        end
        local lang = t.language
        -- An unknown or mismatched standard was KIN-204 or KIN-200 already.
        if lang and lang.family == family and lang.standard
            and schema.contains(schema.standards[family], lang.standard) then
          local flag = cachekeys.compiler(c.entries, "std." .. lang.standard)
          if flag == nil or flag == false then
            d:report("KIN-201", src.language or src, src.language and
              "standard" or "language", string.format(
              "target '%s': %s has no verified flag for %s", name, c.name,
              lang.standard))
          end
          for _, dialect in ipairs(lang.dialect or {}) do
            if schema.contains(schema.dialects, dialect)  -- else KIN-207
                and not cachekeys.compiler(c.entries, "std." .. lang.standard .. "." .. dialect) then
              d:report("KIN-205", src.language or src, src.language and
                "dialect" or "language", string.format(
                "target '%s': %s has no verified flag for %s in the %s " ..
                "dialect: it is compiled as strict %s", name, c.name,
                lang.standard, dialect, lang.standard))
            end
          end
        end
        for _, feature in ipairs(ir.sorted_keys(t.features)) do
          if t.features[feature] and feature ~= "pic"
              and schema.contains(schema.features, feature)  -- else KIN-301
              and not feature_ok(c, family, feature) then
            d:report("KIN-300", src.features or src, feature, string.format(
              "target '%s': %s does not support %s for %s", name, c.name,
              feature, family))
          end
        end
        if t.abi and not cachekeys.compiler(c.entries, "flag.abi." .. t.abi) then
          d:report("KIN-500", src, "abi", string.format(
            "target '%s': %s cannot target ABI '%s'", name, c.name, t.abi))
        end
        if #t.runtime_paths > 0 and (cachekeys.os(env.os, "rpath.supported") ~= true
            or not cachekeys.compiler(c.entries, "flag.rpath")) then
          d:report("KIN-600", src, "runtime_paths", string.format(
            "target '%s': %s on this system has no run path support",
            name, c.name))
        end
      end
    end
    if t.abi and cachekeys.os(env.os, "abi." .. t.abi .. ".libdir") == nil then
      d:report("KIN-500", src, "abi", string.format(
        "target '%s': this system has no ABI '%s'", name, t.abi))
    end
  end
  return ok
end

return M
