-- t/bootstrap/format.lua: a second, independent implementation of
-- cache/FORMAT, written from the document alone, in plain Lua 5.1 (no
-- Kindler code). It encodes each cache/samples/NAME.facts and compares the
-- bytes with NAME.bin, and decodes NAME.bin: if the document and the C++
-- codec ever disagree, this fails.
--
--   lua5.1 t/bootstrap/format.lua SAMPLESDIR NAME...
--
-- Prints "ok N - ..." / "not ok N - ..." lines (no summary: run.sh counts).

local dir = arg[1]
local n = 0
local failed = 0

local function report(ok, what, why)
  n = n + 1
  if ok then
    print(("ok %d - %s"):format(n, what))
  else
    failed = failed + 1
    print(("not ok %d - %s"):format(n, what))
    if why then print("#   " .. why) end
  end
end

-- CRC-32 (reflected 0xEDB88320, init and final complement), with
-- arithmetic in place of bit operations.
local function bxor(a, b)
  local r, bit = 0, 1
  while a > 0 or b > 0 do
    local x, y = a % 2, b % 2
    if x ~= y then r = r + bit end
    a, b, bit = (a - x) / 2, (b - y) / 2, bit * 2
  end
  return r
end

local TABLE = {}
for i = 0, 255 do
  local c = i
  for _ = 1, 8 do
    if c % 2 == 1 then c = bxor(0xEDB88320, (c - 1) / 2) else c = c / 2 end
  end
  TABLE[i] = c
end

local function crc32(s)
  local crc = 0xFFFFFFFF
  for i = 1, #s do
    local idx = bxor(crc % 256, s:byte(i))
    crc = bxor(TABLE[idx], math.floor(crc / 256))
  end
  return 0xFFFFFFFF - crc
end

local function u8(v) return string.char(v % 256) end
local function u16(v) return string.char(math.floor(v / 256) % 256, v % 256) end
local function u32(v) return u16(math.floor(v / 65536) % 65536) .. u16(v % 65536) end
local function str16(s) return u16(#s) .. s end

local function read_u(s, at, size)
  local v = 0
  for i = at, at + size - 1 do v = v * 256 + s:byte(i) end
  return v
end

-- Facts (cache/FORMAT section 6) -> { kind=, name=, version=, digest=, entries = { {key, type, text} } }
local function unquote(v)
  local body = v:match('^"(.*)"$')
  if not body then return nil end
  body = body:gsub("\\x(%x%x)", function(h) return "\\" .. tonumber(h, 16) end)
  return loadstring("return \"" .. body .. "\"")()
end

local function parse_facts(text)
  local facts, section = { entries = {} }, nil
  for line in text:gmatch("[^\n]+") do
    if line:match("^%s*#") or line:match("^%s*$") then
    elseif line == "[header]" or line == "[entries]" then
      section = line
    else
      local key, value = line:match("^(.-) = (.*)$")
      if section == "[header]" then
        facts[key] = unquote(value)
      elseif value == "true" then
        facts.entries[#facts.entries + 1] = { key, 1 }
      elseif value == "false" then
        facts.entries[#facts.entries + 1] = { key, 0 }
      elseif value:match("^%-?%d+$") then
        facts.entries[#facts.entries + 1] = { key, 3, value }
      else
        facts.entries[#facts.entries + 1] = { key, 2, unquote(value) }
      end
    end
  end
  return facts
end

local function encode(facts)
  table.sort(facts.entries, function(a, b) return a[1] < b[1] end)
  local body = { str16(facts.name), str16(facts.kindler_version),
                 str16(facts.hint_digest), u32(#facts.entries) }
  for _, e in ipairs(facts.entries) do
    body[#body + 1] = str16(e[1]) .. u8(e[2])
    if e[2] >= 2 then body[#body + 1] = u32(#e[3]) .. e[3] end
  end
  body = table.concat(body)
  local kind = facts.kind == "os" and 1 or 2
  local length = 24 + #body
  local head = "KINDLER\26" .. u16(1) .. u16(0x0102) .. u8(kind) .. "\0\0\0" .. u32(length)
  local crc = crc32(head .. u32(0) .. body)
  return head .. u32(crc) .. body
end

local function decode(s)
  if s:sub(1, 8) ~= "KINDLER\26" then return nil, "magic" end
  if read_u(s, 9, 2) ~= 1 or read_u(s, 11, 2) ~= 0x0102 then return nil, "version" end
  if read_u(s, 17, 4) ~= #s then return nil, "length" end
  if read_u(s, 21, 4) ~= crc32(s:sub(1, 20) .. "\0\0\0\0" .. s:sub(25)) then
    return nil, "checksum"
  end
  local at = 25
  local function str()
    local len = read_u(s, at, 2)
    local v = s:sub(at + 2, at + 1 + len)
    at = at + 2 + len
    return v
  end
  local out = { kind = s:byte(13) == 1 and "os" or "compiler", entries = {} }
  out.name, out.kindler_version, out.hint_digest = str(), str(), str()
  local count = read_u(s, at, 4)
  at = at + 4
  for _ = 1, count do
    local key = str()
    local t = s:byte(at)
    at = at + 1
    local text
    if t >= 2 then
      local len = read_u(s, at, 4)
      text = s:sub(at + 4, at + 3 + len)
      at = at + 4 + len
    end
    out.entries[#out.entries + 1] = { key, t, text }
  end
  if at ~= #s + 1 then return nil, "trailing bytes" end
  return out
end

local function read(path)
  local f = io.open(path, "rb")
  if not f then return nil end
  local s = f:read("*a")
  f:close()
  return s
end

report(crc32("123456789") == 0xCBF43926, "CRC-32 of \"123456789\" is 0xCBF43926")
for i = 2, #arg do
  local name = arg[i]
  local facts_text, bin = read(dir .. "/" .. name .. ".facts"), read(dir .. "/" .. name .. ".bin")
  if not facts_text or not bin then
    report(false, name .. ": sample files exist", "missing " .. name .. ".facts or .bin")
  else
    local facts = parse_facts(facts_text)
    local mine = encode(facts)
    local first
    for j = 1, math.max(#mine, #bin) do
      if mine:byte(j) ~= bin:byte(j) then first = j - 1; break end
    end
    report(mine == bin, name .. ".bin is what cache/FORMAT says its facts encode to",
           first and ("first difference at byte " .. first) or nil)
    local decoded, problem = decode(bin)
    local same = decoded ~= nil and #decoded.entries == #facts.entries
      and decoded.name == facts.name and decoded.hint_digest == facts.hint_digest
    if same then
      for j, e in ipairs(decoded.entries) do
        local f = facts.entries[j]
        if e[1] ~= f[1] or e[2] ~= f[2] or e[3] ~= f[3] then same = false end
      end
    end
    report(same, name .. ".bin decodes by cache/FORMAT to its facts", problem)
  end
end
os.exit(failed == 0 and 0 or 1)
