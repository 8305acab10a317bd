-- command/kindler/module.lua: kindler module list: every module found,
-- in search order (kindler.module.loader, which loads them for a run),
-- for the project of -f (else the current directory).
local paths = require "kindler.paths"
local options = require "kindler.command.kindler.options"

local option, usage = options.value, options.usage

local M = {}

function M.module(request)
  if request.operands[1] ~= "list" or request.operands[2] then
    return usage("module takes 'list'")
  end
  local file = option(request, "f")
  local loader = require "kindler.module.loader"
  for _, m in ipairs(loader.list(file and paths.dirname(file) or ".")) do
    io.write(string.format("%-16s %-9s %s%s\n", m.name, m.what, m.path,
                           m.shadowed and " (shadowed)" or ""))
  end
end

return M
