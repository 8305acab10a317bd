-- asm.lua: the language of preprocessed assembly sources (.S and .sx),
-- which the C compiler driver builds: it runs the C preprocessor, then the
-- assembler (gcc, clang and the compilers that follow them). Load it with
-- project { modules = [ "asm" ]; } (kindler-modules(7)).
kindler.register_language("asm", { extensions = { ".S", ".sx" }, family = "c" })
