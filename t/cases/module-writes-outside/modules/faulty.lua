-- An exporter that tries to write beside the build directory.
kindler.register_exporter("escape", function(plan)
  return { files = { ["../escaped.txt"] = "out\n" } }
end)
