-- A validator registered for a stage that does not exist.
kindler.register_validator("late", "install", function(ir) end)
