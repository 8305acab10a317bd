-- modules.lua: the module API (kindler-modules(7)). Exporters, validators,
-- languages, toolchain resolvers, generators, normalizers and lifecycle
-- hooks register here by name; the built-in exporters are registered the
-- same way a user module's are. A user module reaches this file through
-- its kindler table (module/api.lua), which wraps what it registers in
-- fault isolation (kindler-modules(7)).
local ir = require "kindler.ir"

local M = {
  exporters = {}, validators = {}, languages = {}, toolchains = {},
  generators = {}, normalizers = {}, hooks = {},
  -- "KIND NAME" to the name of the user module that registered it.
  owners = {},
  -- What the running command hands modules besides the IR: d (the
  -- diagnostics), parsed (the IR as parsed, whose places the project file
  -- gives), project_dir. Set by the kindler command
  -- (command/kindler/steps.lua).
  context = {},
}

-- The lifecycle points a module hooks (kindler.on), with what each hook
-- is handed.
M.POINTS = {
  after_parse = "the IR", after_normalize = "the normalized IR",
  before_export = "the build plan", after_export = "the exported files",
}
M.POINT_NAMES = { "after_parse", "after_normalize", "before_export", "after_export" }

-- register_exporter(name, fn): fn(plan, opts) spells the build plan
-- (plan.lua; plan.nir is the normalized IR) as files, and returns
-- { files = { [path in the build dir] = contents }, seeds = { [path] =
-- contents written only where no file is yet }, always = { paths written
-- even when unchanged }, stand_ins = { [path] = contents in place of the
-- file while the export's files are renamed into place (commit.lua) },
-- dirs = { directories to create }, main = the file `kindler export`
-- names when it is done (else the first by name), ok = false when it
-- reported an error }. opts: d (diagnostics), version, where_target
-- (a target's place in the project file), build_dir (absolute), srcdir
-- (the source directory from the build directory), project_file (its name
-- there), standalone (no re-export rule), program (the kindler that
-- exports again), cache_dir (the one given, from the build directory),
-- user_cache_dir, export_args (the options of a re-export), launcher (the
-- words of --launcher, put before each compile command). Several
-- exporters may run in one export, on the same plan.
function M.register_exporter(name, fn)
  M.exporters[name] = fn
end

-- register_validator(name, stage, fn): fn(ir, d) runs at stage
-- "structure", "semantic" or "environment", after the built-in checks.
function M.register_validator(name, stage, fn)
  M.validators[stage] = M.validators[stage] or {}
  table.insert(M.validators[stage], { name = name, fn = fn })
end

-- register_generator(name, spec): a program run at build time that makes
-- sources (kindler(5), Generated sources). spec = {
--   extensions = { ".y" },   a source ending so is an input of its own (one
--                            run per such source), or instead
--   inputs = { "PATH" },     files of the source tree the run reads, when
--                            the target names an output in generated_sources,
--   outputs = { "%s.c", "%s.h" }, names in TARGET.dir/gen/ (%s: the input's
--                            name without its ending; the first is the
--                            command's "{out}"),
--   tool = "yacc",           the program that runs it: a cache key
--                            "tools.yacc" (bootstrap finds it from the OS
--                            hint), a macro exporters let users override;
--                            or nil, when command names its program,
--   command = { "{tool}", "-d", "-b", "{gendir}/%s", "{in}" }, words, with
--                            {tool}, {in} (the input, from the build
--                            directory), {out}, {gendir} (TARGET.dir/gen),
--                            {srcdir} (the source tree) and %s filled,
--   stdout = true,           the command writes its first output on
--                            standard output (as lex -t does) }
-- Outputs that are C or C++ sources are compiled with the target; the
-- others (headers) are made before any of its objects.
function M.register_generator(name, spec)
  M.generators[name] = spec
end

-- register_language(name, { extensions = { ".S" }, family = "c" }):
-- sources with those endings are compiled by the compiler of family.
function M.register_language(name, plugin)
  M.languages[name] = plugin
end

-- The language registered for a source ending (".S"), or nil.
function M.language_of(extension)
  for _, name in ipairs(ir.sorted_keys(M.languages)) do
    for _, ext in ipairs(M.languages[name].extensions) do
      if ext == extension then return name, M.languages[name] end
    end
  end
  return nil
end

-- register_toolchain(name, resolver): a name the project's toolchains and
-- --toolchain may give; resolver(target, family, candidates) returns the
-- compiler (one of candidates, the cached compilers of that family) to
-- build target's sources of family with, or nil to leave the choice to
-- the next preference. A second result true says it failed (reported).
function M.register_toolchain(name, resolver)
  M.toolchains[name] = resolver
end

-- register_normalizer(name, fn): fn(ir) adds defaults to the parsed IR
-- before it is validated.
function M.register_normalizer(name, fn)
  M.normalizers[#M.normalizers + 1] = { name = name, fn = fn }
end

function M.add_hook(point, fn)
  M.hooks[point] = M.hooks[point] or {}
  table.insert(M.hooks[point], fn)
end

-- Runs what is registered, in registration order.
function M.run_validators(stage, doc_ir, d)
  for _, v in ipairs(M.validators[stage] or {}) do v.fn(doc_ir, d) end
end

function M.run_normalizers(doc_ir)
  for _, n in ipairs(M.normalizers) do n.fn(doc_ir) end
end

function M.run_hooks(point, ...)
  for _, fn in ipairs(M.hooks[point] or {}) do fn(...) end
end

M.register_exporter("make", function(plan, opts)
  return require("kindler.export.make").export(plan, opts)
end)

M.register_exporter("gmake", function(plan, opts)
  return require("kindler.export.gmake").export(plan, opts)
end)

M.register_exporter("ninja", function(plan, opts)
  return require("kindler.export.ninja").export(plan, opts)
end)

M.register_exporter("compdb", function(plan, opts)
  return require("kindler.export.compdb").export(plan, opts)
end)

M.register_exporter("dot", function(plan)
  return require("kindler.export.dot").export(plan)
end)

M.register_exporter("json", function(plan)
  return { files = { ["kindler.json"] = require("kindler.syntax.json").encode(plan.nir) },
           main = "kindler.json", ok = true }
end)

return M
