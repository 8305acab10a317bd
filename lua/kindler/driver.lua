-- driver.lua: runs one kindler command through the lifecycle of the IR
-- specification: parse (done by the host), shape, structural validation,
-- semantic validation, and the command's own work. Returns an exit status
-- when the command needs one beyond what the diagnostics decide.
local host = require "kindler.host"
local diag = require "kindler.diag"
local json = require "kindler.json"

local M = {}

local function option(request, name)
  local value
  for _, pair in ipairs(request.options) do
    if pair[1] == name then value = pair[2] end
  end
  return value
end

local function usage(message)
  io.stderr:write("kindler: ", message, "\n")
  return 2
end

-- Steps 1 and 2: the IR as parsed, or nil after a structural error.
local function parsed_ir(request, d)
  local doc_ir = require("kindler.shape").shape(request.document, d)
  if not require("kindler.validate.structure").validate(doc_ir, d) then
    return nil
  end
  return doc_ir
end

-- Steps 1 to 4: the validated IR, or nil after a structural error.
local function validated_ir(request, d)
  local doc_ir = parsed_ir(request, d)
  if doc_ir and d.errors == 0 then
    require("kindler.validate.semantic").validate(doc_ir, d)
  end
  return d.errors == 0 and doc_ir or nil
end

local commands = {}

function commands.check(request, d)
  validated_ir(request, d)
end

function commands.dump(request, d)
  local stage = option(request, "stage") or "parsed"
  local doc_ir
  if stage == "parsed" then
    doc_ir = parsed_ir(request, d)
  elseif stage == "normalized" then
    return usage("--stage normalized is not available yet")
  else
    return usage("unknown stage '" .. stage .. "' (parsed or normalized)")
  end
  if doc_ir and d.errors == 0 then io.write(json.encode(doc_ir)) end
end

function M.main(request)
  local command = commands[request.command]
  if not command then
    return usage("'" .. request.command .. "' is not available yet")
  end
  return command(request, diag.new(request.document))
end

return M
