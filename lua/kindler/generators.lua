-- generators.lua: the built-in generators (modules.lua, register_generator),
-- registered as a user module's would be: yacc for sources ending .y and
-- lex for sources ending .l, with the POSIX options of both programs
-- (kindler(5), Generated sources). Which program runs them is the OS
-- cache's tools.yacc and tools.lex (cache/FORMAT), found by
-- kindler-bootstrap from the OS hint's list.
local modules = require "kindler.modules"

-- yacc -d writes the parser and its token header, named after -b's prefix.
modules.register_generator("yacc", {
  extensions = { ".y" },
  outputs = { "%s.tab.c", "%s.tab.h" },
  tool = "yacc",
  command = { "{tool}", "-d", "-b", "{gendir}/%s", "{in}" },
})

-- lex -t writes the scanner on standard output.
modules.register_generator("lex", {
  extensions = { ".l" },
  outputs = { "%s.lex.c" },
  tool = "lex",
  command = { "{tool}", "-t", "{in}" },
  stdout = true,
})
