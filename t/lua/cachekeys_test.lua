-- cachekeys_test.lua: lua/kindler/cachekeys.lua, the one owner of the
-- keys a cache may hold, against cache/FORMAT (sections 3 to 5), which
-- documents them: every key documented is known, with the type FORMAT
-- gives it (so its value is checked before any reader sees it); every key
-- of the sample caches (cache/samples/, written by a real bootstrap) is
-- documented; a key FORMAT marks [show] is marked shown, and every other
-- key is read somewhere through cachekeys; the bootstrap writes and the
-- readers read no key the table lacks.

-- FORMAT's placeholders, each as one key of that shape.
local EXAMPLE = { L = "c", S = "c99", D = "gnu", NAME = "n32", H = "stdio.h",
                  F = "strlcpy", T = "long", TOOL = "yacc" }

-- The kind of cache each section of FORMAT describes.
local SECTION_KIND = { ["3"] = "os", ["4"] = "compiler", ["5"] = "facts" }

-- The keys FORMAT documents: { kind, key as written, type, show = marked
-- [show] } in order. A key's description runs to the next key or blank line.
local function documented()
  local f = assert(io.open("cache/FORMAT", "rb"))
  local out, kind, last = {}, nil, nil
  for line in f:lines() do
    local section = line:match("^(%d)%. ")
    if section then kind = SECTION_KIND[section] end
    local key, vtype = line:match("^  ([%a_][%w_.+]*)  +(%a+)%s*")
    if kind and key and (vtype == "string" or vtype == "bool" or vtype == "number"
                         or vtype == "verified") then
      last = { kind, key, vtype }
      out[#out + 1] = last
    elseif not line:find("^   ") then
      last = nil
    end
    if last and line:find("[show]", 1, true) then last.show = true end
  end
  f:close()
  return out
end

-- A documented key with its placeholders filled.
local function example(key)
  return (key:gsub("[%a_]+", function(word) return EXAMPLE[word] end))
end

-- The entry of cachekeys.keys[kind] whose pattern key matches.
local function spec_of(cachekeys, kind, key)
  for _, k in ipairs(cachekeys.keys[kind]) do
    if key:match(k.pattern) then return k end
  end
end

-- The text of every Lua file below dir.
local function lua_files(dir)
  local out = {}
  local list = assert(io.popen("find " .. dir .. " -name '*.lua' | LC_ALL=C sort"))
  for path in list:lines() do
    local f = assert(io.open(path, "rb"))
    out[#out + 1] = { path = path, text = f:read("*a") }
    f:close()
  end
  list:close()
  return out
end

-- The arguments of the call whose "(" is at text[open], split at the
-- commas outside parentheses, braces and strings.
local function call_arguments(text, open)
  local args, depth, start, i = {}, 0, open + 1, open
  while i <= #text do
    local ch = text:sub(i, i)
    if ch == '"' then
      i = text:find('"', i + 1, true)
    elseif ch == "(" or ch == "{" then
      depth = depth + 1
    elseif ch == ")" or ch == "}" then
      depth = depth - 1
      if depth == 0 then args[#args + 1] = text:sub(start, i - 1); return args end
    elseif ch == "," and depth == 1 then
      args[#args + 1] = text:sub(start, i - 1)
      start = i + 1
    end
    i = i + 1
  end
  return args
end

-- The keys an expression such as "driver." .. lang .. ".path" can be, as
-- an anchored pattern after prefix (a variable stands for one word of a
-- key); nil when no part of it is a literal (the key is a variable: its
-- reader is found elsewhere).
local function key_pattern(prefix, expr)
  local parts, literal = {}, false
  for part in (expr .. ".."):gmatch("%s*(.-)%s*%.%.") do
    local s = part:match('^"([^"]*)"$')
    if s then
      literal = true
      parts[#parts + 1] = s:gsub("[%.%+%-]", "%%%0")
    else
      parts[#parts + 1] = "[^.]+"
    end
  end
  if not literal then return nil end
  return "^" .. prefix:gsub("%.", "%%.") .. table.concat(parts) .. "$"
end

-- The calls that read a cache key: where, the kind of cache, the prefix
-- the key argument gets. plan.lua's flag(c, NAME) reads flag.NAME.
local READERS = {
  { "cachekeys%.os%(", "os", "" },
  { "cachekeys%.compiler%(", "compiler", "" },
  { "cachekeys%.read%(", nil, "" },
  { "[^%w_.]flag%(", "compiler", "flag.", file = "lua/kindler/plan.lua" },
}

-- Every read of a cache key in lua/kindler (cachekeys.lua and the writer
-- cacheentries.lua left out): { kind (nil: either), pattern, where }. The
-- body of a reader of READERS (flag.NAME for any NAME) is left out too:
-- its callers name the keys.
local function reads()
  local out = {}
  for _, file in ipairs(lua_files("lua/kindler")) do
    if not file.path:find("/cache[ek][ne][ty]") then
      for _, r in ipairs(READERS) do
        if not r.file or r.file == file.path then
          for at, open in file.text:gmatch("()" .. r[1] .. "()") do
            if not file.text:sub(at - 9, at):find("function") then
              local args = call_arguments(file.text, open - 1)
              local kind = r[2] or args[1]:match('^%s*"(%a+)"%s*$')
              local pattern = key_pattern(r[3], args[#args] or "")
              local helper = false
              for _, h in ipairs(READERS) do
                helper = helper or h.file == file.path
                         and pattern == key_pattern("", '"' .. h[3] .. '" .. name')
              end
              if pattern and not helper then
                out[#out + 1] = { kind, pattern, file.path }
              end
            end
          end
        end
      end
    end
  end
  return out
end

-- Does kind (cachekeys) fit FORMAT's type?
local function fits(kind, vtype)
  local base, falsy = kind:match("^([^|]+)(|?f?a?l?s?e?)$")
  if vtype == "bool" or vtype == "number" then return base == vtype end
  if vtype == "verified" then return falsy == "|false" end
  return base ~= "bool" and base ~= "number"
end

return {
  { "an OS cache whose object suffix holds make syntax is damaged", function(host, kit)
    local cachekeys = require "kindler.cachekeys"
    local entries = { ["os.name"] = "linux", ["os.uname"] = "Linux",
                      ["hint.path"] = "/usr/share/kindler/hints/os/linux.lua",
                      object_suffix = ".o" }
    kit.same(cachekeys.check("os", entries), nil, "with .o")
    entries.object_suffix = ".o $(shell id)"
    kit.same(cachekeys.check("os", entries) ~= nil, true, "with make syntax")
  end },
  { "every key cache/FORMAT documents is known, with its type", function(host, kit)
    local cachekeys = require "kindler.cachekeys"
    local wrong = {}
    local keys = documented()
    kit.same(#keys > 80, true, "FORMAT's keys were found (" .. #keys .. ")")
    for _, k in ipairs(keys) do
      local kind = cachekeys.kind_of(k[1], example(k[2]))
      if not kind then
        wrong[#wrong + 1] = k[1] .. " " .. k[2] .. ": unknown"
      elseif not fits(kind, k[3]) then
        wrong[#wrong + 1] = k[1] .. " " .. k[2] .. ": " .. kind .. ", FORMAT says " .. k[3]
      end
    end
    kit.same(table.concat(wrong, "\n"), "", "keys cachekeys.lua does not know as FORMAT does")
  end },
  { "every key of the sample caches is documented in cache/FORMAT", function(host, kit)
    local patterns = {}
    for _, k in ipairs(documented()) do
      local p = "^" .. k[2]:gsub("[%.%+]", "%%%0"):gsub("%u[%u_]*", "[%%w_.+]+") .. "$"
      patterns[#patterns + 1] = { k[1], p }
    end
    local missing = {}
    for _, sample in ipairs({ { "os", "os_linux" }, { "compiler", "compiler_gcc" } }) do
      local f = assert(io.open("cache/samples/" .. sample[2] .. ".facts", "rb"))
      local entries = false
      for line in f:lines() do
        if line == "[entries]" then entries = true
        elseif entries then
          local key = line:match("^([%w_.+]+) = ")
          local found = false
          for _, p in ipairs(patterns) do
            if p[1] == sample[1] and key and key:match(p[2]) then found = true end
          end
          if key and not found then missing[#missing + 1] = sample[2] .. ": " .. key end
        end
      end
      f:close()
    end
    kit.same(table.concat(missing, "\n"), "", "sample keys FORMAT does not document")
  end },
  { "a key FORMAT marks [show] is shown in cachekeys.lua, and no other", function(host, kit)
    local cachekeys = require "kindler.cachekeys"
    local wrong = {}
    for _, k in ipairs(documented()) do
      local spec = spec_of(cachekeys, k[1], example(k[2]))
      if spec and (spec.shown == true) ~= (k.show == true) then
        wrong[#wrong + 1] = k[1] .. " " .. k[2] .. (k.show and ": [show] in FORMAT only"
                                                    or ": shown in cachekeys.lua only")
      end
    end
    kit.same(table.concat(wrong, "\n"), "", "keys marked differently")
  end },
  { "every key but those shown is read through cachekeys", function(host, kit)
    local cachekeys = require "kindler.cachekeys"
    local found = reads()
    kit.same(#found > 40, true, "the reads were found (" .. #found .. ")")
    -- cachekeys.check reads the keys a cache cannot do without.
    for kind, keys in pairs(cachekeys.required) do
      for _, key in ipairs(keys) do
        found[#found + 1] = { kind, "^" .. key:gsub("%.", "%%.") .. "$", "cachekeys.lua" }
      end
    end
    -- The build types read their flags by name (plan.lua, flag(c, intent)).
    for _, t in pairs(require("kindler.buildtype").TYPES) do
      for _, f in ipairs(t.flags) do
        found[#found + 1] = { "compiler", "^flag%." .. f .. "$", "buildtype.lua" }
      end
    end
    local unread = {}
    for _, kind in ipairs({ "os", "compiler" }) do
      for _, spec in ipairs(cachekeys.keys[kind]) do
        local key, read = example(spec[1]), false
        for _, r in ipairs(found) do
          if (r[1] == nil or r[1] == kind) and key:match(r[2]) then read = true end
        end
        if read == (spec.shown == true) then
          unread[#unread + 1] = kind .. " " .. spec[1] .. (read and ": shown, yet read"
                                                            or ": written, never read")
        end
      end
    end
    kit.same(table.concat(unread, "\n"), "", "keys read against their marks")
  end },
  { "every read names a key the table holds", function(host, kit)
    local cachekeys = require "kindler.cachekeys"
    local stray = {}
    for _, r in ipairs(reads()) do
      local matched = false
      for _, kind in ipairs({ "os", "compiler", "facts" }) do
        if r[1] == nil or r[1] == kind then
          for _, spec in ipairs(cachekeys.keys[kind]) do
            if example(spec[1]):match(r[2]) then matched = true end
          end
        end
      end
      if not matched then stray[#stray + 1] = r[3] .. ": " .. r[2] end
    end
    kit.same(table.concat(stray, "\n"), "", "reads of keys cachekeys.lua lacks")
    kit.same(cachekeys.compiler({}, "std.$(shell id)"), nil, "a key no cache holds")
    kit.same(pcall(cachekeys.set, "os", {}, "os.nmae", "x"), false, "an unknown key written")
    kit.same(cachekeys.os({}, "install.bindir"), "bin", "a default")
    kit.same(cachekeys.os({ ["install.bindir"] = "sbin" }, "install.bindir"), "sbin",
             "the cache's value")
  end },
  { "the bootstrap writes an OS cache through cachekeys, from the hint", function(host, kit)
    local entries = require("kindler.cacheentries").os_entries({
      path = "/hints/os/aix.lua",
      hint = assert(loadfile("hints/os/aix.lua"))() }, { yacc = "yacc" })
    kit.same(entries["make.max_args"], 24576, "a number field")
    kit.same(entries["sharedlib.member"], "shr.o", "an optional field")
    kit.same(entries["abi.64.libdir"] ~= nil, true, "a field below each ABI")
    kit.same(entries["tools.yacc"], "yacc", "a tool found")
    kit.same(entries["runner"], nil, "a field the hint lacks")
    kit.same(require("kindler.cachekeys").check("os", entries), nil, "the entries fit")
  end },
  { "every hint field an OS key is copied from is in some OS hint", function(host, kit)
    local cachekeys = require "kindler.cachekeys"
    local hints = {}
    for _, file in ipairs(lua_files("hints/os")) do
      hints[#hints + 1] = assert(loadstring(file.text, file.path))()
    end
    local missing = {}
    for _, spec in ipairs(cachekeys.keys.os) do
      if spec.hint and not spec.source then
        local found = false
        for _, h in ipairs(hints) do
          local node = h
          for part in spec.hint:gmatch("[^.]+") do
            if type(node) ~= "table" then node = nil; break end
            if part == "NAME" then node = node[node.default] else node = node[part] end
          end
          found = found or node ~= nil
        end
        if not found then missing[#missing + 1] = spec[1] .. " from " .. spec.hint end
      end
    end
    kit.same(table.concat(missing, "\n"), "", "hint fields no OS hint has")
  end },
  { "a run path that replaces the search path ends with the system's", function(host, kit)
    local projects = require "projects"
    local doc = projects.app(host, kit)
    local gcc = "/caches/compiler_gcc.bin"
    host.files[gcc] = host.files[gcc]:gsub('flag%.rpath_join = false',
      'flag.rpath_join = ":"\nflag.rpath_tail = "/usr/lib /lib"')
    doc.tree.targets.app.runtime_paths = kit.list({ "/opt/app/lib" })
    kit.run("export", doc, projects.export_options())
    kit.same(kit.all_reported(host), "", "the diagnostics")
    kit.same(kit.section(host.files["/build/Makefile"], "app_LDFLAGS =", 1),
             "app_LDFLAGS = -Wl,-rpath,/opt/app/lib:/usr/lib:/lib")
  end },
}
