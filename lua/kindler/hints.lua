-- hints.lua: loading the hint files of man/kindler-hints.5 (hints/os/*.lua,
-- hints/compiler/*.lua) with fault isolation. A hint is data: it is read as
-- text (bytecode is refused), run with an empty environment under pcall and
-- an instruction limit, and must return one table whose name is the file's
-- name, in the format of hintschema.lua (no unknown key, no key of the
-- wrong type, ...). Anything else is KIN-704 at the hint's path and line,
-- and the caller goes on without that hint.
local guard = require "kindler.guard"
local hintschema = require "kindler.hintschema"
local host = require "kindler.host"

local M = {}

-- A table constructor runs a few thousand instructions; a loop does not
-- stop. A hint is a table of strings: 64 MiB is far more than any needs.
-- Time is bounded too (one second of CPU): Lua 5.1 hashes a long string
-- from a sample of its bytes, so a loop making strings that differ only
-- elsewhere costs far more than its instructions.
local LIMITS = {
  instructions = 1000000, cpu = 1, memory = 64 * 1024 * 1024,
  exceeded = "runs too long to be a table",
}

-- The hint names of one kind ("os" or "compiler") in dir, sorted.
function M.names(dir, kind)
  local names = {}
  for _, file in ipairs(host.list_dir(dir .. "/" .. kind) or {}) do
    local stem = file:match("^(.+)%.lua$")
    if stem then names[#names + 1] = stem end
  end
  return names
end

function M.path(dir, kind, name)
  return dir .. "/" .. kind .. "/" .. name .. ".lua"
end

-- Splits "CHUNK:LINE: message", as Lua writes errors of a chunk named
-- "=CHUNK", into the line and the message. (The chunk has a short name:
-- Lua cuts long ones to "...tail", which would hide the line.)
local function split_error(chunk, message)
  message = tostring(message)
  local prefix = chunk .. ":"
  if message:sub(1, #prefix) == prefix then
    local line, rest = message:sub(#prefix + 1):match("^(%d+):%s*(.*)$")
    if line then return tonumber(line), rest end
    return 0, (message:sub(#prefix + 1):gsub("^%s+", ""))
  end
  return 0, message
end

-- The line of the first match of pattern in text, 0 when none.
local function line_of(text, pattern, last)
  local found, n = 0, 0
  for line in (text .. "\n"):gmatch("([^\n]*)\n") do
    n = n + 1
    if line:match(pattern) then
      found = n
      if not last then break end
    end
  end
  return found
end

local function fail(d, path, line, message, remedy)
  host.report("KIN-704", path, line, 0, message, remedy or
              "fix the hint file at the place named (kindler-hints(5) "
              .. "documents each field), or restore it from the release")
  if d then d.errors = d.errors + 1 end
  return nil
end

-- The problem of hint to report, of those hintschema found, with the line
-- of its key in text: an unknown key first (it may be why another is
-- missing), else the first found. Returns nil when there is none.
local function schema_problem(hint, kind, text)
  local all = hintschema.check(hint, kind).all
  local first = all[1]
  if not first then return nil end
  for _, p in ipairs(all) do
    if p.category == "unknown" then first = p; break end
  end
  local unread, lines = hintschema.read(text)
  local line = hintschema.line(lines, first.path)
  local key = first.path:match("([%a_][%w_]*)$")
  if unread[1] and not lines[first.path] and key then
    -- Not a plain table constructor: the reader stopped before the key.
    local found = line_of(text, "^%s*" .. key .. "%s*=")
    if found > 0 then line = found end
  end
  local message = (first.path ~= "" and first.path .. ": " or "") .. first.message
  if #all > 1 then
    message = message .. string.format(" (and %d more problem%s)", #all - 1,
                                       #all > 2 and "s" or "")
  end
  local remedy
  if first.suggest then
    remedy = "rename " .. first.path:match("[^.%[]*$") .. " to " .. first.suggest
             .. " if that is the key meant (kindler-hints(5) lists the keys),"
             .. " or restore the hint from the release"
  end
  return line, message, remedy
end

-- Loads the hint of one kind and name below dir. Returns
-- { name=, kind=, hint= the table, path=, digest= host.digest of its bytes },
-- or nil after reporting KIN-704 (d, a kindler.diag reporter, counts it).
function M.load(d, dir, kind, name)
  local path = M.path(dir, kind, name)
  local text, rerr = host.read_file(path)
  if not text then return fail(d, path, 0, "cannot read the hint: " .. tostring(rerr)) end
  local chunkname = kind .. "/" .. name .. ".lua"
  local chunk, err = host.load_text(path, "=" .. chunkname)
  if not chunk then
    local line, message = split_error(chunkname, err)
    message = message:gsub("^" .. path:gsub("%p", "%%%0") .. ":%s*", "")
    return fail(d, path, line, "the hint does not load: " .. message)
  end
  setfenv(chunk, {})
  local limits = setmetatable({ chunk = "=" .. chunkname }, { __index = LIMITS })
  local ok, results = guard.run(limits, chunk)
  if not ok then
    return fail(d, path, results.line, "the hint raised an error: " .. results.message)
  end
  local hint = results[1]
  if type(hint) ~= "table" or #results > 1 then
    return fail(d, path, line_of(text, "^%s*return", true),
                "the hint must return one table, not " .. (#results > 1
                and #results .. " values" or type(hint)))
  end
  if hint.name ~= name then
    return fail(d, path, line_of(text, "^%s*name%s*="),
                string.format("the hint's name is %s but its file is %s.lua: "
                  .. "they must agree", type(hint.name) == "string" and
                  string.format("%q", hint.name) or tostring(hint.name), name))
  end
  local line, problem, remedy = schema_problem(hint, kind, text)
  if line then return fail(d, path, line, problem, remedy) end
  return { name = name, kind = kind, hint = hint, path = path,
           digest = host.digest(text) }
end

-- The commands of a compiler hint with {target} filled: strings are
-- filled, tables copied with their strings filled.
local function fill_target(v, name)
  if type(v) == "string" then return (v:gsub("{target}", (name:gsub("%%", "%%%%")))) end
  if type(v) ~= "table" then return v end
  local out = {}
  for k, x in pairs(v) do out[k] = fill_target(x, name) end
  return out
end

-- A compiler hint record as it builds for the target triple (kindler-bootstrap
-- --target, kindler-hints(5) "cross"): the drivers and archiver of its cross
-- table, {target} standing for the toolchain's own name of the triple. A
-- hint without a cross table is the target system's own compiler, taken as
-- it is. Returns the record, or nil and why when the toolchain does not
-- build for triple.
function M.for_target(rec, triple)
  local cross = rec.hint.cross
  if not cross then return rec end
  local name = cross.targets[triple]
  if not name then
    local names = {}
    for t in pairs(cross.targets) do names[#names + 1] = t end
    table.sort(names)
    return nil, "does not build for " .. triple .. " (its hint's cross.targets: "
                .. table.concat(names, ", ") .. ")"
  end
  local hint = {}
  for k, v in pairs(rec.hint) do hint[k] = v end
  hint.drivers = fill_target(cross.drivers or rec.hint.drivers, name)
  hint.archiver = fill_target(cross.archiver or rec.hint.archiver, name)
  local out = {}
  for k, v in pairs(rec) do out[k] = v end
  out.hint = hint
  return out
end

-- Loads every hint of a kind: returns { name = loaded record } of those
-- that loaded and the sorted list of every name found (loaded or not).
function M.load_all(d, dir, kind)
  local loaded, names = {}, M.names(dir, kind)
  for _, name in ipairs(names) do
    loaded[name] = M.load(d, dir, kind, name)
  end
  return loaded, names
end

return M
