-- command/bootstrap/output.lua: what kindler-bootstrap prints on standard
-- output: the "checking" lines (none with -q), the -v details, and the
-- summary table of the compilers it probed.
local vocabulary = require "kindler.probe.vocabulary"

local M = {}

local out = { quiet = false, verbose = false }

-- -q: say nothing but the summary; -v: say the details too.
function M.set(quiet, verbose)
  out.quiet, out.verbose = quiet, verbose
end

function M.say(line)
  if out.quiet then return end
  io.stdout:write(line, "\n")
  io.stdout:flush()
end

function M.detail(line)
  if out.verbose then M.say(line) end
end

local function pad(s, n) return s .. string.rep(" ", n - #s) end

-- Prints rows (lists of cells) as a table with aligned columns.
function M.print_table(rows)
  local widths = {}
  for _, row in ipairs(rows) do
    for i, cell in ipairs(row) do
      if i < #row then widths[i] = math.max(widths[i] or 0, #cell) end
    end
  end
  for _, row in ipairs(rows) do
    local cells = {}
    for i, cell in ipairs(row) do
      cells[i] = i < #row and pad(cell, widths[i]) or cell
    end
    io.stdout:write("  ", table.concat(cells, "  "), "\n")
  end
  io.stdout:flush()
end

-- "a, b, c", or "none".
function M.list_names(list)
  if #list == 0 then return "none" end
  return table.concat(list, ", ")
end

-- The summary row of one probed compiler (an item of the run).
function M.summary_row(item)
  local r = item.result
  if not r or not r.version then
    return { item.name, "-", "-", "-", "-", "-", item.status }
  end
  local langs, stds, missing, feats = {}, {}, {}, {}
  for _, lang in ipairs(vocabulary.LANGUAGES) do
    if r.drivers[lang] then langs[#langs + 1] = lang end
  end
  for _, std in ipairs(vocabulary.STANDARDS) do
    if r.stds[std] then stds[#stds + 1] = std end
  end
  for _, f in ipairs(vocabulary.VERIFIED_FLAGS) do
    if not r[f] then missing[#missing + 1] = f end
  end
  local abis = {}
  for name in pairs(r.abi or {}) do abis[#abis + 1] = name end
  table.sort(abis)
  for _, name in ipairs(abis) do
    if not r.abi[name] then missing[#missing + 1] = "abi." .. name end
  end
  local groups, order = {}, {}
  for _, lang in ipairs(vocabulary.LANGUAGES) do
    local f = r.features[lang]
    if f then
      local have = {}
      for _, name in ipairs(vocabulary.FEATURES) do
        if f[name] then have[#have + 1] = name end
      end
      local text = #have > 0 and table.concat(have, " ") or "none"
      if not groups[text] then
        groups[text] = {}
        order[#order + 1] = text
      end
      table.insert(groups[text], lang)
    end
  end
  for _, text in ipairs(order) do
    feats[#feats + 1] = table.concat(groups[text], ",") .. ": " .. text
  end
  return { item.name, r.version, table.concat(langs, " "),
           #stds > 0 and table.concat(stds, " ") or "-",
           #missing > 0 and table.concat(missing, " ") or "-",
           table.concat(feats, "; "), item.status }
end

return M
