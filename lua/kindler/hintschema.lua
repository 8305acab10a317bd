-- hintschema.lua: the format of the hint files (man/kindler-hints.5) as
-- data and the checks of one hint against it: every field present with its
-- type and values, no unknown key (a misspelt key is an error, never a
-- silent default), "{}" exactly where a flag template takes an argument,
-- the standards, Lua patterns, the rules between fields; and a reader of
-- the text that finds each key's line. Used by the loader (hints.lua) and
-- by t/hints/check.lua, which adds the checks of a whole hint directory.
-- No io or os: it runs inside the product.
local schema = require "kindler.schema"
local suggest = require "kindler.suggest"

local M = {}

-- The standards, C's then C++'s (schema.lua owns them), and the languages.
local STANDARDS = {}
for _, family in ipairs(schema.enums.family) do
  for _, s in ipairs(schema.standards[family]) do STANDARDS[#STANDARDS + 1] = s end
end
local LANGUAGES = schema.enums.family
M.STANDARDS = STANDARDS

local function set_of(list)
  local s = {}
  for _, v in ipairs(list) do s[v] = true end
  return s
end

local STANDARD_SET, LANGUAGE_SET = set_of(STANDARDS), set_of(LANGUAGES)
local DIALECT_SET = set_of(schema.dialects)

local function describe(v)
  if v == false or v == true then return tostring(v) end
  if type(v) == "string" then return ("%q"):format(v) end
  return type(v)
end

-- "flags.abi.64" style paths; keys that are not plain names are bracketed
-- ("identify.unless[2]", 'std_map["c-89"]').
local function join(path, key)
  local k = tostring(key)
  if type(key) == "number" then return path .. "[" .. k .. "]" end
  if type(key) ~= "string" or not k:match("^[%a_][%w_%+]*$") then
    return path .. "[" .. describe(key) .. "]"
  end
  if path == "" then return k end
  return path .. "." .. k
end

local function sorted_keys(t)
  local keys = {}
  for k in pairs(t) do keys[#keys + 1] = k end
  table.sort(keys, function(a, b) return tostring(a) < tostring(b) end)
  return keys
end

---------------------------------------------------------------------------
-- "A pure table constructor": a tokenizer and a parser for the only
-- grammar a hint may use:
--   chunk = "return" table [";"]
--   table = "{" [ field { ("," | ";") field } [ "," | ";" ] ] "}"
--   field = "[" constant "]" "=" value | Name "=" value | value
--   value = string | number | "-" number | true | false | table
-- No calls, no operators, no variables, no nil; and no key given twice.
---------------------------------------------------------------------------

local KEYWORDS = set_of({ "and", "break", "do", "else", "elseif", "end", "false",
  "for", "function", "if", "in", "local", "nil", "not", "or", "repeat",
  "return", "then", "true", "until", "while" })

local ESCAPES = { a = "\a", b = "\b", f = "\f", n = "\n", r = "\r", t = "\t",
                  v = "\v" }

local function tokenize(text)
  local tokens, i, line, n = {}, 1, 1, #text
  local function add(kind, value) tokens[#tokens + 1] = { kind = kind, value = value, line = line } end
  local function count_lines(s) local _, c = s:gsub("\n", "") line = line + c end
  -- The tokens read so far, ended, and what stopped the reading.
  local function stop(message)
    add("eof", "<end of file>")
    return tokens, message
  end
  -- [[...]] or [==[...]==] starting at position p; returns the body and the end.
  local function long_bracket(p)
    local eq = text:match("^%[(=*)%[", p)
    if not eq then return nil end
    local close = "]" .. eq .. "]"
    local s = p + #eq + 2
    local e = text:find(close, s, true)
    if not e then return nil, "unfinished long string or comment" end
    return text:sub(s, e - 1), e + #close
  end
  while i <= n do
    local c = text:sub(i, i)
    if c == "\n" then
      line = line + 1; i = i + 1
    elseif c:match("%s") then
      i = i + 1
    elseif text:sub(i, i + 1) == "--" then
      local body, nexti = long_bracket(i + 2)
      if body then
        count_lines(body); i = nexti
      elseif nexti then
        return stop(line .. ": " .. nexti)
      else
        local e = text:find("\n", i, true)
        i = e or n + 1
      end
    elseif c == '"' or c == "'" then
      local j, buf = i + 1, {}
      while true do
        local d = text:sub(j, j)
        if d == "" or d == "\n" then return stop(line .. ": unfinished string") end
        if d == c then break end
        if d == "\\" then
          -- Escapes as Lua 5.1 reads them: \ddd, the letters, else the byte.
          local e = text:sub(j + 1, j + 1)
          local digits = text:match("^%d%d?%d?", j + 1)
          if digits then
            if tonumber(digits) > 255 then return stop(line .. ": bad escape in string") end
            buf[#buf + 1] = string.char(tonumber(digits))
            j = j + 1 + #digits
          else
            if e == "\n" then line = line + 1 end
            buf[#buf + 1] = ESCAPES[e] or e
            j = j + 2
          end
        else
          buf[#buf + 1] = d
          j = j + 1
        end
      end
      add("string", table.concat(buf))
      i = j + 1
    elseif c == "[" and text:match("^%[=*%[", i) then
      local body, nexti = long_bracket(i)
      if not body then return stop(line .. ": " .. (nexti or "bad long string")) end
      add("string", (body:gsub("^\n", "")))
      count_lines(body); i = nexti
    elseif c:match("[%d]") or (c == "." and text:sub(i + 1, i + 1):match("%d")) then
      local j = i
      while j <= n do
        local d = text:sub(j, j)
        if d:match("[%w%.]") then
          j = j + 1
        elseif (d == "+" or d == "-") and text:sub(j - 1, j - 1):match("[eE]")
            and not text:sub(i, j - 1):match("^0[xX]") then
          j = j + 1
        else
          break
        end
      end
      local s = text:sub(i, j - 1)
      local v = tonumber(s)
      if not v then return stop(line .. ": malformed number '" .. s .. "'") end
      add("number", v)
      i = j
    elseif c:match("[%a_]") then
      local s = text:match("^[%a_][%w_]*", i)
      if KEYWORDS[s] then add("keyword", s) else add("name", s) end
      i = i + #s
    elseif c:match("[{}%[%]=,;%-]") then
      add("punct", c)
      i = i + 1
    else
      if not c:match("[%w%p ]") then
        return stop(line .. ": byte " .. c:byte() .. " is not text: a hint is a text file")
      end
      local s = text:match("^[%.%(%):#%+%*/%%%^<>~]+", i) or c
      return stop(line .. ": '" .. s .. "' is not allowed: a hint is data, not code")
    end
  end
  add("eof", "<end of file>")
  return tokens
end

-- Reads the text of a hint as that grammar. Returns the problems ("LINE:
-- message", none for a plain constructor) and the lines of its keys:
-- { [path] = line }, paths as join() writes them, "" for the table itself
-- (as far as it read, when it stopped at a problem).
function M.read(text)
  local lines = {}
  local tokens, err = tokenize(text)
  local pos, problems = 1, {}
  local function peek(k) return tokens[pos + (k or 0)] end
  local function fail(msg)
    error({ msg = peek().line .. ": " .. msg }, 0)
  end
  local function shown(t)
    if t.kind == "string" then return ("%q"):format(t.value) end
    return "'" .. tostring(t.value) .. "'"
  end
  local function expect(kind, value)
    local t = peek()
    if t.kind ~= kind or (value and t.value ~= value) then
      fail("expected '" .. (value or kind) .. "', found " .. shown(t))
    end
    pos = pos + 1
    return t
  end
  local parse_table
  local function parse_value(path)
    local t = peek()
    if t.kind == "string" or t.kind == "number" then
      pos = pos + 1; return t.value
    elseif t.kind == "punct" and t.value == "-" then
      pos = pos + 1
      local num = expect("number")
      return -num.value
    elseif t.kind == "keyword" and (t.value == "true" or t.value == "false") then
      pos = pos + 1; return t.value == "true"
    elseif t.kind == "keyword" and t.value == "nil" then
      fail("nil is not allowed: leave the key out")
    elseif t.kind == "punct" and t.value == "{" then
      return parse_table(path)
    elseif t.kind == "name" then
      fail("'" .. t.value .. "' is a variable: quote it if it is a string")
    end
    fail("expected a value, found " .. shown(t))
  end
  parse_table = function(path)
    lines[path] = lines[path] or peek().line
    expect("punct", "{")
    local seen, index = {}, 0
    -- Notes the key's line; returns the path of its value.
    local function key_seen(key, line)
      local k = type(key) == "string" and ("%q"):format(key) or tostring(key)
      if seen[k] then
        problems[#problems + 1] = line .. ": key " .. k .. " given twice (first on line " .. seen[k] .. ")"
      else
        seen[k] = line
        lines[join(path, key)] = line
      end
      return join(path, key)
    end
    while not (peek().kind == "punct" and peek().value == "}") do
      local t = peek()
      if t.kind == "punct" and t.value == "[" then
        pos = pos + 1
        local k = peek()
        if k.kind ~= "string" and k.kind ~= "number" then
          fail("a bracketed key must be a string or a number")
        end
        pos = pos + 1
        expect("punct", "]"); expect("punct", "=")
        parse_value(key_seen(k.value, t.line))
      elseif t.kind == "name" and peek(1).kind == "punct" and peek(1).value == "=" then
        pos = pos + 2
        parse_value(key_seen(t.value, t.line))
      else
        index = index + 1
        parse_value(key_seen(index, t.line))
      end
      local sep = peek()
      if sep.kind == "punct" and (sep.value == "," or sep.value == ";") then
        pos = pos + 1
      elseif not (sep.kind == "punct" and sep.value == "}") then
        fail("expected ',' or '}', found " .. shown(sep))
      end
    end
    expect("punct", "}")
    return true
  end
  local ok, e = pcall(function()
    expect("keyword", "return")
    if not (peek().kind == "punct" and peek().value == "{") then
      fail("a hint is 'return { ... }'")
    end
    parse_table("")
    if peek().kind == "punct" and peek().value == ";" then pos = pos + 1 end
    if peek().kind ~= "eof" then fail("nothing may follow the table, found " .. shown(peek())) end
  end)
  -- A text the tokenizer stopped in was parsed for the lines before.
  if err then return { err }, lines end
  if not ok then
    if type(e) == "table" then table.insert(problems, 1, e.msg) else error(e, 0) end
  end
  return problems, lines
end

-- The line of path in lines (M.read), else of the nearest table around it
-- that has one; 0 when none has.
function M.line(lines, path)
  while path ~= "" and not lines[path] do
    path = path:match("^(.*)%.[^.%[]*$") or path:match("^(.*)%[[^%[]*$") or ""
  end
  return lines[path] or 0
end

---------------------------------------------------------------------------
-- Shape checking.  A checker is { name = "what it expects",
-- check = function(value, path, ctx) }; ctx:add(category, path, message
-- [, known key it suggests]) collects the problems in the order found
-- (ctx.all: { category=, path=, message=, suggest= }) and as "path:
-- message" lines by category (ctx:get(category)).
---------------------------------------------------------------------------

local function new_ctx()
  local ctx = { problems = {}, all = {} }
  function ctx:add(category, path, message, suggest)
    local list = self.problems[category]
    if not list then list = {}; self.problems[category] = list end
    list[#list + 1] = (path ~= "" and path .. ": " or "") .. message
    self.all[#self.all + 1] = { category = category, path = path, message = message,
                                suggest = suggest }
  end
  function ctx:get(category) return self.problems[category] or {} end
  return ctx
end

-- " (did you mean 'K'?)" for the known name nearest key, and that name.
local function suggestion(key, known)
  local best = type(key) == "string" and suggest.closest(key, known)
  if not best then return "" end
  return " (did you mean '" .. best .. "'?)", best
end

local function wrong_type(ctx, path, expected, v)
  ctx:add("type", path, "expected " .. expected .. ", got " .. describe(v))
end

local STRING = { name = "a string", check = function(v, p, c)
  if type(v) ~= "string" then wrong_type(c, p, "a string", v) end
end }

local NONEMPTY = { name = "a non-empty string", check = function(v, p, c)
  if type(v) ~= "string" or v == "" then wrong_type(c, p, "a non-empty string", v) end
end }

local ABSPATH = { name = "an absolute path", check = function(v, p, c)
  if type(v) ~= "string" then wrong_type(c, p, "an absolute path", v)
  elseif v:sub(1, 1) ~= "/" then c:add("value", p, "must be an absolute path, got " .. describe(v)) end
end }

local RELPATH = { name = "a relative directory", check = function(v, p, c)
  if type(v) ~= "string" or v == "" then wrong_type(c, p, "a relative directory", v)
  elseif v:sub(1, 1) == "/" or v:match("%.%.") then
    c:add("value", p, "must be relative to PREFIX (no leading /, no ..), got " .. describe(v))
  end
end }

local BOOLEAN = { name = "true or false", check = function(v, p, c)
  if type(v) ~= "boolean" then wrong_type(c, p, "true or false", v) end
end }

local POSINT = { name = "a positive integer", check = function(v, p, c)
  if type(v) ~= "number" or v < 1 or v ~= math.floor(v) then
    wrong_type(c, p, "a positive integer", v)
  end
end }

local function enum(values)
  local s = set_of(values)
  local name = "one of \"" .. table.concat(values, "\", \"") .. "\""
  return { name = name, check = function(v, p, c)
    if type(v) ~= "string" then wrong_type(c, p, name, v)
    elseif not s[v] then c:add("value", p, "must be " .. name .. ", got " .. describe(v)) end
  end }
end

-- checker a, or else false.
local function or_false(a)
  local name = a.name .. " or false"
  return { name = name, check = function(v, p, c)
    if v == false then return end
    if v == true then return wrong_type(c, p, name, v) end
    a.check(v, p, c)
  end }
end

-- A list: keys 1..n only.
local function list(elem, opts)
  opts = opts or {}
  local name = "a list of " .. elem.name:gsub("^an? ", "") .. "s"
  return { name = name, check = function(v, p, c)
    if type(v) ~= "table" then return wrong_type(c, p, name, v) end
    local n = #v
    for k in pairs(v) do
      if type(k) ~= "number" or k < 1 or k > n or k ~= math.floor(k) then
        c:add("type", join(p, k), "a list takes no keys, only values")
      end
    end
    if opts.nonempty and n == 0 then c:add("value", p, "must not be empty") end
    local seen = {}
    for i = 1, n do
      elem.check(v[i], join(p, i), c)
      if opts.unique and v[i] ~= nil then
        if seen[v[i]] then c:add("value", p, describe(v[i]) .. " is listed twice") end
        seen[v[i]] = true
      end
    end
  end }
end

-- A record: fields = { { key, checker [, optional = true] }, ... }.
-- Unknown keys are reported under "unknown", with the nearest known key.
local function record(fields, extra)
  local known, known_list = {}, {}
  for _, f in ipairs(fields) do known[f[1]] = f; known_list[#known_list + 1] = f[1] end
  return { name = "a table", fields = fields, check = function(v, p, c)
    if type(v) ~= "table" then return wrong_type(c, p, "a table", v) end
    for _, f in ipairs(fields) do
      local val = v[f[1]]
      if val == nil then
        if not f.optional then c:add("missing", join(p, f[1]), "missing (required)") end
      else
        f[2].check(val, join(p, f[1]), c)
      end
    end
    for _, k in ipairs(sorted_keys(v)) do
      if not known[k] then
        local mean, best = suggestion(k, known_list)
        c:add("unknown", join(p, k), "unknown key" .. mean
          .. "; known here: " .. table.concat(known_list, ", "), best)
      end
    end
    if extra then extra(v, p, c) end
  end }
end

-- A table whose keys are names matching `keypattern` and values `elem`.
local function map(keyname, keyok, elem, category)
  return { name = "a table", check = function(v, p, c)
    if type(v) ~= "table" then return wrong_type(c, p, "a table", v) end
    for _, k in ipairs(sorted_keys(v)) do
      if type(k) ~= "string" or not keyok(k) then
        c:add(category or "unknown", join(p, k), "not " .. keyname)
      else
        elem.check(v[k], join(p, k), c)
      end
    end
  end }
end

local function is_language(k) return LANGUAGE_SET[k] end
local function is_abi_name(k) return k:match("^[%w_]+$") ~= nil end

---------------------------------------------------------------------------
-- Flag templates
---------------------------------------------------------------------------

-- Words are separated by exactly one space; "{}" only where an argument goes.
local function check_template(s, p, c, takes_argument)
  if type(s) ~= "string" then return end
  if s:match("^%s") or s:match("%s$") or s:match("  ") or s:match("[\t\n\r]") then
    c:add("template", p, "words must be separated by single spaces: " .. describe(s))
  end
  local holes = select(2, s:gsub("{}", ""))
  if takes_argument then
    if holes ~= 1 then c:add("template", p, "takes an argument: must contain \"{}\" once, got " .. describe(s)) end
  elseif holes ~= 0 then
    c:add("template", p, "takes no argument: must not contain \"{}\", got " .. describe(s))
  end
  local rest = s:gsub("{}", "")
  if rest:match("[{}]") then c:add("template", p, "stray brace in " .. describe(s)) end
end

local function template(takes_argument, allow_false, allow_empty)
  local base = allow_empty and STRING or NONEMPTY
  local name = base.name .. (allow_false and " or false" or "")
  return { name = name, check = function(v, p, c)
    if v == false and allow_false then return end
    if type(v) ~= "string" or (v == "" and not allow_empty) then
      return wrong_type(c, p, name, v)
    end
    check_template(v, p, c, takes_argument)
  end }
end

local ABI_FLAGS = { name = "a table", check = function(v, p, c)
  if type(v) ~= "table" then return wrong_type(c, p, "a table of ABI name = flag", v) end
  for _, k in ipairs(sorted_keys(v)) do
    if type(k) ~= "string" or not is_abi_name(k) then
      c:add("type", join(p, k), "an ABI name is letters, digits and _")
    elseif type(v[k]) ~= "string" or v[k] == "" then
      wrong_type(c, join(p, k), "a non-empty string", v[k])
    else
      check_template(v[k], join(p, k), c, false)
    end
  end
end }

local FLAG_FIELDS = {
  { "compile",        template(false, false, false) },
  { "output",         template(true,  false, false) },
  { "define",         template(true,  false, false) },
  { "include",        template(true,  false, false) },
  { "system_include", template(true,  true,  false) },
  { "libdir",         template(true,  false, false) },
  { "lib",            template(true,  false, false) },
  { "pic",            template(false, false, true) },
  { "shared",         template(false, false, false) },
  { "soname",         template(true,  true,  false) },
  { "rpath",          template(true,  true,  false) },
  { "rpath_join",     or_false(NONEMPTY) },
  { "rpath_tail",     list(ABSPATH), optional = true },
  { "depfile",        template(true,  true,  false) },
  { "depfile_target", template(true,  true,  false), optional = true },
  { "depfile_system", template(true,  true,  false), optional = true },
  { "implib",         template(true,  true,  false), optional = true },
  { "static_runtime", template(false, true,  false), optional = true },
  { "threads",        template(false, false, false) },
  { "werror",         template(false, true,  false) },
  { "static",         template(false, true,  false) },
  { "response_file",  template(true,  true,  false), optional = true },
  { "optimize",       template(false, true,  false) },
  { "optimize_size",  template(false, true,  false) },
  { "debug",          template(false, true,  false) },
  { "abi",            ABI_FLAGS },
}

local FLAGS = record(FLAG_FIELDS, function(v, p, c)
  if v.rpath == false and v.rpath_join then
    c:add("value", join(p, "rpath_join"), "must be false when rpath is false")
  end
  if v.depfile_system and not v.depfile then
    c:add("value", join(p, "depfile_system"), "needs a depfile")
  end
  if v.depfile_target and not v.depfile then
    c:add("value", join(p, "depfile_target"), "needs a depfile")
  end
end)

-- The same fields, all optional: an OS hint's flag_overrides.
local OVERRIDE_FIELDS = {}
for i, f in ipairs(FLAG_FIELDS) do OVERRIDE_FIELDS[i] = { f[1], f[2], optional = true } end
local FLAG_OVERRIDES = record(OVERRIDE_FIELDS)

---------------------------------------------------------------------------
-- Lua patterns
---------------------------------------------------------------------------

-- Reads a Lua pattern the way Lua 5.1's matcher does and returns the number
-- of captures, or nil and what is wrong.  (string.find alone does not do:
-- it stops reading the pattern as soon as the subject fails to match.)
local function parse_pattern(pat)
  local n, open, i, len = 0, 0, 1, #pat
  local function set_end(j)          -- j is just after '['; returns index after ']'
    if pat:sub(j, j) == "^" then j = j + 1 end
    repeat                           -- the first ']' is literal
      if j > len then return nil end
      if pat:sub(j, j) == "%" then j = j + 1 end
      j = j + 1
    until pat:sub(j, j) == "]"
    return j + 1
  end
  while i <= len do
    local ch = pat:sub(i, i)
    if ch == "%" then
      local e = pat:sub(i + 1, i + 1)
      if e == "" then return nil, "ends with '%'" end
      if e == "b" then
        if #pat:sub(i + 2, i + 3) < 2 then return nil, "%b needs two characters" end
        i = i + 4
      elseif e == "f" then
        if pat:sub(i + 2, i + 2) ~= "[" then return nil, "%f needs a [set]" end
        i = set_end(i + 3)
        if not i then return nil, "unclosed '['" end
      elseif e:match("%d") then
        if tonumber(e) == 0 or tonumber(e) > n then return nil, "bad back reference %" .. e end
        i = i + 2
      else
        i = i + 2
      end
    elseif ch == "[" then
      i = set_end(i + 1)
      if not i then return nil, "unclosed '['" end
    elseif ch == "(" then
      n, open, i = n + 1, open + 1, i + 1
    elseif ch == ")" then
      if open == 0 then return nil, "unbalanced ')'" end
      open, i = open - 1, i + 1
    else
      i = i + 1
    end
  end
  if open > 0 then return nil, "unclosed '('" end
  return n
end

local function pattern(ncaptures)
  return { name = "a Lua pattern", check = function(v, p, c)
    if type(v) ~= "string" or v == "" then return wrong_type(c, p, "a Lua pattern", v) end
    local n, err = parse_pattern(v)
    if not n then
      c:add("pattern", p, "not a valid Lua pattern (" .. err .. "): " .. describe(v))
    elseif ncaptures and n ~= ncaptures then
      c:add("pattern", p, "must capture the version once, as (...): " .. describe(v))
    end
  end }
end

---------------------------------------------------------------------------
-- Compiler hints
---------------------------------------------------------------------------

local VERSION_FORMATS = { "dotted", "digits", "vvrrpp", "sunpro_hex", "hex_vvrr" }
local SINGLE_MACRO_FORMATS = set_of({ "digits", "vvrrpp", "sunpro_hex", "hex_vvrr" })

local function check_version_format(v, p, c)
  if v.version_format and SINGLE_MACRO_FORMATS[v.version_format]
      and type(v.version) == "table" and #v.version ~= 1 then
    c:add("value", join(p, "version"), "version_format \"" .. v.version_format
      .. "\" reads exactly one macro")
  end
end

local MACRO = or_false(NONEMPTY)

local PER_LANGUAGE_ENTRY = record({
  { "macro", MACRO },
  { "unless", list(NONEMPTY), optional = true },
  { "version", list(NONEMPTY), optional = true },
  { "version_format", enum(VERSION_FORMATS), optional = true },
}, check_version_format)

local IDENTIFY = record({
  { "macro", MACRO },
  { "unless", list(NONEMPTY, { unique = true }) },
  { "version", list(NONEMPTY) },
  { "version_format", enum(VERSION_FORMATS), optional = true },
  { "per_language", map("a language (c, c++)", is_language, PER_LANGUAGE_ENTRY), optional = true },
  { "banner", record({
      { "args", list(NONEMPTY) },
      { "stream", enum({ "stdout", "stderr", "any" }) },
      { "pattern", pattern(nil) },
      { "version_pattern", pattern(1) },
    }) },
}, check_version_format)

-- Reports k, the key at path, as what (not one of the standards).
local function not_standard(c, path, k, what)
  local mean, best = suggestion(k, STANDARDS)
  if best == k then mean, best = "", nil end
  c:add("std", path, what .. mean, best)
end

-- The table v at p of standard = a flag string ("" for the default mode)
-- or false: a key without ok(key) is reported as what.
local function check_standard_flags(v, p, c, ok, what)
  for _, k in ipairs(sorted_keys(v)) do
    if not ok(k) then
      not_standard(c, join(p, k), k, what)
    elseif v[k] ~= false and type(v[k]) ~= "string" then
      c:add("std", join(p, k), "expected a flag string, \"\" or false, got " .. describe(v[k]))
    else
      check_template(v[k] or "", join(p, k), c, false)
    end
  end
end

local function is_standard(k) return STANDARD_SET[k] end

-- std_map: every standard present, each a flag string ("" for the default
-- mode) or false; nothing else.
local STD_MAP = { name = "a table", check = function(v, p, c)
  if type(v) ~= "table" then return wrong_type(c, p, "a table of standard = flag", v) end
  check_standard_flags(v, p, c, is_standard, "not a standard; the standards are "
                       .. table.concat(STANDARDS, " "))
  for _, s in ipairs(STANDARDS) do
    if v[s] == nil then
      c:add("std", join(p, s), "missing: give the flag, \"\" if it is the default, or false")
    end
  end
end }

local STD_FALLBACK = { name = "a table", check = function(v, p, c)
  if type(v) ~= "table" then return wrong_type(c, p, "a table of standard = { flags }", v) end
  for _, k in ipairs(sorted_keys(v)) do
    if not is_standard(k) then
      not_standard(c, join(p, k), k, "not a standard")
    else
      list(NONEMPTY, { nonempty = true }).check(v[k], join(p, k), c)
      if type(v[k]) == "table" then
        for i, s in ipairs(v[k]) do check_template(s, join(join(p, k), i), c, false) end
      end
    end
  end
end }

-- dialects: each known dialect (gnu) to a table of standard = flag ("" for
-- the default mode) or false; ansi, strict by definition, has none.
local DIALECTS = { name = "a table", check = function(v, p, c)
  if type(v) ~= "table" then return wrong_type(c, p, "a table of dialect = { standard = flag }", v) end
  for _, d in ipairs(sorted_keys(v)) do
    if not DIALECT_SET[d] then
      c:add("std", join(p, d), "not a dialect; the dialects are " .. table.concat(schema.dialects, " "))
    elseif type(v[d]) ~= "table" then
      wrong_type(c, join(p, d), "a table of standard = flag", v[d])
    else
      check_standard_flags(v[d], join(p, d), c, function(k)
        return is_standard(k) and k ~= "ansi"
      end, "not a standard with a dialect")
    end
  end
end }

local ARCHIVER = record({
  { "command", NONEMPTY },
  { "create", NONEMPTY },
  { "ranlib", or_false(NONEMPTY) },
})

-- A target triple: words of letters, digits, dots and underscores joined
-- by dashes (x86_64-w64-mingw32).
local function is_triple(k)
  return k:match("^[%w_.]+%-[%w_.%-]+$") ~= nil
end

local COMPILER = record({
  { "name", NONEMPTY },
  { "drivers", map("a language (c, c++)", is_language, NONEMPTY) },
  { "cross", record({
      { "targets", map("a target triple", is_triple, NONEMPTY) },
      { "drivers", map("a language (c, c++)", is_language, NONEMPTY), optional = true },
      { "archiver", ARCHIVER, optional = true },
    }), optional = true },
  { "identify", IDENTIFY },
  { "std_map", STD_MAP },
  { "std_fallback", STD_FALLBACK, optional = true },
  { "dialects", DIALECTS, optional = true },
  { "flags", FLAGS },
  { "unknown_flag_patterns", list(pattern(nil)), optional = true },
  { "archiver", ARCHIVER },
  { "probes", map("a language (c, c++)", is_language, BOOLEAN) },
  { "unverified", list(NONEMPTY), optional = true },
}, function(v, p, c)
  if type(v.drivers) == "table" and next(v.drivers) == nil then
    c:add("value", "drivers", "must name at least one language's command")
  end
  if type(v.cross) == "table" and type(v.cross.targets) == "table"
      and next(v.cross.targets) == nil then
    c:add("value", "cross.targets", "must name at least one target triple")
  end
  if type(v.probes) == "table" and type(v.drivers) == "table" then
    local any = false
    for lang, on in pairs(v.probes) do
      if on == true then
        any = true
        if LANGUAGE_SET[lang] and not v.drivers[lang] then
          c:add("value", join("probes", lang), "probes a language that has no driver")
        end
      end
    end
    if not any then c:add("value", "probes", "must probe at least one language") end
  end
  -- std_map may only offer standards of languages it has a driver for.
  if type(v.std_map) == "table" and type(v.drivers) == "table" and not v.drivers["c++"] then
    for _, s in ipairs(STANDARDS) do
      if s:match("^c%+%+") and v.std_map[s] ~= false and v.std_map[s] ~= nil then
        c:add("std", join("std_map", s), "must be false: there is no c++ driver")
      end
    end
  end
end)

---------------------------------------------------------------------------
-- OS hints
---------------------------------------------------------------------------

local PREFIX_SUFFIX = record({ { "prefix", STRING }, { "suffix", STRING } })

local ABI_ENTRY = record({
  { "libdir", RELPATH },
  { "library_paths", list(ABSPATH), optional = true },
})

local ABIS = { name = "a table", check = function(v, p, c)
  if type(v) ~= "table" then return wrong_type(c, p, "a table", v) end
  if v.default == nil then
    c:add("missing", join(p, "default"), "missing (required)")
  elseif type(v.default) ~= "string" then
    wrong_type(c, join(p, "default"), "an ABI name", v.default)
  elseif type(v[v.default]) ~= "table" then
    c:add("value", join(p, "default"), "names ABI " .. describe(v.default) .. ", which is not described here")
  end
  for _, k in ipairs(sorted_keys(v)) do
    if k ~= "default" then
      if type(k) ~= "string" or not is_abi_name(k) then
        c:add("type", join(p, k), "an ABI name is letters, digits and _")
      else
        ABI_ENTRY.check(v[k], join(p, k), c)
      end
    end
  end
end }

local OS = record({
  { "name", NONEMPTY },
  { "uname", list(NONEMPTY, { unique = true }) },
  { "cross", BOOLEAN },
  { "compilers", list(NONEMPTY, { nonempty = true, unique = true }) },
  { "targets", list(NONEMPTY, { unique = true }), optional = true },
  { "runner", NONEMPTY, optional = true },
  { "library_paths", list(ABSPATH) },
  { "executable", PREFIX_SUFFIX },
  { "staticlib", PREFIX_SUFFIX },
  { "sharedlib", record({
      { "prefix", STRING },
      { "suffix", NONEMPTY },
      { "versioning", enum({ "soname", "darwin", "dll", "archive", "none" }) },
      { "install_dir", enum({ "bindir", "libdir" }), optional = true },
      { "member", NONEMPTY, optional = true },
    }) },
  { "import_library", or_false(PREFIX_SUFFIX) },
  { "object_suffix", NONEMPTY },
  { "abis", ABIS },
  { "install", record({
      { "bindir", RELPATH }, { "libdir", RELPATH }, { "includedir", RELPATH },
      { "mandir", RELPATH }, { "datadir", RELPATH },
    }) },
  { "rpath", record({
      { "supported", BOOLEAN },
      { "origin", or_false(NONEMPTY) },
    }) },
  { "make", record({
      { "name", NONEMPTY },
      { "has_C_flag", BOOLEAN },
      { "include", BOOLEAN },
      { "max_args", POSINT },
    }) },
  { "shell", record({
      { "path", ABSPATH },
      { "posix", BOOLEAN },
      { "posix_path", ABSPATH, optional = true },
    }) },
  { "flag_overrides", map("a compiler name", function(k) return k:match("^[%w_]+$") end,
      FLAG_OVERRIDES), optional = true },
  -- The programs of the built-in generators, each a list of commands in
  -- order of preference (kindler-hints(5), tools).
  { "tools", record({
      { "lex", list(NONEMPTY, { nonempty = true, unique = true }), optional = true },
      { "yacc", list(NONEMPTY, { nonempty = true, unique = true }), optional = true },
    }), optional = true },
  { "unverified", list(NONEMPTY), optional = true },
}, function(v, p, c)
  -- Consistency between fields.
  if type(v.uname) == "table" and type(v.cross) == "boolean" then
    if v.cross and #v.uname > 0 then
      c:add("value", "uname", "a cross profile is chosen by name: uname must be {}")
    elseif not v.cross and #v.uname == 0 then
      c:add("value", "uname", "must list the `uname -s` answers this hint covers")
    end
  end
  local sl = type(v.sharedlib) == "table" and v.sharedlib or {}
  if sl.versioning == "dll" and type(v.import_library) ~= "table" then
    c:add("value", "import_library", "versioning \"dll\" needs { prefix, suffix } of the import library")
  elseif sl.versioning and sl.versioning ~= "dll" and v.import_library ~= false then
    c:add("value", "import_library", "must be false unless sharedlib.versioning is \"dll\"")
  end
  if (sl.member ~= nil) ~= (sl.versioning == "archive") then
    c:add("value", "sharedlib.member", "is given exactly when versioning is \"archive\"")
  end
  if type(v.rpath) == "table" and v.rpath.supported == false and v.rpath.origin then
    c:add("value", "rpath.origin", "must be false when rpath is not supported")
  end
  if type(v.shell) == "table" and v.shell.posix == false and not v.shell.posix_path then
    c:add("value", "shell.posix_path", "required when shell.posix is false: where is a POSIX shell?")
  end
  if type(v.abis) == "table" and type(v.install) == "table" and type(v.abis.default) == "string"
      and type(v.abis[v.abis.default]) == "table"
      and v.abis[v.abis.default].libdir ~= v.install.libdir then
    c:add("value", "install.libdir", "must equal the default ABI's libdir ("
      .. describe(v.abis[v.abis.default].libdir) .. ")")
  end
end)

---------------------------------------------------------------------------
-- "unverified": each entry must name a field of the same hint.
---------------------------------------------------------------------------

local function check_unverified(hint, ctx)
  if type(hint.unverified) ~= "table" then return end
  for i, path in ipairs(hint.unverified) do
    if type(path) == "string" then
      local node = hint
      for part in path:gmatch("[^%.]+") do
        if type(node) ~= "table" then node = nil; break end
        node = node[part]
      end
      if node == nil then
        ctx:add("unverified", join("unverified", i), describe(path) .. " names no field of this hint")
      end
    end
  end
end

-- Checks hint, of kind "os" or "compiler", against the format. Returns the
-- problems found: a ctx (above), empty (ctx.all[1] == nil) when it holds.
function M.check(hint, kind)
  local ctx = new_ctx()
  ;(kind == "os" and OS or COMPILER).check(hint, "", ctx)
  check_unverified(hint, ctx)
  return ctx
end

M.describe, M.sorted_keys = describe, sorted_keys

return M
