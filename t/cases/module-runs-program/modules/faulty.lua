-- A module that runs a program itself rather than as a generator.
kindler.on("after_normalize", function(nir)
  os.execute("touch ran")
end)
