-- A validator that raises an error of its own.
kindler.register_validator("strict", "semantic", function(ir)
  if ir.targets.app then
    error("target app is not allowed here")
  end
end)
