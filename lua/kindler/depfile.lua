-- depfile.lua: header dependencies written by the compiler, read by make.
-- A compiler with a depfile method (flag.depfile) writes OBJECT.d while it
-- compiles, in make's own syntax: "target: prerequisite..." lines, joined
-- by backslash-newline (gcc, clang, tcc, pcc, XL, Sun) or one line per
-- prerequisite (MIPSpro's -MDupdate). The shell commands below turn such a
-- file into lines a strict POSIX make includes, and are all a Makefile
-- needs at build time: no Kindler; Bourne shell syntax, and awk once per
-- target (kindler(1), HEADER DEPENDENCIES, says how they fit together).
--
-- Every word of the file but the targets is kept when it is made of
-- POSIX portable file name characters and '/'; anything else (a system
-- header below c++/, a path with a blank) is left out rather than written
-- into a Makefile that some make would refuse.
local M = {}

-- Reads the file `from` and runs `keep` (shell text) for each
-- prerequisite $w.
local function each_prerequisite(keep, from)
  return "while read l; do set -- $l; case $1 in *:) shift;; esac; " ..
         "for w do case $w in *[!A-Za-z0-9_./-]*) ;; *) " .. keep ..
         ";; esac; done; done <" .. from
end

-- After one compile, which wrote the object $t and the dependency file
-- $o.d: appends "$o: HEADER" and "HEADER:" lines for the object $o to
-- $d/deps.mk, one short line per write so that compiles running at once
-- never mix their lines, keeps the same lines in $o.dep, empties $o.d (pcc
-- adds to a dependency file that exists), and only then moves the new
-- object into place: an object is never newer than what deps.mk knows of
-- it, even after a kill. Shell built-ins but for mv: a compile costs one
-- shell and one mv more than the compiler. (The empty "HEADER:" rules let
-- make go on when a header is deleted. An empty object is refused: pcc
-- answers 0 when its assembler or linker was killed.)
M.APPEND = "test -s $t && set -f && { " ..
  each_prerequisite('echo "$o: $w"; echo "$o: $w" >&3; echo "$w:"; echo "$w:" >&3', "$o.d") ..
  "; } >>$d/deps.mk 3>$o.dep && : >$o.d && mv -f $t $o"

-- After one compile, for a make that reads every object's own file (GNU
-- make's -include): writes the "$o: HEADER" and "HEADER:" lines for the
-- object $o to $o.dep, empties $o.d and only then moves the new object $t
-- into place, for the reasons APPEND gives.
M.KEEP = "test -s $t && set -f && { " ..
  each_prerequisite('echo "$o: $w"; echo "$w:"', "$o.d") ..
  "; } >$o.dep && : >$o.d && mv -f $t $o"

-- After a target's objects are all built (its archive or link step):
-- rewrites $d/deps.mk from the .dep files in $d, one line per object and
-- one empty rule for every header, each named once. (The files are found
-- by the shell, not listed in the command: a target of thousands of
-- objects would make the command longer than a system takes; `set +f`
-- first, as bmake runs a recipe's lines in one shell and an earlier line
-- may have turned globbing off. A .dep of an object no longer built only
-- adds rules no target reaches.) One awk
-- reads them all (shell built-ins read a byte at a time), in the oldest
-- awk's language: no functions, no `in` test. (The links of an object
-- group's users may run at once: the temporary file carries the shell's
-- process number.)
M.MERGE = "set +f; l=; for f in $d/*.dep; do test -f $f && l=\"$l $f\"; done; set -f; " ..
  "awk '$2 != \"\" { if (n[$1] == 0) { o[++k] = $1 }; n[$1]++; d[$1] = d[$1] \" \" $2; " ..
  "if (h[$2] == 0) { h[$2] = 1; w[++m] = $2 } } " ..
  "END { for (i = 1; i <= k; i++) print o[i] d[o[i]]; " ..
  "for (i = 1; i <= m; i++) print w[i] \":\" }' $l </dev/null >$d/deps.$$ && " ..
  "mv -f $d/deps.$$ $d/deps.mk"

-- The prerequisite lines of $o.d alone ("$o: WORD"), for the bootstrap's
-- proof that a compiler's dependency file can be read.
M.LIST = "set -f; " .. each_prerequisite('echo "$o: $w"', "$o.d")

return M
