-- defaults.lua: a normalizer. Every target that sets no cflags of its own
-- gets -DDEMO_NORMALIZED; one that does keeps its own.
kindler.register_normalizer("demo-flags", function(ir, add_default)
  for _, target in pairs(ir.targets) do
    add_default(target, "cflags", { "-DDEMO_NORMALIZED" })
  end
end)
