-- filelist.lua: an exporter (installed in ~/.config/kindler/modules by
-- t/modules.sh): files.txt lists each target's sources, one per line.
kindler.register_exporter("filelist", function(plan, opts)
  local lines = {}
  for _, target in ipairs(plan.order) do
    for _, object in ipairs(target.objects) do
      lines[#lines + 1] = target.name .. ": " .. object.source
    end
  end
  return { files = { ["files.txt"] = table.concat(lines, "\n") .. "\n" },
           main = "files.txt" }
end)
