-- export/compdb.lua: the `compdb` exporter: compile_commands.json, the
-- compilation database of clangd, clang-tidy and other tools, from the
-- build plan (plan.lua). One entry per object: the directory the command
-- runs in (the build directory, absolute, as the format wants), the source,
-- the object, and the command as argument words: the compiler and flags
-- of the plan, as the Makefile runs them (its $(CC) and flags), with the
-- depfile flags left out (they tell a tool nothing about the source).
-- Sources the build generates have entries too, by their build path.
local ir = require "kindler.ir"
local json = require "kindler.syntax.json"
local plan = require "kindler.plan"
local scan = require "kindler.scan"

local M = {}

-- Splits cache text into words (a cache's flags are words joined by one
-- space; see kindler-hints(5)).
local function split(text)
  local out = {}
  for w in text:gmatch("%S+") do out[#out + 1] = w end
  return out
end

-- The argument words of one plan word; `paths` turns a plan path into
-- the path written, `roles` spells the command's own words.
local function words_of(w, paths, roles)
  local value
  if w.role then
    value = roles[w.role]
  elseif w.root then
    value = paths(w.root, w.path)
  elseif w.quote then
    -- One user word: its template filled, never split; the directories
    -- it names as paths from the build directory.
    if w.pieces then
      return { plan.spell(w.pieces, function(piece) return piece end,
                          { src = paths("src", "."), build = "." }) }
    end
    return { (w.text:gsub("{}", function() return w.value end)) }
  end
  if value == nil then return split(w.text) end
  -- A template such as "-o {}" or "-I{}": split, then filled word by word,
  -- so a path with a blank stays one argument.
  local out = split(w.text)
  for i, part in ipairs(out) do
    out[i] = part:gsub("{}", function() return value end)
  end
  return out
end

local function append(list, more)
  for _, m in ipairs(more) do list[#list + 1] = m end
end

-- export(plan, opts) -> { files = { ["compile_commands.json"] = text } }.
-- opts: build_dir (absolute), srcdir (the source directory from the
-- build directory).
function M.export(plan, opts)
  local function paths(root, path)
    if root == "src" and path:sub(1, 1) ~= "/" then
      return scan.join(".", opts.srcdir .. "/" .. path)
    end
    return path
  end
  local entries = ir.list()
  for _, t in ipairs(plan.order) do
    -- The words before the output and source are those of every object
    -- of a family: made once.
    local heads = {}
    for _, o in ipairs(t.objects) do
      local compile = t.compile[o.family]
      local head = heads[o.family]
      if not head then
        for _, c in ipairs(plan.tools[o.family]) do
          if c.compiler == compile.compiler then head = split(c.command) end
        end
        for _, w in ipairs(compile.config) do append(head, words_of(w, paths, {})) end
        for _, w in ipairs(compile.words) do append(head, words_of(w, paths, {})) end
        append(head, words_of(compile.compile, paths, {}))
        heads[o.family] = head
      end
      -- (A generated source is in the build directory: plan.lua's root.)
      local source = paths(o.root or "src", o.source)
      local args = ir.list({})
      append(args, head)
      append(args, words_of(compile.output, paths, { output = o.path }))
      args[#args + 1] = source
      entries[#entries + 1] = { directory = opts.build_dir, file = source,
                                output = o.path, arguments = args }
    end
  end
  return { files = { ["compile_commands.json"] = json.encode(entries) }, ok = true }
end

return M
