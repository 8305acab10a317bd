-- An exporter that returns a string where a table of files is due.
kindler.register_exporter("listing", function(plan)
  return "app\n"
end)
