-- cachekeys_test.lua: lua/kindler/cachekeys.lua, the keys a cache may hold
-- and their values, against cache/FORMAT (sections 3 to 5), which
-- documents them: every key documented is known, with the type FORMAT
-- gives it (so its value is checked before any reader sees it), and every
-- key of the sample caches (cache/samples/, written by a real bootstrap)
-- is documented.

-- FORMAT's placeholders, each as one key of that shape.
local EXAMPLE = { L = "c", S = "c99", D = "gnu", NAME = "n32", H = "stdio.h",
                  F = "strlcpy", T = "long" }

-- The kind of cache each section of FORMAT describes.
local SECTION_KIND = { ["3"] = "os", ["4"] = "compiler", ["5"] = "facts" }

-- The keys FORMAT documents: { kind, key as written, type } in order.
local function documented()
  local f = assert(io.open("cache/FORMAT", "rb"))
  local out, kind = {}, nil
  for line in f:lines() do
    local section = line:match("^(%d)%. ")
    if section then kind = SECTION_KIND[section] end
    local key, vtype = line:match("^  ([%a_][%w_.+]*)  +(%a+)%s*")
    if kind and key and (vtype == "string" or vtype == "bool" or vtype == "number"
                         or vtype == "verified") then
      out[#out + 1] = { kind, key, vtype }
    end
  end
  f:close()
  return out
end

-- A documented key with its placeholders filled.
local function example(key)
  return (key:gsub("[%a_]+", function(word) return EXAMPLE[word] end))
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
}
