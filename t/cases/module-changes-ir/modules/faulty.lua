-- A hook that changes the IR it was handed.
kindler.on("after_normalize", function(nir)
  nir.targets.app.libs = { "m" }
end)
