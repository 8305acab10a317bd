-- schema.lua: the shape of the IR (kindler(5), THE IR), as data the
-- validators walk. Kinds of value:
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

-- The standards of each language, oldest first: the one list of them
-- (hintschema.lua and probe/vocabulary.lua read it).
M.standards = {
  c = { "ansi", "c89", "c99", "c11" },
  ["c++"] = { "c++98", "c++03", "c++11", "c++14" },
}

-- `language = "c99"`: the shorthand strings and what they stand for.
-- `language = "gnu99"`: a standard in the gnu dialect (see M.dialects):
-- each standard but ansi, "c" changed to "gnu".
M.language_shorthand, M.dialect_shorthand = {}, {}
for _, family in ipairs(M.enums.family) do
  for _, standard in ipairs(M.standards[family]) do
    M.language_shorthand[standard] = family
    if standard ~= "ansi" then
      M.dialect_shorthand["gnu" .. standard:sub(2)] = { family, standard }
    end
  end
end

-- Dialects a language may name (dialect = [ "gnu" ]): the standard with
-- the compiler's extensions (kindler(5), LANGUAGES). Without one a
-- standard is compiled strictly.
M.dialects = { "gnu" }

-- A plain file name (kindler(5), NAMES): what a target's name, its
-- output_name and a toolchain's name must be. They become file and
-- directory names in the build directory and words in every build file:
-- no '/', no leading '.' or '-', nothing a make, a shell or Ninja reads
-- as syntax. At most NAME_MAX bytes.
M.NAME = "^[A-Za-z0-9_][A-Za-z0-9_.+-]*$"
M.NAME_MAX = 255
-- A version, soversion or ABI tag: it ends up in file names (libx.so.1.2).
M.VERSION = "^[A-Za-z0-9_][A-Za-z0-9_.+~-]*$"

M.toplevel = {
  project = "project", targets = "targets", toolchains = "names",
  metadata = "table",
}

M.project = {
  name = "text", version = "version", languages = "languages",
  config = "config", targets = "targets", metadata = "table",
  toolchains = "names", description = "text", license = "text",
  modules = "strings", make_include = "strings",
}

M.target = {
  name = "string", type = "enum:target_type", language = "language",
  sources = "strings", include_dirs = "strings",
  system_include_dirs = "strings", definitions = "definitions",
  cflags = "strings", cxxflags = "strings", ldflags = "strings",
  libs = "strings", pkg_config = "strings", deps = "strings",
  visibility = "enum:visibility", features = "features",
  generated_sources = "strings", output_name = "name",
  runtime_paths = "strings", metadata = "table", toolchains = "names",
  public_headers = "strings", version = "version", abi = "version",
  soversion = "version", install = "bool", test = "test",
  install_links = "names", man_pages = "strings", scripts = "strings",
  data_files = "strings", header_dir = "string", data_base = "string",
  config_header = "config_headers", also_static = "bool",
  build_by_default = "bool",
}

-- A config header block (config_header "NAME" { ... }): the facts it
-- asks for (facts.lua), fixed values, an optional template, and whether
-- install installs it with the public headers.
M.config_header = {
  headers = "strings", functions = "strings", sizes = "strings",
  byte_order = "bool", values = "values", template = "string", install = "bool",
}

-- A target's test block (test = true is the same as an empty one; a list
-- of blocks is several tests of one program): its name in the report, the
-- program's arguments, the exit status that means it passed, a file of the
-- source tree for its standard input and one its standard output must equal.
M.test = { name = "text", args = "strings", exit_status = "status",
           stdin = "string", output = "string" }

-- The blocks of a target's `test`, and whether it was a list of them: a
-- list's items, else the one block (an empty one for true); none for
-- false or nil.
function M.test_blocks(test)
  if type(test) ~= "table" then return test and { {} } or {}, false end
  if test[1] ~= nil then return test, true end
  return { test }, false
end

-- project.config holds defaults for these target fields.
M.config = {
  language = "language", include_dirs = "strings",
  system_include_dirs = "strings", definitions = "definitions",
  cflags = "strings", cxxflags = "strings", ldflags = "strings",
  libs = "strings", pkg_config = "strings", visibility = "enum:visibility",
  features = "features", runtime_paths = "strings", toolchains = "names",
  abi = "version",
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

-- A text made a plain file name (M.NAME): each character one cannot hold
-- as '-', a leading '.', '+' or '-' as '_'.
function M.file_name(text)
  return (text:gsub("[^A-Za-z0-9_.+-]", "-"):gsub("^[.+-]", "_"))
end

function M.contains(list, value)
  for _, v in ipairs(list) do
    if v == value then return true end
  end
  return false
end

return M
