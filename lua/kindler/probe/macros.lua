-- probe/macros.lua: what a compiler's predefined macros say about it,
-- without running anything: the identify fields of a hint for a language,
-- the probe file that prints every macro any hint names, reading the
-- preprocessed output back, whether a hint claims the compiler, and the
-- version its version macros give (by identify.version_format). It needs
-- no host, so that t/hints/identify.lua checks the hints with this very
-- code under plain lua5.1.
local vocabulary = require "kindler.probe.vocabulary"

local M = {}

-- The identify fields of a hint for one language (per_language overrides).
function M.identity(hint, lang)
  local id = hint.identify or {}
  local pl = id.per_language and id.per_language[lang] or {}
  local macro = id.macro
  if pl.macro ~= nil then macro = pl.macro end
  return {
    macro = macro,
    unless = pl.unless or id.unless or {},
    version = pl.version or id.version or {},
    version_format = pl.version_format or id.version_format or "dotted",
    banner = id.banner,
  }
end

-- Every macro any of the hints uses to identify a compiler, sorted.
function M.macro_names(records)
  local seen, names = {}, {}
  local function add(name)
    if type(name) == "string" and name:match("^[%a_][%w_]*$") and not seen[name] then
      seen[name] = true
      names[#names + 1] = name
    end
  end
  for _, rec in pairs(records) do
    for _, lang in ipairs(vocabulary.LANGUAGES) do
      local ident = M.identity(rec.hint, lang)
      add(ident.macro)
      for _, m in ipairs(ident.unless) do add(m) end
      for _, m in ipairs(ident.version) do add(m) end
    end
  end
  add("__STDC_VERSION__")
  add("__cplusplus")
  table.sort(names)
  return names
end

function M.identify_source(names)
  local lines = { "kindler_probe_begin" }
  for _, name in ipairs(names) do
    lines[#lines + 1] = "#ifdef " .. name
    lines[#lines + 1] = 'kindler_macro "' .. name .. '" = ' .. name .. " ;"
    lines[#lines + 1] = "#endif"
  end
  lines[#lines + 1] = "kindler_probe_end"
  return table.concat(lines, "\n") .. "\n"
end

-- The macros in preprocessor output: { NAME = "value as written" }, or nil
-- when the output is not a complete preprocessed probe.
function M.parse_macros(output)
  if not output:find("kindler_probe_end", 1, true) then return nil end
  local macros = {}
  for name, value in output:gmatch('kindler_macro%s*"([%w_]+)"%s*=%s*([^;\n]-)%s*;') do
    macros[name] = value
  end
  return macros
end

-- A macro's value as a number: 12, 0x5100, 199901L, (744).
local function macro_number(value)
  if not value then return nil end
  local v = value:gsub("[%s()]", ""):gsub("[uUlL]+$", "")
  if v:match("^0[xX]%x+$") then return tonumber(v:sub(3), 16) end
  if v:match("^%d+$") then return tonumber(v) end
  return nil
end

-- The version the version macros give, by version_format:
--   dotted      each macro is one component: __GNUC__ __GNUC_MINOR__
--               __GNUC_PATCHLEVEL__ 12 2 0 -> 12.2.0
--   digits      one macro VRM, the last two digits release and modification:
--               _COMPILER_VERSION 744 -> 7.4.4, __IBMC__ 1110 -> 11.1.0
--   vvrrpp      one macro V RR PP: __TINYC__ 927 -> 0.9.27,
--               __HP_cc 62500 -> 6.25.0
--   sunpro_hex  one hex macro 0xVRRP (0xVRP before 5.10), the patch level
--               only when not zero: __SUNPRO_C 0x5100 -> 5.10,
--               0x5130 -> 5.13, 0x590 -> 5.9, 0x5131 -> 5.13.1
--   hex_vvrr    one hex macro 0xVVRR: __xlC__ 0x0b01 -> 11.1
function M.version_from_macros(ident, macros)
  local fmt = ident.version_format or "dotted"
  local values = {}
  for _, m in ipairs(ident.version) do
    local n = macro_number(macros[m])
    if n then values[#values + 1] = n end
  end
  if #values == 0 then return nil end
  local n = values[1]
  if fmt == "dotted" then
    local parts = {}
    for i, v in ipairs(values) do parts[i] = string.format("%d", v) end
    return table.concat(parts, ".")
  elseif fmt == "digits" then
    return string.format("%d.%d.%d", math.floor(n / 100), math.floor(n / 10) % 10, n % 10)
  elseif fmt == "vvrrpp" then
    return string.format("%d.%d.%d", math.floor(n / 10000), math.floor(n / 100) % 100, n % 100)
  elseif fmt == "sunpro_hex" then
    local digits = string.format("%x", n)     -- "5130": V RR P; "590": V R P
    local rlen = n >= 0x5100 and 2 or 1
    local v = tonumber(digits:sub(1, -2 - rlen)) or 0
    local r = tonumber(digits:sub(-1 - rlen, -2)) or 0
    local p = tonumber(digits:sub(-1)) or 0
    if p ~= 0 then return string.format("%d.%d.%d", v, r, p) end
    return string.format("%d.%d", v, r)
  elseif fmt == "hex_vvrr" then
    return string.format("%d.%d", math.floor(n / 256), n % 256)
  end
  return nil
end

-- true when the macros show the hint's compiler for lang, false when they
-- show it is not, nil when the hint names no macro.
function M.matches(hint, lang, macros)
  local ident = M.identity(hint, lang)
  if not ident.macro then return nil end
  if macros[ident.macro] == nil then return false end
  for _, m in ipairs(ident.unless) do
    if macros[m] ~= nil then return false end
  end
  return true
end

return M
