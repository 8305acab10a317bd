-- command/kindler/dump.lua: kindler dump: the IR of the project file as
-- JSON on standard output, as parsed (--stage parsed, the default) or
-- normalized against the caches (--stage normalized), the steps of a run
-- (steps.lua) having run up to that stage.
local json = require "kindler.syntax.json"
local options = require "kindler.command.kindler.options"
local steps = require "kindler.command.kindler.steps"

local option, usage = options.value, options.usage

local M = {}

function M.dump(request, d)
  local stage = option(request, "stage") or "parsed"
  local doc_ir
  if stage == "parsed" then
    doc_ir = steps.parsed_ir(request, d)
  elseif stage == "normalized" then
    doc_ir = steps.normalized_ir(request, d)
  else
    return usage("unknown stage '" .. stage .. "' (parsed or normalized)")
  end
  if doc_ir and d.errors == 0 then io.write(json.encode(doc_ir)) end
end

return M
