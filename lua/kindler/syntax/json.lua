-- syntax/json.lua: JSON as Kindler writes it (IR dumps, the json and
-- compdb exports): keys sorted by bytes, two-space indentation, one value
-- per line, integers without a fraction, and the same bytes on every run,
-- host and locale. Every string is escaped here: a quote, a backslash and
-- every control character, so any bytes make a valid JSON string.
local ir = require "kindler.ir"

local M = {}

-- What each character a JSON string cannot hold as it is becomes: the
-- short escapes, \u00XX for the other control characters.
local escapes = {
  ['"'] = '\\"', ['\\'] = '\\\\', ['\b'] = '\\b', ['\f'] = '\\f',
  ['\n'] = '\\n', ['\r'] = '\\r', ['\t'] = '\\t',
}
for byte = 0, 255 do
  local c = string.char(byte)
  if c:find("%c") and not escapes[c] then escapes[c] = string.format("\\u%04x", byte) end
end

local function quote(s)
  if not s:find('[%c"\\]') then return '"' .. s .. '"' end
  return '"' .. s:gsub('[%c"\\]', escapes) .. '"'
end

local function number(n)
  if n ~= n or n == math.huge or n == -math.huge then
    error("json: cannot encode " .. tostring(n))
  end
  if n == math.floor(n) and math.abs(n) < 2^53 then
    return string.format("%.0f", n)
  end
  -- %.17g is exact; the decimal point is made locale-proof by hand.
  return (string.format("%.17g", n):gsub(",", "."))
end

local function encode(v, indent, out)
  local t = type(v)
  if t == "string" then
    out[#out + 1] = quote(v)
  elseif t == "number" then
    out[#out + 1] = number(v)
  elseif t == "boolean" then
    out[#out + 1] = v and "true" or "false"
  elseif t == "table" then
    local inner = indent .. "  "
    if ir.is_list(v) then
      if #v == 0 then out[#out + 1] = "[]" return end
      out[#out + 1] = "[\n"
      for i = 1, #v do
        local item, after = v[i], i < #v and ",\n" or "\n"
        if type(item) == "string" then
          -- (The common case, in one piece: a compdb's arguments.)
          out[#out + 1] = inner .. quote(item) .. after
        else
          out[#out + 1] = inner
          encode(item, inner, out)
          out[#out + 1] = after
        end
      end
      out[#out + 1] = indent .. "]"
    else
      local keys = ir.sorted_keys(v)
      if #keys == 0 then out[#out + 1] = "{}" return end
      out[#out + 1] = "{\n"
      for i, k in ipairs(keys) do
        out[#out + 1] = inner .. quote(tostring(k)) .. ": "
        encode(v[k], inner, out)
        out[#out + 1] = i < #keys and ",\n" or "\n"
      end
      out[#out + 1] = indent .. "}"
    end
  else
    error("json: cannot encode a " .. t)
  end
end

-- The JSON text of v, ending in a newline.
function M.encode(v)
  local out = {}
  encode(v, "", out)
  out[#out + 1] = "\n"
  return table.concat(out)
end

return M
