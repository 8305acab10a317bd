-- command/kindler/steps.lua: the steps of a run (kindler(5), VALIDATION)
-- that check, export and dump share: parse (done by the host), shape,
-- structural validation, semantic validation, normalization, toolchain and
-- OS validation against the caches, final normalization; the project's
-- modules load and run their hooks and validators along the way. Export
-- is the last step (export.lua).
local cachekeys = require "kindler.cachekeys"
local diag = require "kindler.diag"
local modules = require "kindler.modules"
local normalize = require "kindler.normalize"
local paths = require "kindler.paths"
local options = require "kindler.command.kindler.options"
local output = require "kindler.command.kindler.output"

local option = options.value
local say, count = output.say, output.count

local M = {}

-- Loads the modules the project names (project.modules), which register
-- what they bring; false after an error.
local function load_modules(request, doc_ir, d)
  local project_dir = paths.dirname(request.document.path)
  modules.context = { d = d, parsed = doc_ir, project_dir = project_dir }
  require("kindler.module.call").d = d
  local names = doc_ir.project and doc_ir.project.modules
  if not names then return true end
  local loader = require "kindler.module.loader"
  for i, name in ipairs(names) do
    if not loader.valid_name(name) then
      d:report("KIN-108", names, i, "module name " .. diag.quoted(name) ..
               " is neither a plain name nor ./PATH below the project's directory",
               "name a module by its file's name without .lua (kindler-modules(7))")
      return false
    end
  end
  if not loader.load(d, require("kindler.module.api"), names, project_dir) then
    return false
  end
  say(2, "loaded ", count(#names, "module"))
  return true
end

-- Steps 1 and 2: the IR as parsed, or nil after a structural error. The
-- project's modules load once its structure is sound; their normalizers
-- add defaults, their after_parse hooks and structure validators run.
function M.parsed_ir(request, d)
  local doc_ir = require("kindler.shape").shape(request.document, d)
  say(2, "read ", request.document.path)
  if not require("kindler.validate.structure").validate(doc_ir, d) then
    return nil
  end
  if not load_modules(request, doc_ir, d) then return nil end
  modules.run_normalizers(doc_ir)
  modules.run_hooks("after_parse", doc_ir)
  modules.run_validators("structure", doc_ir, d)
  return d.errors == 0 and doc_ir or nil
end

-- Steps 1 to 4: the validated IR, or nil after a structural error.
function M.validated_ir(request, d)
  local doc_ir = M.parsed_ir(request, d)
  if not doc_ir then return nil end
  require("kindler.validate.semantic").validate(doc_ir, d)
  modules.run_validators("semantic", doc_ir, d)
  say(2, "validated the structure and the meaning")
  return doc_ir
end

-- Steps 3 to 6: the normalized IR with its environment, or nil; parsed is
-- the validated IR when the caller has it already.
function M.normalized_ir(request, d, parsed)
  parsed = parsed or M.validated_ir(request, d)
  if not parsed then return nil end
  local env = require("kindler.toolchain").load(d, option(request, "cache-dir"),
                                                option(request, "target"))
  if not env then return nil end
  normalize.add_static_twins(parsed, d)
  if d.errors > 0 then return nil end
  local nir = normalize.defaults(parsed)
  if not require("kindler.validate.environment").validate(
      nir, parsed, env, d, option(request, "toolchain")) then
    return nil
  end
  require("kindler.pkgconfig").expand(nir, parsed, d)
  require("kindler.facts").gather(nir, env, d)
  modules.run_validators("environment", nir, d)
  say(2, "normalized for ", cachekeys.os(env.os, "os.name"), "'s caches")
  local finished, errors = normalize.finish(nir, env.os), d.errors
  modules.run_hooks("after_normalize", finished)
  if d.errors > errors then return nil end
  return finished, env, parsed
end

return M
