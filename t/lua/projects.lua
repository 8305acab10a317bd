-- projects.lua: the small projects the tests of t/lua/ export, each over
-- the sample caches of cache/samples/ (the OS cache of Linux, gcc's).
local M = {}

-- Puts the sample caches in /caches on host, with the hints they name.
function M.caches(host)
  host.add_cache("/caches", "os", "linux")
  host.add_cache("/caches", "compiler", "gcc")
end

-- The options of an export from the sample caches into /build. The plain
-- build type: the gcc sample records no flags for the others.
function M.export_options(...)
  local options = { { "cache-dir", "/caches" }, { "B", "/build" }, { "config", "plain" } }
  for _, pair in ipairs({ ... }) do options[#options + 1] = pair end
  return options
end

-- /project/app.kindler: the C program app of main.c and util.c, linking
-- with the library m, and the definition VERBOSE=1 from project.config.
function M.app(host, kit)
  M.caches(host)
  host.files["/project/main.c"] = "int main(void) { return 0; }\n"
  host.files["/project/util.c"] = "int util;\n"
  return kit.document("/project/app.kindler", {
    project = { name = "app", version = "1.2.0",
                config = { definitions = { VERBOSE = "1" } } },
    targets = { app = { type = "executable", language = "c99",
                        sources = kit.list({ "main.c", "util.c" }),
                        libs = kit.list({ "m" }) } },
  })
end

return M
