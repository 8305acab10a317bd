-- run.lua: the "lua" lane of t/run.sh. Runs Kindler's Lua modules
-- (lua/kindler/) inside lua5.1 over a fake host (t/lua/fakehost.lua) and
-- the sample caches of cache/samples/, with no compiler: a normalizer, a
-- validator or an exporter is tested on any machine in a second. Each
-- file named on the command line (t/lua/*_test.lua) returns a list of
-- { name, function(host, kit) }; each test runs with the kindler modules
-- loaded afresh and a host of its own, and prints one TAP line.
-- Usage: lua5.1 t/lua/run.lua t/lua/*_test.lua   (from the top of the tree)
package.path = "lua/?.lua;t/lua/?.lua"
local fakehost = require "fakehost"

-- Forgets every kindler module and installs host as kindler.host, as a
-- new Lua state of the C++ bridge would start (src/lua_bridge.cc).
local function fresh_state(host)
  for name in pairs(package.loaded) do
    if name:find("^kindler%.") then package.loaded[name] = nil end
  end
  debug.getregistry()["kindler.array"] = { __kindler = "array" }
  package.loaded["kindler.host"] = host
  package.loaded.kit = nil
  return require "kit"
end

local n, failed = 0, 0
for _, file in ipairs(arg) do
  local tests = assert(loadfile(file))()
  for _, test in ipairs(tests) do
    n = n + 1
    local host = fakehost.new()
    local kit = fresh_state(host)
    local ok, err = pcall(test[2], host, kit)
    if ok then
      print(string.format("ok %d - %s: %s", n, file, test[1]))
    else
      failed = failed + 1
      print(string.format("not ok %d - %s: %s", n, file, test[1]))
      print("# " .. tostring(err):gsub("\n", "\n# "))
    end
  end
end
print(string.format("%d passed, %d failed, 0 skipped", n - failed, failed))
os.exit(failed == 0 and 0 or 1)
