-- command/kindler/cache.lua: kindler cache: `cache list` prints a line
-- for each cache in the search path (this system's, or --target's, then
-- each profile's); `cache show NAME` prints the cache of that name, key
-- by key. What reads and describes a cache is library (kindler.cache).
local cache = require "kindler.cache"
local options = require "kindler.command.kindler.options"

local option, usage = options.value, options.usage

local M = {}

function M.cache(request, d)
  local sub, name = request.operands[1], request.operands[2]
  local target = option(request, "target")
  local dirs = cache.search_dirs(option(request, "cache-dir"), target)
  if sub == "list" then
    -- This system's caches (or --target's), then each profile's.
    local lists = { { dirs = dirs, what = target or "" } }
    if not target then
      for _, triple in ipairs(cache.profiles(dirs)) do
        lists[#lists + 1] = { dirs = cache.search_dirs(option(request, "cache-dir"), triple),
                              what = triple }
      end
    end
    for _, list in ipairs(lists) do
      for _, kind in ipairs({ "os", "compiler", "facts" }) do
        local names, where = cache.names(list.dirs, kind)
        for _, n in ipairs(names) do
          io.write(string.format("%-8s %-12s %-20s %s\n", kind, n,
                                 list.what == "" and "-" or list.what, where[n]))
        end
      end
    end
    return
  elseif sub == "show" and name then
    local found, there = false, {}
    for _, kind in ipairs({ "os", "compiler", "facts" }) do
      local names = cache.names(dirs, kind)
      for _, n in ipairs(names) do
        if n == name then
          found = true
          local c = cache.find(d, dirs, kind, n, true,
                               option(request, "cache-dir") ~= nil)
          if c then io.write(cache.describe(c)) end
        end
      end
      if #names > 0 then there[#there + 1] = kind .. " " .. table.concat(names, ", ") end
    end
    if found then return end
    if #there == 0 then
      d:report("KIN-700", nil, nil, "no cache named '" .. name .. "' in " ..
               table.concat(dirs, ", ") .. ", nor any other", "run kindler-bootstrap")
      return
    end
    return usage("no cache named '" .. name .. "'; there are: " ..
                 table.concat(there, "; ") .. " (kindler cache list)")
  end
  return usage("cache takes 'list' or 'show NAME'")
end

return M
