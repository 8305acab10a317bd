-- export/testscript.lua: kindler-test.sh, the script `make test` and
-- `ninja test` run in the build directory (kindler(1), TESTS). It runs
-- every test target's program with its arguments, in the plan's order;
-- a test passes when the program's exit status is the one its test block
-- names (0 unless given). Each prints PASS or FAIL, its output is kept in
-- TARGET.dir/test.log, and the last line is "N passed, N failed"; the
-- script's status is 1 when one failed. It is plain POSIX sh that the
-- Bourne shell of Solaris 10 runs too (a function, expr, test). The
-- exporters that write it (make, gmake, ninja) write the same text.
local plan = require "kindler.plan"
local shell = require "kindler.syntax.shell"

local M = {}

M.FILE = "kindler-test.sh"

-- One argument word of a test as sh text: the user's text quoted, the
-- source tree it names as "$SRCDIR", the build directory as ".".
local function argument(w)
  if not w.pieces then return shell.quote(w.value) end
  return plan.spell(w.pieces, shell.quote, { src = '"$SRCDIR"', build = "." })
end

local HEAD = [[
passed=0
failed=0
run() {
  name=$1
  want=$2
  shift
  shift
  if "$@" >"$name.dir/test.log" 2>&1; then status=0; else status=$?; fi
  if test "$status" -eq "$want"; then
    passed=`expr $passed + 1`
    echo "PASS: $name"
  else
    failed=`expr $failed + 1`
    echo "FAIL: $name (exit status $status, expected $want; its output is in $name.dir/test.log)"
  fi
}
]]

-- The script's text. opts: version, project_file, srcdir (the source
-- tree from the build directory: SRCDIR's default).
function M.text(plan, opts)
  local name = plan.nir.project.name:gsub("%c", "?")
  local lines = {
    "# " .. M.FILE .. " for " .. name .. ", written by Kindler " .. opts.version ..
      " from " .. opts.project_file:gsub("%c", "?") .. ".",
    "# Runs the project's tests in the build directory (make test, ninja test);",
    "# SRCDIR names the source tree.",
    "SRCDIR=${SRCDIR-" .. shell.quote(opts.srcdir) .. "}",
  }
  lines[#lines + 1] = HEAD
  for _, t in ipairs(plan.order) do
    if t.test then
      local command = { "run", shell.quote(t.name), tostring(t.test.exit_status),
                        shell.quote("./" .. t.test.program) }
      for _, w in ipairs(t.test.args) do command[#command + 1] = argument(w) end
      lines[#lines + 1] = table.concat(command, " ")
    end
  end
  lines[#lines + 1] = 'echo "$passed passed, $failed failed"'
  lines[#lines + 1] = 'test "$failed" -eq 0'
  return table.concat(lines, "\n") .. "\n"
end

-- The programs `test` builds first: every test target's file.
function M.programs(plan)
  local out = {}
  for _, t in ipairs(plan.order) do
    if t.test then out[#out + 1] = t.test.program end
  end
  return out
end

return M
