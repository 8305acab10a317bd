-- export/testscript.lua: kindler-test.sh, the script `make test` and
-- `ninja test` run in the build directory (kindler(1), TESTS). It runs
-- every test of the test targets, in the plan's order: the program with
-- its arguments, its standard input the test's stdin file (/dev/null
-- unless given). A test passes when the program's exit status is the one
-- its test block names (0 unless given) and, when the block names an
-- output file, its standard output equals that file byte for byte. Each
-- prints PASS or FAIL, its output is kept in TARGET.dir (test.log, and
-- test.out for a compared output; test.N.* for the Nth test of a list),
-- and the last line is "N passed, N failed"; the
-- script's status is 1 when one failed. It is plain POSIX sh that the
-- Bourne shell of Solaris 10 runs too (a function, expr, test). The
-- exporters that write it (make, gmake, ninja) write the same text.
local cachekeys = require "kindler.cachekeys"
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
  log=$3
  input=$4
  expect=$5
  out=$6
  shift; shift; shift; shift; shift; shift
  if test -n "$expect"; then
    "$@" <"$input" >"$out" 2>"$log"
  else
    "$@" <"$input" >"$log" 2>&1
  fi
  status=$?
  why=
  if test "$status" -ne "$want"; then
    why="exit status $status, expected $want; its output is in $log"
  elif test -n "$expect"; then
    cmp -s "$expect" "$out" || why="its output, in $out, differs from $expect"
  fi
  if test -z "$why"; then
    passed=`expr $passed + 1`
    echo "PASS: $name"
  else
    failed=`expr $failed + 1`
    echo "FAIL: $name ($why)"
  fi
}
]]

-- A file of the source tree as sh text: "$SRCDIR"/PATH.
local function source_file(path)
  return '"$SRCDIR"/' .. shell.quote(path)
end

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
  -- An OS with a runner (cache/FORMAT) runs its programs through it:
  -- RUNNER, as a make passes it, or the runner the caches name.
  local runner = cachekeys.os(plan.os, "runner")
  if runner then
    lines[#lines + 1] = "# RUNNER runs the programs (empty: as they are)."
    lines[#lines + 1] = "RUNNER=${RUNNER-" .. shell.quote(runner) .. "}"
  end
  lines[#lines + 1] = HEAD
  for _, t in ipairs(plan.order) do
    for _, test in ipairs(t.tests or {}) do
      local command = { "run", shell.quote(test.name), tostring(test.exit_status),
                        shell.quote(test.log),
                        test.stdin and source_file(test.stdin) or "/dev/null",
                        test.output and source_file(test.output) or "''",
                        shell.quote(test.out) }
      if runner then command[#command + 1] = "$RUNNER" end
      command[#command + 1] = shell.quote("./" .. test.program)
      for _, w in ipairs(test.args) do command[#command + 1] = argument(w) end
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
    if t.tests and t.tests[1] then out[#out + 1] = t.tests[1].program end
  end
  return out
end

return M
