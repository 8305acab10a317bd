-- schema.lua: the shape of the IR (the IR specification, Appendix B and its
-- field lists), as data the validators walk. Kinds of value:
--   string, strings (a list of strings), bool, table (anything),
--   language, languages, definitions, features, config, targets,
--   enum:NAME (a string from M.enums[NAME]).
local M = {}

M.enums = {
  target_type = { "executable", "staticlib", "sharedlib", "header-only",
                  "object_group" },
  visibility = { "public", "private" },
  family = { "c", "c++" },
}

M.standards = {
  c = { "ansi", "c89", "c99", "c11" },
  ["c++"] = { "c++98", "c++03", "c++11", "c++14" },
}

-- `language = "c99"`: the shorthand strings and what they stand for.
M.language_shorthand = {
  ansi = "c", c89 = "c", c99 = "c", c11 = "c",
  ["c++98"] = "c++", ["c++03"] = "c++", ["c++11"] = "c++", ["c++14"] = "c++",
}

M.toplevel = {
  project = "project", targets = "targets", toolchains = "strings",
  metadata = "table",
}

M.project = {
  name = "string", version = "string", languages = "languages",
  config = "config", targets = "targets", metadata = "table",
  toolchains = "strings", description = "string", license = "string",
}

M.target = {
  name = "string", type = "enum:target_type", language = "language",
  sources = "strings", include_dirs = "strings",
  system_include_dirs = "strings", definitions = "definitions",
  cflags = "strings", cxxflags = "strings", ldflags = "strings",
  libs = "strings", pkg_config = "strings", deps = "strings",
  visibility = "enum:visibility", features = "features",
  generated_sources = "strings", output_name = "string",
  runtime_paths = "strings", metadata = "table", toolchains = "strings",
  public_headers = "strings", version = "string", abi = "string",
  soversion = "string", install = "bool",
}

-- project.config holds defaults for these target fields.
M.config = {
  language = "language", include_dirs = "strings",
  system_include_dirs = "strings", definitions = "definitions",
  cflags = "strings", cxxflags = "strings", ldflags = "strings",
  libs = "strings", pkg_config = "strings", visibility = "enum:visibility",
  features = "features", runtime_paths = "strings", toolchains = "strings",
  abi = "string",
}

M.language = { family = "enum:family", standard = "string", dialect = "strings" }

-- Fields every target must have.
M.required = { "name", "type", "language" }

-- Old spellings still read, under their new name, with KIN-902.
M.deprecated_keys = {
  defines = "definitions", includes = "include_dirs",
  dependencies = "deps", headers = "public_headers",
}
M.deprecated_values = {
  type = { headerlib = "header-only" },
}

-- Features a target may request (features = { threads = true; }).
M.features = { "threads", "thread_local", "atomics", "pic" }

function M.contains(list, value)
  for _, v in ipairs(list) do
    if v == value then return true end
  end
  return false
end

return M
