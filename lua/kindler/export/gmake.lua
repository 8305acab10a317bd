-- export/gmake.lua: the `gmake` exporter: the build plan as a GNUmakefile,
-- the Makefile of export/make.lua in GNU make's dialect (kindler(1),
-- export). GNU make reads GNUmakefile before Makefile, so both exports
-- may stand in one build directory, each make taking its own. What GNU
-- make adds: each object's header dependencies in its own OBJECT.dep,
-- read with -include (no merge step); the GNUmakefile remade and read
-- again at once when the project file or a cache changes; a short line a
-- step (CC lib/foo.o), the commands with `make V=1`; .PHONY; no built-in
-- rules. It never runs make again itself: one make holds the jobserver of
-- `make -jN` over the whole graph.
local depfile = require "kindler.depfile"
local make = require "kindler.export.make"
local syntax = require "kindler.syntax.make"

local M = {}

M.GNU = {
  file = "GNUmakefile",
  title = "GNU Makefile",
  prologue = {
    "MAKEFLAGS += -r",
    ".SUFFIXES:",
    "",
    "# A short line a step; make V=1 shows the commands instead.",
    "ifeq ($(V),1)",
    "Q =",
    "SAY = @:",
    "else",
    "Q = @",
    "SAY = @echo",
    "endif",
  },
  say = function(tag) return "$(SAY) " .. tag .. " $@" end,
  quiet = "$(Q)",
  deps_macros = {
    { "KINDLER_DEP", "o=$@ t=" .. make.OUTPUT .. "; " .. syntax.literal(depfile.KEEP) },
  },
  after_compile = "@$(KINDLER_DEP)",
  merge = false,
  include_deps = function(objects) return "-include $(addsuffix .dep," .. objects .. ")" end,
  rereads = true,
  phony = ".PHONY:",
}

function M.export(plan, opts) return make.write(plan, opts, M.GNU) end

return M
