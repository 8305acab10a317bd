-- A module that does not parse.
kindler.register_validator("half", "semantic", function(ir)
  if ir.targets then
end)
