-- cacheentries.lua: the entries of the caches kindler-bootstrap writes
-- (cache/FORMAT lists and explains every key): an OS cache from its OS hint
-- and the tools found on this machine, a compiler cache from its hint and
-- what the probes proved (kindler.probe.compiler's result). Every key is
-- written through cachekeys.lua, which owns them: an OS key that a hint
-- field alone feeds is copied from the field its table names.
local cachekeys = require "kindler.cachekeys"
local host = require "kindler.host"
local vocabulary = require "kindler.probe.vocabulary"

local M = {}

-- A hint's string (or number, as a string); nil for anything else.
local function str(v)
  if type(v) == "string" then return v end
  if type(v) == "number" then return tostring(v) end
  return nil
end

-- A hint's list as one string of words.
local function joined(list)
  if type(list) ~= "table" then return "" end
  local parts = {}
  for _, v in ipairs(list) do parts[#parts + 1] = tostring(v) end
  return table.concat(parts, " ")
end

-- The value at a dotted path of hint h ("make.max_args"), or nil.
local function field(h, path)
  local node = h
  for part in path:gmatch("[^.]+") do
    if type(node) ~= "table" then return nil end
    node = node[part]
  end
  return node
end

-- A hint's value v as the cache holds a value of kind (cachekeys): a list
-- as its words, a number of a string kind as a string; nil when the hint
-- has none.
local function converted(v, kind)
  local base = kind:gsub("|false$", "")
  if base == "bool" then return v == true end
  if base == "number" then return type(v) == "number" and v or nil end
  if v == false and base ~= kind then return false end
  if type(v) == "table" then return joined(v) end
  return str(v)
end

-- Copies into e the keys of a kind of cache that hint h feeds alone (a
-- key with a `hint` field and no `source`: cachekeys.lua). A key with a
-- placeholder (abi.NAME.libdir from abis.NAME.libdir) is written for each
-- table the hint has at that place.
local function copy_hint_fields(kind, h, e)
  for _, k in ipairs(cachekeys.keys[kind]) do
    if k.hint and not k.source then
      local head, word, tail = k.hint:match("^(.-)%.(%u+)%.(.+)$")
      if head then
        local tables = field(h, head)
        for name, t in pairs(type(tables) == "table" and tables or {}) do
          if type(t) == "table" then
            local key = k[1]:gsub("%." .. word .. "%.", "." .. name .. ".")
            cachekeys.set(kind, e, key, converted(field(t, tail), k[2]))
          end
        end
      else
        cachekeys.set(kind, e, k[1], converted(field(h, k.hint), k[2]))
      end
    end
  end
end

-- The entries of the OS cache of rec (a kindler.hints record), on the host
-- (what uname() says about this machine is added) or for a --target.
-- tools: what kindler.probe.tools found on this machine, where the build runs.
-- target: the triple of a --target profile (this machine's release and
-- machine are then not the target's).
function M.os_entries(rec, tools, target)
  local e = {}
  copy_hint_fields("os", rec.hint, e)
  local function set(key, value) cachekeys.set("os", e, key, value) end
  if target then
    set("os.target", target)
  else
    local u = host.uname() or {}
    set("os.release", u.release or "")
    set("os.machine", u.machine or "")
  end
  for tool, command in pairs(tools) do set("tools." .. tool, command) end
  set("hint.path", rec.path)
  return e
end

-- The entries of a compiler cache from a probe result (kindler.probe.compiler).
-- cross: the compiler was probed for a --target profile, so the probe
-- programs it built were not run (probe.ran).
function M.compiler_entries(rec, os_rec, result, cross)
  local flags = result.flags
  local e = {}
  local function set(key, value) cachekeys.set("compiler", e, key, value) end
  set("compiler.name", rec.hint.name)
  set("compiler.version", result.version or "unknown")
  set("probe.ran", not cross)
  for lang, d in pairs(result.drivers) do
    set("driver." .. lang, d.command)
    set("driver." .. lang .. ".path", d.path)
    set("driver." .. lang .. ".size", d.size)
    set("driver." .. lang .. ".mtime", d.mtime)
    set("driver." .. lang .. ".version", d.version)
  end
  for _, std in ipairs(vocabulary.STANDARDS) do
    set("std." .. std, result.stds[std] or false)
  end
  for dialect, stds in pairs(result.dialects or {}) do
    for std, value in pairs(stds) do set("std." .. std .. "." .. dialect, value or false) end
  end
  for _, name in ipairs(vocabulary.PLAIN_FLAGS) do
    set("flag." .. name, str(flags[name]) or false)
  end
  for _, name in ipairs(vocabulary.VERIFIED_FLAGS) do
    set("flag." .. name, result[name] or false)
  end
  set("flag.rpath_join", result.rpath and str(flags.rpath_join) or false)
  if type(flags.rpath_tail) == "table" then
    set("flag.rpath_tail", joined(flags.rpath_tail))
  end
  if flags.depfile_target ~= nil then
    set("flag.depfile_target", result.depfile_target or false)
  end
  if flags.depfile_system ~= nil then
    set("flag.depfile_system", result.depfile_system or false)
  end
  if flags.implib ~= nil then
    set("flag.implib", str(flags.implib) or false)
  end
  if flags.static_runtime ~= nil then
    set("flag.static_runtime", str(flags.static_runtime) or false)
  end
  for name, value in pairs(result.abi or {}) do
    set("flag.abi." .. name, value or false)
  end
  for lang, features in pairs(result.features) do
    for _, f in ipairs(vocabulary.FEATURES) do
      set("feature." .. lang .. "." .. f, features[f] == true)
    end
  end
  local ar = type(rec.hint.archiver) == "table" and rec.hint.archiver or {}
  set("archiver.command", str(ar.command))
  set("archiver.create", str(ar.create))
  set("archiver.ranlib", str(ar.ranlib) or false)
  set("hint.path", rec.path)
  set("hint.os", os_rec.hint.name)
  set("hint.os_path", os_rec.path)
  set("hint.os_digest", os_rec.digest)
  return e
end

return M
