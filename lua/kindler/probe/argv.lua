-- probe/argv.lua: the words of a probe's command lines: a hint's flag
-- templates ("-o {}") expanded, lists joined, and a driver command ("gcc",
-- "kit cc") resolved to the absolute path of its program on PATH.
local host = require "kindler.host"

local M = {}

-- The words of s, split at blanks.
function M.words(s)
  local list = {}
  for w in tostring(s):gmatch("%S+") do list[#list + 1] = w end
  return list
end

-- The words of a flag template with "{}" replaced by arg (one word).
function M.expand(template, arg)
  local list = {}
  for _, w in ipairs(M.words(template)) do
    local at = w:find("{}", 1, true)
    if at then w = w:sub(1, at - 1) .. arg .. w:sub(at + 2) end
    list[#list + 1] = w
  end
  return list
end

-- Appends the words of more to list; returns list.
function M.append(list, more)
  for _, w in ipairs(more) do list[#list + 1] = w end
  return list
end

-- One new list of the words of every list given.
function M.concat(...)
  local out = {}
  for i = 1, select("#", ...) do M.append(out, (select(i, ...))) end
  return out
end

-- Resolves a driver command ("gcc", "kit cc"): the argv prefix and the
-- absolute path of its first word, or nil.
function M.resolve(command)
  local w = M.words(command)
  if #w == 0 then return nil end
  local path = host.which(w[1])
  if not path then return nil end
  if path:sub(1, 1) ~= "/" then path = host.cwd() .. "/" .. path end
  w[1] = path
  return w, path
end

return M
