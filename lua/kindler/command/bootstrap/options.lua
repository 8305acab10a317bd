-- command/bootstrap/options.lua: kindler-bootstrap's command line, as the
-- host parsed it (src/bootstrap.cc lists the options), checked and read
-- into the options of a run. A usage error is said on standard error.
local M = {}

local function usage_error(message)
  io.stderr:write("kindler-bootstrap: ", message, "\n")
  return nil, 2
end

-- The options of the request: { dir=, where=, hints=, compilers={}, verbose=, quiet= }.
function M.parse(request)
  local opts = { compilers = {}, where = "user" }
  local places = 0
  for _, pair in ipairs(request.options or {}) do
    local name, value = pair[1], pair[2]
    if name == "system" or name == "user" or name == "cache-dir" then
      places = places + 1
      opts.where = name
      if name == "cache-dir" then
        if value == "" then return usage_error("--cache-dir needs a directory") end
        opts.dir = value
      end
    elseif name == "hints" then
      if value == "" then return usage_error("--hints needs a directory") end
      opts.hints = value
    elseif name == "compiler" then
      if value == "" then return usage_error("--compiler needs a hint name") end
      local seen = false
      for _, c in ipairs(opts.compilers) do seen = seen or c == value end
      if not seen then opts.compilers[#opts.compilers + 1] = value end
    elseif name == "target" then
      if not value:match("^[%w_][%w_.+-]*$") then
        return usage_error("--target needs a target triple, such as x86_64-w64-mingw32")
      end
      opts.target = value
    elseif name == "v" then
      opts.verbose = true
    elseif name == "q" then
      opts.quiet = true
    else
      return usage_error("unknown option --" .. tostring(name))
    end
  end
  if places > 1 then
    return usage_error("give one of --system, --user and --cache-dir")
  end
  if opts.verbose and opts.quiet then
    return usage_error("give -v or -q, not both")
  end
  return opts
end

return M
