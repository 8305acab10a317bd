-- command/kindler/main.lua: kindler (man/kindler.1), the entry point
-- src/kindler.cc runs once the host has parsed the command line and the
-- project file. Hands the request to the command's file beside this one:
-- check and export (export.lua), dump (dump.lua), cache (cache.lua),
-- module (module.lua), init (starter.lua). They share the steps of a run
-- (steps.lua), the request's options and the usage error (options.lua)
-- and what a run says (output.lua); what they call is library
-- (kindler.validate.*, kindler.plan, kindler.export.*, ...). Returns an
-- exit status when the command needs one beyond what the diagnostics
-- decide.
local diag = require "kindler.diag"
local cache = require "kindler.command.kindler.cache"
local dump = require "kindler.command.kindler.dump"
local export = require "kindler.command.kindler.export"
local module_list = require "kindler.command.kindler.module"
local options = require "kindler.command.kindler.options"
local output = require "kindler.command.kindler.output"
local starter = require "kindler.command.kindler.starter"

local option = options.value

local M = {}

local commands = {
  check = export.check, export = export.export, dump = dump.dump,
  cache = cache.cache, module = module_list.module, init = starter.init,
}

function M.main(request)
  output.set(option(request, "q") and 0 or option(request, "v") and 2 or 1)
  local command = commands[request.command]
  if not command then
    return options.usage("'" .. request.command .. "' is not available yet")
  end
  return command(request, diag.new(request.document))
end

return M
