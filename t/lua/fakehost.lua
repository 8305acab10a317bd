-- fakehost.lua: a stand-in for the "kindler.host" module that
-- src/lua_host*.cc register, so that the Lua modules run inside lua5.1
-- with no compiler and no file system: files live in a table, diagnostics
-- are recorded, no signal or fault (KINDLER_FAULT) ever comes, caches are the .facts text of cache/samples/ (the facts
-- behind each golden .bin) and `cache_decode` reads that text. Functions a
-- test run must not reach (running programs, signals) raise an error.
local M = {}

-- The KIN catalog's severities, read from the C++ catalog itself.
local severities = {}
for line in io.lines("src/codes.cc") do
  local code, sev = line:match('{"(KIN%-%d+)", SEV_(%u+),')
  if code then severities[code] = sev:lower() end
end

-- A fresh host. Its state, for tests to read and set:
--   files        path -> contents (a directory is any prefix of a path)
--   diagnostics  { code=, file=, line=, col=, message= } in the order reported
--   werror       whether failed() counts warnings (as -Werror does)
--   env, sysname what getenv and uname answer
function M.new()
  local h = { files = {}, diagnostics = {}, werror = false, env = {},
              sysname = "FakeOS", version = "0.1.0", home = "/kindler",
              digests = {} }

  function h.report(code, file, line, col, message)
    assert(severities[code], "report: " .. tostring(code) .. " is not in the KIN code catalog")
    h.diagnostics[#h.diagnostics + 1] = { code = code, file = file,
      line = line or 0, col = col or 0, message = message }
  end
  function h.failed()
    for _, d in ipairs(h.diagnostics) do
      local sev = severities[d.code]
      if sev == "error" or (h.werror and sev == "warning") then return true end
    end
    return false
  end
  function h.code_info(code)
    return severities[code] and { severity = severities[code], title = code }
  end

  function h.read_file(path)
    local text = h.files[path]
    if not text then return nil, path .. ": No such file or directory" end
    return text
  end
  function h.write_file(path, text)
    local changed = h.files[path] ~= text
    h.files[path] = text
    return changed
  end
  local staged = 0
  function h.stage_file(path, text)
    staged = staged + 1
    local temporary = path .. ".new" .. staged
    h.files[temporary] = text
    return temporary
  end
  function h.rename(from, to)
    h.files[to], h.files[from] = h.files[from], nil
    return true
  end
  function h.remove(path)
    h.files[path] = nil
    return true
  end
  function h.mkdirs() return true end
  local function is_dir(path)
    local prefix = path:gsub("/$", "") .. "/"
    for name in pairs(h.files) do
      if name:sub(1, #prefix) == prefix then return true end
    end
    return false
  end
  function h.stat(path)
    local info = { size = 0, mtime = 0, mode = 420, uid = 0 }
    if h.files[path] then
      info.type, info.size = "file", #h.files[path]
    elseif is_dir(path) then
      info.type, info.mode = "dir", 493
    else
      return nil, path .. ": No such file or directory"
    end
    return info
  end
  function h.list_dir(dir)
    local prefix, names, seen = dir:gsub("/$", "") .. "/", {}, {}
    for name in pairs(h.files) do
      local entry = name:sub(1, #prefix) == prefix and name:sub(#prefix + 1):match("^[^/]+")
      if entry and not seen[entry] then
        seen[entry] = true
        names[#names + 1] = entry
      end
    end
    if #names == 0 then return nil, dir .. ": No such file or directory" end
    table.sort(names)
    return names
  end
  function h.load_text(path, chunkname)
    local text, err = h.read_file(path)
    if not text then return nil, err end
    return loadstring(text, chunkname or "@" .. path)
  end
  function h.getenv(name) return h.env[name] end
  function h.cwd() return "/project" end
  function h.realpath(path) return path end
  function h.which() return nil end
  function h.uname() return { sysname = h.sysname } end
  function h.uid() return 0 end
  function h.pid() return 1 end
  function h.memory_limit() return 2 ^ 34, collectgarbage("count") * 1024 end
  function h.digest(text) return h.digests[text] or "crc32:00000000:" .. #text end

  -- cache_decode reads the .facts text a test placed with add_cache.
  function h.cache_decode(text)
    local cache, section = { entries = {} }, nil
    for line in text:gmatch("[^\n]+") do
      local header = line:match("^%[(%a+)%]$")
      local key, value = line:match("^(%S+) = (.*)$")
      if header then
        section = header
      elseif key and not line:find("^#") then
        if value:find('^"') then value = value:sub(2, -2)
        elseif value == "true" or value == "false" then value = value == "true"
        else value = tonumber(value) end
        if section == "header" then cache[key] = value else cache.entries[key] = value end
      end
    end
    if not cache.kind then return nil, "malformed", "not a .facts text" end
    return cache
  end

  -- Places cache/samples/KIND_NAME.facts as dir/KIND_NAME.bin, with the
  -- hint files it names, whose digests match what the cache recorded.
  function h.add_cache(dir, kind, name)
    local f = assert(io.open("cache/samples/" .. kind .. "_" .. name .. ".facts"))
    local text = f:read("*a")
    f:close()
    h.files[dir .. "/" .. kind .. "_" .. name .. ".bin"] = text
    local cache = h.cache_decode(text)
    local function add_hint(path, digest)
      local hint = "-- the hint " .. path .. "\n"
      h.files[path], h.digests[hint] = hint, digest
    end
    add_hint(cache.entries["hint.path"], cache.hint_digest)
    if cache.entries["hint.os_path"] then
      add_hint(cache.entries["hint.os_path"], cache.entries["hint.os_digest"])
    end
    return cache
  end

  local function unreachable(name)
    return function() error("the fake host has no " .. name, 2) end
  end
  -- No signal arrives and no fault is injected (KINDLER_FAULT).
  function h.hold_signals() end
  function h.fault() end
  for _, name in ipairs({ "run", "alive", "remove_on_signal", "cache_encode" }) do
    h[name] = unreachable(name)
  end
  return h
end

return M
