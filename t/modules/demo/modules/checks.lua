-- checks.lua: a validator at each stage and a hook at each lifecycle
-- point, each reporting what it saw as a warning at the project file's
-- place of what it is about.
kindler.register_validator("shape", "structure", function(ir)
  for name, target in pairs(ir.targets) do
    kindler.warning(target, nil, "structure: target " .. name .. " has type " .. target.type)
  end
end)
kindler.register_validator("sources", "semantic", function(ir)
  local t = ir.targets.tool
  kindler.warning(t, "sources", "semantic: " .. #t.sources .. " source(s), the first " .. t.sources[1])
end)
kindler.register_validator("compiler", "environment", function(nir)
  local t = nir.targets.tool
  kindler.warning(t, "language", "environment: built by " .. tostring(t.toolchain.c ~= nil and "a C compiler"))
end)
kindler.on("after_parse", function(ir)
  local text = kindler.read_file("src/main.c") or ""
  kindler.warning(nil, nil, "after_parse: project " .. ir.project.name ..
                  ", src/main.c begins " .. text:match("^[^\n]*"))
end)
kindler.on("after_normalize", function(nir)
  kindler.warning(nir.targets.tool, nil, "after_normalize: artifact " .. nir.targets.tool.artifact.name)
end)
kindler.on("before_export", function(plan)
  kindler.warning(nil, nil, "before_export: " .. #plan.order .. " target(s) planned")
end)
kindler.on("after_export", function(plan, files)
  local names = {}
  for name in pairs(files) do names[#names + 1] = name end
  table.sort(names)
  kindler.warning(nil, nil, "after_export: " .. table.concat(names, " "))
end)
