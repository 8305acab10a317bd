-- A hook that never ends.
kindler.on("before_export", function(plan)
  local n = 0
  while true do
    n = n + 1
  end
end)
