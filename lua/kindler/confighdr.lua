-- confighdr.lua: the text of a config header (kindler(5), config_header)
-- from the facts of the target's compiler (facts.lua): configure-time
-- facts without configure. Each check becomes a macro named the autoconf
-- way, defined when the fact holds and left undefined when it does not:
--   headers    HAVE_SYS_TIME_H          1
--   functions  HAVE_STRLCPY             1
--   sizes      SIZEOF_LONG, SIZEOF_VOID_P  the size (0: no such type)
--   byte_order WORDS_BIGENDIAN          1 on a big-endian machine
--   values     NAME                     the value as written (true: 1,
--                                       false: undefined)
-- Without a template the header is those macros, sorted by name. With
-- one, it is the template with each `@NAME@` replaced by the macro's
-- value (0 when undefined) and each line `#undef NAME` (autoheader's
-- config.h.in) by the macro's definition. The same facts give the same
-- bytes.
local facts = require "kindler.facts"
local ir = require "kindler.ir"

local M = {}

local function macro_name(prefix, name)
  return prefix .. name:upper():gsub("[^%w]", "_")
end

-- The macros of a header block: { NAME = value (a string) or false }.
function M.macros(header, known)
  local out = {}
  for _, check in ipairs(facts.keys(header)) do
    local v = known[check.key]
    if check.kind == "headers" then
      out[macro_name("HAVE_", check.name)] = v == true and "1" or false
    elseif check.kind == "functions" then
      out[macro_name("HAVE_", check.name)] = v == true and "1" or false
    elseif check.kind == "sizes" then
      out[macro_name("SIZEOF_", facts.type_key(check.name))] =
        type(v) == "number" and tostring(v) or false
    else
      out.WORDS_BIGENDIAN = v == "big" and "1" or false
    end
  end
  for name, value in ir.spairs(header.values or {}) do
    if value == true then out[name] = "1"
    elseif value == false then out[name] = false
    else out[name] = tostring(value) end
  end
  return out
end

-- The header's text, and the names of the template's @NAME@ that no
-- macro answers (left as they are). what: the comment's words on where
-- it comes from.
function M.text(name, header, known, template, what)
  local macros = M.macros(header, known)
  if template then
    local unknown, seen = {}, {}
    local text = template:gsub("@([%w_]+)@", function(m)
      if macros[m] == nil then
        if not seen[m] then seen[m], unknown[#unknown + 1] = true, m end
        return nil
      end
      return macros[m] or "0"
    end)
    return (text:gsub("([^\n]*)", function(line)
      local m = line:match("^%s*#%s*undef%s+([%w_]+)%s*$")
      if m and macros[m] ~= nil then
        return macros[m] and "#define " .. m .. " " .. macros[m] or "/* #undef " .. m .. " */"
      end
      return line
    end)), unknown
  end
  local lines = { "/* " .. name .. ": " .. what .. " (kindler(5), config_header). */" }
  for _, m in ipairs(ir.sorted_keys(macros)) do
    lines[#lines + 1] = macros[m] and "#define " .. m .. " " .. macros[m]
                        or "/* #undef " .. m .. " */"
  end
  return table.concat(lines, "\n") .. "\n", {}
end

return M
