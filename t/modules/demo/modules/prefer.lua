-- prefer.lua: a toolchain resolver. "prefer-clang" builds with clang
-- where a clang cache is, and leaves the choice to the next preference
-- where none is.
kindler.register_toolchain("prefer-clang", function(target, family, candidates)
  for _, name in ipairs(candidates) do
    if name == "clang" then return name end
  end
  return nil
end)
