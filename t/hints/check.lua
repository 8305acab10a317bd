-- t/hints/check.lua: check every Kindler hint file against the documented
-- format (man/kindler-hints.5).
--
--   lua5.1 t/hints/check.lua HINTSDIR        (HINTSDIR holds os/ and compiler/)
--
-- Each hint is loaded the way Kindler loads it: read as text, refused if it
-- starts with ESC (precompiled bytecode), compiled with loadstring, run by
-- pcall with an empty environment.  Then every field is checked: presence,
-- type, allowed values, no unknown key (a misspelt key is an error, never a
-- silent default), "{}" in every template that takes an argument, and the
-- cross references between OS and compiler hints.
--
-- Output: "ok N - ..." or "not ok N - ..." per check, the problems under a
-- failed check as "#" lines, then "N passed, N failed".  Exit status 1 when
-- anything failed.

local dir = arg[1]
if not dir or arg[2] then
  io.stderr:write("usage: lua5.1 t/hints/check.lua HINTSDIR\n")
  os.exit(2)
end
dir = dir:gsub("/+$", "")

-- The hints that must exist: the systems and compilers Kindler supports.
local REQUIRED = {
  os = { "linux", "freebsd", "netbsd", "openbsd", "darwin", "irix65",
         "solaris", "aix", "hpux", "windows" },
  compiler = { "gcc", "clang", "tcc", "pcc", "mipspro", "sunpro", "xlc",
               "acc", "mingw_gcc", "kit" },
}

-- The per-file format is the product's own (lua/kindler/hintschema.lua,
-- which kindler-bootstrap loads every hint against); this script adds the
-- checks of the set as a whole.
local top = (arg[0]:match("^(.*)/[^/]*$") or ".") .. "/../.."
package.path = top .. "/lua/?.lua;" .. package.path
local hintschema = require "kindler.hintschema"
local describe, sorted_keys = hintschema.describe, hintschema.sorted_keys

---------------------------------------------------------------------------
-- Output
---------------------------------------------------------------------------

local count, passed, failed = 0, 0, 0

-- One numbered check.  problems: list of strings (empty when it passed).
local function report(description, problems)
  count = count + 1
  if #problems == 0 then
    passed = passed + 1
    print(("ok %d - %s"):format(count, description))
  else
    failed = failed + 1
    print(("not ok %d - %s"):format(count, description))
    for _, p in ipairs(problems) do print("#   " .. p) end
  end
end

local function read_file(path)
  local f, err = io.open(path, "rb")
  if not f then return nil, err end
  local text = f:read("*a")
  f:close()
  return text
end

---------------------------------------------------------------------------
-- Loading, exactly as Kindler does
---------------------------------------------------------------------------

-- Returns the table, or nil and a message naming the path and line.
local function load_hint(path, text)
  if text:sub(1, 1) == "\27" then
    return nil, path .. ": refused: precompiled bytecode (hints are loaded as text only)"
  end
  local chunk, err = loadstring(text, "@" .. path)
  if not chunk then return nil, err end
  setfenv(chunk, {})
  -- A data file has no loops; stop anything that runs away.
  debug.sethook(function() error("runs too long to be a table constructor", 2) end, "", 1000000)
  local results = { pcall(chunk) }
  debug.sethook()
  if not results[1] then return nil, tostring(results[2]) end
  if type(results[2]) ~= "table" then
    return nil, path .. ": must return a table, returns " .. describe(results[2])
  end
  if #results > 2 then
    return nil, path .. ": must return exactly one value"
  end
  return results[2]
end

---------------------------------------------------------------------------
-- Main
---------------------------------------------------------------------------

