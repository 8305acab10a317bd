-- pcfile.lua: the pkg-config file a project installs (kindler(1), install):
-- one PROJECT.pc in $(LIBDIR)/pkgconfig when the project installs a
-- library, so that other projects find it with pkg-config (and with a
-- pkg_config entry of their own). The plan holds its body; the exporters
-- write it beside their build file as PROJECT.pc.in and, at install,
-- put the prefix, libdir and includedir lines of that install before it.
local schema = require "kindler.schema"

local M = {}

-- Text for a .pc field: one line, `$` escaped as pkg-config reads it.
local function field(s) return (s:gsub("%c", " "):gsub("%$", "$$")) end

-- The libs words of a target as a .pc writes them: names as -lNAME,
-- flags as they are; files of the source tree cannot be named there.
local function lib_words(t, out)
  for _, l in ipairs(t.libs) do
    if not schema.contains(t.package_libs or {}, l) and not l:find("/", 1, true) then
      local w = l:sub(1, 1) == "-" and l or "-l" .. l
      if not schema.contains(out, w) then out[#out + 1] = w end
    end
  end
end

-- of(nir) -> { file, body } or nil when no library is installed (a
-- header-only one counts: its .pc gives the include directory).
function M.of(nir)
  local libs, private, requires, any = {}, {}, {}, false
  for _, name in ipairs(nir.order) do
    local t = nir.targets[name]
    local library = t.type == "staticlib" or t.type == "sharedlib"
    if t.install and (library or t.type == "header-only") then
      any = true
      local w = "-l" .. (t.output_name or t.name)
      if library and not schema.contains(libs, w) then libs[#libs + 1] = w end
      lib_words(t, private)
      for _, spec in ipairs(t.pkg_config) do
        if not schema.contains(requires, spec) then requires[#requires + 1] = spec end
      end
    end
  end
  if not any then return nil end
  local project = nir.project
  local lines = {
    "exec_prefix=${prefix}",
    "",
    "Name: " .. field(project.name),
    "Description: " .. field(project.description or project.name),
    "Version: " .. (project.version or "0"),
  }
  if #requires > 0 then lines[#lines + 1] = "Requires.private: " .. table.concat(requires, ", ") end
  if #libs > 0 then lines[#lines + 1] = "Libs: -L${libdir} " .. table.concat(libs, " ") end
  if #private > 0 then lines[#lines + 1] = "Libs.private: " .. field(table.concat(private, " ")) end
  lines[#lines + 1] = "Cflags: -I${includedir}"
  return { file = schema.file_name(project.name) .. ".pc", body = table.concat(lines, "\n") .. "\n" }
end

return M
