-- suggest.lua: "did you mean": the closest known name to a misspelling.
local M = {}

-- Edit distance (insertions, deletions, substitutions, transpositions).
local function distance(a, b)
  local la, lb = #a, #b
  local prev2, prev, cur = {}, {}, {}
  for j = 0, lb do prev[j] = j end
  for i = 1, la do
    cur = { [0] = i }
    for j = 1, lb do
      local cost = a:sub(i, i) == b:sub(j, j) and 0 or 1
      local d = math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
      if i > 1 and j > 1 and a:sub(i, i) == b:sub(j - 1, j - 1)
          and a:sub(i - 1, i - 1) == b:sub(j, j) then
        d = math.min(d, prev2[j - 2] + 1)
      end
      cur[j] = d
    end
    prev2, prev = prev, cur
  end
  return prev[lb]
end
M.distance = distance

-- The candidate closest to word (ties: the first in byte order), or nil when
-- none is close enough to be a likely misspelling.
function M.closest(word, candidates)
  local best, best_d
  local limit = math.max(1, math.floor(#word / 3))
  for _, c in ipairs(candidates) do
    local d = distance(word:lower(), c:lower())
    if d <= limit and (not best_d or d < best_d or (d == best_d and c < best)) then
      best, best_d = c, d
    end
  end
  return best
end

return M