local function list_dir(path)
  local names = {}
  local p = io.popen('ls -1 "' .. path:gsub('[\\"$`]', "\\%0") .. '" 2>/dev/null')
  for line in p:lines() do names[#names + 1] = line end
  p:close()
  table.sort(names)
  return names
end

local loaded = { os = {}, compiler = {} }

for _, kind in ipairs({ "os", "compiler" }) do
  local subdir = dir .. "/" .. kind
  local names = list_dir(subdir)
  local found = {}
  for _, file in ipairs(names) do
    if file:match("%.lua$") then
      local rel = kind .. "/" .. file
      local path = subdir .. "/" .. file
      local stem = file:gsub("%.lua$", "")
      found[stem] = true

      local text, err = read_file(path)
      local hint
      if text then hint, err = load_hint(path, text) end
      report(rel .. ": loads as text in an empty environment", hint and {} or { err })

      if text then
        report(rel .. ": is a plain table constructor", (hintschema.read(text)))
      end

      if hint then
        loaded[kind][stem] = hint
        local ctx = hintschema.check(hint, kind)

        local names_problems = {}
        if not stem:match("^[a-z][a-z0-9_]*$") then
          names_problems[#names_problems + 1] = "file names are lowercase letters, digits and _"
        end
        if hint.name ~= stem then
          names_problems[#names_problems + 1] = "name is " .. describe(hint.name)
            .. ", the file is " .. file .. ": they must agree"
        end
        report(rel .. ": name equals the file name", names_problems)

        local shape = {}
        for _, cat in ipairs({ "missing", "type", "value" }) do
          for _, m in ipairs(ctx:get(cat)) do shape[#shape + 1] = m end
        end
        report(rel .. ": every field present with the documented type and values", shape)
        report(rel .. ": no unknown or misspelt key", ctx:get("unknown"))
        report(rel .. ": flag templates take \"{}\" exactly where an argument goes", ctx:get("template"))
        if kind == "compiler" then
          report(rel .. ": std_map covers exactly " .. table.concat(hintschema.STANDARDS, " "),
                 ctx:get("std"))
          report(rel .. ": banner and flag patterns are valid Lua patterns", ctx:get("pattern"))
        end
        report(rel .. ": every unverified entry names a field", ctx:get("unverified"))
      end
    end
  end
  local missing = {}
  for _, stem in ipairs(REQUIRED[kind]) do
    if not found[stem] then missing[#missing + 1] = kind .. "/" .. stem .. ".lua is missing" end
  end
  report("every required " .. kind .. " hint exists in " .. subdir, missing)
end

-- Cross references between OS and compiler hints.
local claimed, claimed_targets = {}, {}
for _, stem in ipairs(sorted_keys(loaded.os)) do
  local hint = loaded.os[stem]
  local problems = {}
  local listed = {}
  if type(hint.compilers) == "table" then
    for _, cname in ipairs(hint.compilers) do
      listed[cname] = true
      if type(cname) == "string" and not loaded.compiler[cname] then
        problems[#problems + 1] = "compilers names " .. describe(cname)
          .. ", but compiler/" .. cname .. ".lua is missing or did not load"
      end
    end
  end
  if type(hint.flag_overrides) == "table" then
    for _, cname in ipairs(sorted_keys(hint.flag_overrides)) do
      if not listed[cname] then
        problems[#problems + 1] = "flag_overrides." .. tostring(cname)
          .. " overrides a compiler this hint does not list"
      end
      local comp = loaded.compiler[cname]
      local ov = hint.flag_overrides[cname]
      if comp and type(comp.flags) == "table" and type(ov) == "table" and type(ov.abi) == "table" then
        -- ABI names must be this system's.
        for _, abi in ipairs(sorted_keys(ov.abi)) do
          if type(hint.abis) == "table" and type(hint.abis[abi]) ~= "table" then
            problems[#problems + 1] = "flag_overrides." .. cname .. ".abi." .. tostring(abi)
              .. " is not an ABI of this system"
          end
        end
      end
    end
  end
  report("os/" .. stem .. ".lua: every compiler it names has a hint", problems)
  if type(hint.uname) == "table" then
    for _, u in ipairs(hint.uname) do
      claimed[u] = claimed[u] or {}
      table.insert(claimed[u], stem)
    end
  end
  if type(hint.targets) == "table" then
    for _, t in ipairs(hint.targets) do
      claimed_targets[t] = claimed_targets[t] or {}
      table.insert(claimed_targets[t], stem)
    end
  end
end

local clashes = {}
for _, u in ipairs(sorted_keys(claimed)) do
  if #claimed[u] > 1 then
    clashes[#clashes + 1] = "uname " .. describe(u) .. " is claimed by " .. table.concat(claimed[u], ", ")
  end
end
report("each `uname -s` answer selects one OS hint", clashes)

clashes = {}
for _, t in ipairs(sorted_keys(claimed_targets)) do
  if #claimed_targets[t] > 1 then
    clashes[#clashes + 1] = "target " .. describe(t) .. " is claimed by " .. table.concat(claimed_targets[t], ", ")
  end
end
report("each target triple selects one OS hint", clashes)

print(("%d passed, %d failed"):format(passed, failed))
os.exit(failed == 0 and 0 or 1)