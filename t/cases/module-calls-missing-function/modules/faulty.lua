-- A module that calls a function its kindler table does not have.
kindler.on("after_parse", function(ir)
  kindler.regster_exporter("x", function() end)
end)
