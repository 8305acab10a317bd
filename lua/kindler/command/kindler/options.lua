-- command/kindler/options.lua: the options of a kindler request, as the
-- host parsed them (src/kindler.cc; src/cli.cc lists them): a list of
-- { name, value } pairs in the order given. A usage error is said on
-- standard error, and is exit status 2.
local M = {}

-- The value of option name, the last one given, or nil.
function M.value(request, name)
  local value
  for _, pair in ipairs(request.options) do
    if pair[1] == name then value = pair[2] end
  end
  return value
end

-- Every value of an option given more than once, in order.
function M.values(request, name)
  local values = {}
  for _, pair in ipairs(request.options) do
    if pair[1] == name then values[#values + 1] = pair[2] end
  end
  return values
end

function M.usage(message)
  io.stderr:write("kindler: ", message, "\n")
  return 2
end

return M
