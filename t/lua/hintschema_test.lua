-- hintschema_test.lua: the hint format (lua/kindler/hintschema.lua): the
-- lines its reader finds for keys, and the problems its check finds in a
-- shipped hint with a key misspelt, mistyped or taken away.
local function shipped(kind, name)
  local f = assert(io.open("hints/" .. kind .. "/" .. name .. ".lua", "rb"))
  local text = f:read("*a")
  f:close()
  local chunk = assert(loadstring(text))
  setfenv(chunk, {})
  return chunk(), text
end

-- The problems of hint as "category path: message" lines.
local function problems(hint, kind)
  local hs = require "kindler.hintschema"
  local out = {}
  for _, p in ipairs(hs.check(hint, kind).all) do
    out[#out + 1] = p.category .. " " .. p.path .. ": " .. p.message
  end
  return table.concat(out, "\n")
end

return {
  { "the reader gives the line of each key, item and table", function(host, kit)
    local hs = require "kindler.hintschema"
    local bad, lines = hs.read('return {\n  name = "x",\n  flags = {\n'
      .. '    ["c++"] = "-y", abi = { "a",\n "b" },\n  },\n}\n')
    kit.same(#bad, 0, "problems of a plain constructor")
    kit.same(lines[""], 1, "the table")
    kit.same(lines.name, 2, "name")
    kit.same(lines["flags.c++"], 4, "flags.c++")
    kit.same(lines["flags.abi[2]"], 5, "flags.abi[2]")
    kit.same(hs.line(lines, "flags.abi.missing"), 4, "a key not there: its table's")
  end },
  { "the reader of code stops with its line and keeps the lines before", function(host, kit)
    local hs = require "kindler.hintschema"
    local bad, lines = hs.read('return {\n  name = "x",\n  uname = "a" .. "b",\n}\n')
    kit.same(bad[1], "3: '..' is not allowed: a hint is data, not code", "the problem")
    kit.same(lines.name, 2, "name")
  end },
  { "a shipped hint holds; misspelt, mistyped, missing keys do not", function(host, kit)
    local hint = shipped("compiler", "gcc")
    kit.same(problems(hint, "compiler"), "", "gcc as shipped")
    hint.flags.sonme, hint.flags.soname = hint.flags.soname, nil
    hint.probes = { c = "yes", ["c++"] = true }
    kit.same(problems(hint, "compiler"), table.concat({
      "missing flags.soname: missing (required)",
      "unknown flags.sonme: unknown key (did you mean 'soname'?); known here: compile, "
        .. "output, define, include, system_include, libdir, lib, pic, shared, soname, "
        .. "rpath, rpath_join, rpath_tail, depfile, depfile_target, depfile_system, "
        .. "implib, static_runtime, threads, werror, static, response_file, optimize, "
        .. "optimize_size, debug, abi",
      "type probes.c: expected true or false, got \"yes\"" }, "\n"))
    local hs = require "kindler.hintschema"
    local all = hs.check(hint, "compiler").all
    kit.same(all[2].suggest, "soname", "the key meant")
  end },
}
