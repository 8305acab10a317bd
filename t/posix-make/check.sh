#!/bin/sh
# check.sh: flags every construct in a Makefile that lies outside strict
# POSIX.1-2008 make, or that doc/portability.md measured as unsafe on the legacy makes
# Kindler targets (IRIX make/smake, Solaris make, AIX make, BSD make, GNU
# make). One finding a line, in the compiler form
#   FILE:LINE: CONSTRUCT: THE LINE
# Usage: t/posix-make/check.sh [-i] FILE...
#   -i  the files are fragments read through `include` (config.mk): they
#       need no `.POSIX:` line of their own.
# Exit status: 0 nothing found, 1 something found, 2 usage error or an
# unreadable file. POSIX sh and awk only (AWK=mawk|nawk|busybox awk... picks
# the awk; every one of them must give the same answers).
#
# What is flagged, and why (POSIX.1-2008, XCU make; doc/portability.md "Makes"):
# - `.POSIX:` missing from the first non-comment line, or given with
#   prerequisites or commands.
# - Macro definitions other than `name = value`: `:= ::= :::= += ?= !=`,
#   Sun `name :sh = cmd`, target-specific `target: name = value`, names with
#   characters other than letters, digits and `_` (POSIX also allows `.`,
#   but doc/portability.md lists it unsafe in older makes), computed names, and
#   setting MAKEFLAGS (unspecified) or VPATH (a GNU/BSD search path that
#   other makes ignore).
# - Expansions: internal macros other than `$@ $? $%` and, in inference
#   rules only, `$< $*` (`$<` also in `.DEFAULT`), each with its D/F form;
#   so `$^ $+ $| $>`, `$<` or `$*` in a target rule (bmake and Solaris make
#   leave them empty there) -- also when they reach the rule through a
#   macro -- and any internal macro in a target line (`$$@` included);
#   functions `$(name args)` (GNU `shell wildcard patsubst call eval`...);
#   modifiers other than the suffix substitution `:s1=s2` (GNU `%`
#   patterns, BSD `:M :S/// :Q :H`..., Sun `:sh`); nested expansion in a
#   macro name (`$($(X))`: unspecified); `$()`; BSD variables such as
#   `${.TARGET}` and GNU/BSD ones such as `$(MAKECMDGOALS)` that the
#   Makefile does not define itself (but for `test -n '$(MAKEFILE_LIST)'`
#   in a command: see command() below).
# - Rules: `%` pattern and static pattern rules, `::` rules, order-only
#   `|` prerequisites, `.WAIT`, special targets beyond .DEFAULT .IGNORE
#   .POSIX .PRECIOUS .SCCS_GET .SILENT .SUFFIXES (POSIX reserves `.` plus
#   capitals for implementations: `.NOTPARALLEL`, `.ONESHELL`, `.PATH`...),
#   inference rules with prerequisites or several targets, `.DEFAULT` with
#   prerequisites, commands for .IGNORE .POSIX .PRECIOUS .SILENT .SUFFIXES,
#   a double quote in a target name (implementation-defined), a second rule
#   with commands for the same target (POSIX allows one), and a line that
#   is neither a rule nor a macro definition.
#   `.PHONY` is NOT flagged. POSIX.1-2008 leaves a makefile that uses a
#   special target it does not list unspecified, but POSIX.1-2024 added
#   .PHONY, and every legacy make reads it as an ordinary target whose name
#   starts with a period: never the default target, never built unless
#   asked for. The only loss is that a file named like a phony target makes
#   that target look up to date; no make breaks on it.
# - Directives: GNU `ifeq ifneq ifdef ifndef else endif define endef
#   export unexport override private undefine vpath load -include sinclude`,
#   BSD `.if .ifdef .elif .else .endif .for .endfor .include .undef
#   .error`..., and `include` lines POSIX leaves unspecified (no pathname
#   or several, a double quote, an escaped newline on it or just before it).
# - Commands: a command line outside any rule, or after a blank or comment
#   line inside a rule (may start a new entry), a line indented with spaces
#   where a command is expected; a command that only changes shell state
#   (`cd dir`, `export`, `umask`, `X=1` alone on a line: each line runs in
#   its own shell, and bmake runs a simple command without one);
#   `$(MAKE) -C` or `make -C` (legacy makes have no -C); a `#` in a command
#   line (POSIX.1-2008: "A <number-sign> starts a comment regardless of its
#   surroundings"; GNU and BSD make pass it to the shell, but a strict make
#   may cut the command there).
# - Lexical: GNU's `\#` escape, a carriage return, a file that ends with a
#   backslash-newline, `$` at the end of a line or before a blank.
# Not flagged, being POSIX and measured safe: `include file`, `$(S:.c=.o)`,
# `${A}`, `$@ $? $(@D) $(@F)`, `.SUFFIXES .DEFAULT .IGNORE .PRECIOUS
# .SILENT`, `lib(member.o)`, command prefixes `- @ +`.

fragment=no
if test "x$1" = x-i; then
  fragment=yes
  shift
fi
if test $# -eq 0; then
  echo "usage: check.sh [-i] FILE..." >&2
  exit 2
fi
AWK=${AWK:-awk}

status=0
for file in "$@"; do
  if test ! -f "$file" || test ! -r "$file"; then
    echo "$file: cannot read it" >&2
    status=2
    continue
  fi
  $AWK -v file="$file" -v fragment="$fragment" '
# ---------------------------------------------------------------- helpers
function report(n, construct,   key) {
  key = n SUBSEP construct
  if (key in seen) return
  seen[key] = 1
  nfound++
  printf "%s:%d: %s: %s\n", file, n, construct, raw[n]
}

# The physical line of logical line [first, last] that holds snippet.
function where(first, last, snippet,   k) {
  for (k = first; k <= last; k++)
    if (snippet != "" && index(raw[k], snippet) > 0) return k
  return first
}

function trim(s) {
  sub(/^[ \t]+/, "", s)
  sub(/[ \t]+$/, "", s)
  return s
}

# Position of the first character of set in s outside $(...) and ${...},
# or 0.
function find_outside(s, set,   i, n, c, depth) {
  n = length(s)
  depth = 0
  for (i = 1; i <= n; i++) {
    c = substr(s, i, 1)
    if (c == "$" && depth == 0 && substr(s, i + 1, 1) == "$") { i++; continue }
    if (c == "$" && (substr(s, i + 1, 1) == "(" || substr(s, i + 1, 1) == "{")) {
      depth++
      i++
      continue
    }
    if (depth > 0 && (c == "(" || c == "{")) { depth++; continue }
    if (depth > 0 && (c == ")" || c == "}")) { depth--; continue }
    if (depth == 0 && index(set, c) > 0) return i
  }
  return 0
}

function is_gnu_function(name) {
  return name ~ /^(abspath|addprefix|addsuffix|and|basename|call|dir|error|eval|file|filter|filter-out|findstring|firstword|flavor|foreach|guile|if|info|intcmp|join|lastword|let|notdir|or|origin|patsubst|realpath|shell|sort|strip|subst|suffix|value|warning|wildcard|word|wordlist|words)$/
}

# ----------------------------------------------------- one macro reference
# Checks the inside of $(...) or ${...} found at physical line ln.
# ctx: macro, target, explicit, inference, default, include.
function expansion(inner, ctx, ln, mname,   p, q, name, mod, fname, c1, c2, text) {
  text = "$(" inner ")"
  if (inner == "") { report(ln, "empty expansion $() (GNU idiom)"); return }
  p = find_outside(inner, ": \t,")
  if (p > 0 && substr(inner, p, 1) != ":") {
    fname = substr(inner, 1, p - 1)
    if (is_gnu_function(fname))
      report(ln, "GNU function $(" fname " ...)")
    else
      report(ln, "function call or blank in a macro name $(" fname " ...)")
    return
  }
  if (p > 0) {
    name = substr(inner, 1, p - 1)
    mod = substr(inner, p + 1)
  } else {
    name = inner
    mod = ""
  }
  if (index(name, "$") > 0) {
    report(ln, "nested expansion in a macro name " text " (unspecified)")
    return
  }
  c1 = substr(name, 1, 1)
  c2 = substr(name, 2)
  if (length(name) <= 2 && index("@?<*%", c1) > 0 && (c2 == "" || c2 == "D" || c2 == "F")) {
    internal(c1, name, ctx, ln, mname)
  } else if (length(name) <= 2 && index("^+|", c1) > 0 && (c2 == "" || c2 == "D" || c2 == "F")) {
    report(ln, "GNU internal macro $(" name ")")
  } else if (c1 == ".") {
    report(ln, "BSD/GNU special variable $(" name ")")
  } else if (name ~ /[^A-Za-z0-9_]/) {
    if (name ~ /^[A-Za-z0-9_.]+$/)
      report(ln, "macro name with a period $(" name ") (doc/portability.md: letters, digits, _ only)")
    else
      report(ln, "macro name with characters outside letters, digits, _: $(" name ")")
  } else {
    used(name, ctx, ln, mname)
  }
  if (mod == "") return
  if (find_outside(mod, ":") > 0)
    report(ln, "chained modifiers " text " (BSD)")
  else if (mod == "sh")
    report(ln, "Sun :sh modifier " text)
  else if (mod ~ /^[SC][^A-Za-z0-9_]/ || mod ~ /^[!@?]/ || index(mod, "=") == 0)
    report(ln, "BSD modifier :" mod " (only :suffix=suffix is POSIX)")
  else if (index(mod, "%") > 0)
    report(ln, "GNU pattern substitution " text)
  # Expansions inside the substitution are scanned by the caller.
}

# An internal macro c (one of @ ? < * %) written as form, in ctx.
function internal(c, form, ctx, ln, mname,   shown) {
  shown = length(form) == 1 ? "$" form : "$(" form ")"
  if (ctx == "target") {
    report(ln, "internal macro " shown " in a target line")
  } else if (ctx == "include") {
    report(ln, "internal macro " shown " in an include line")
  } else if (c == "<" || c == "*") {
    if (ctx == "macro") {
      late[mname] = late[mname] ? late[mname] : shown
    } else if (ctx == "explicit" || (ctx == "default" && c == "*")) {
      report(ln, shown " in a target rule (only in inference rules" (c == "<" ? " and .DEFAULT" : "") ")")
    }
  }
}

# A macro named name used in ctx at line ln (for the late checks in END).
function used(name, ctx, ln, mname) {
  if (ctx == "macro") {
    refs[mname] = refs[mname] " " name
  } else if (ctx == "explicit" || ctx == "default") {
    nuse++
    use_name[nuse] = name
    use_line[nuse] = ln
    use_ctx[nuse] = ctx
  }
  if (name ~ /^(MAKECMDGOALS|CURDIR|MAKEFILE_LIST|MAKE_VERSION|MAKE_HOST|MAKELEVEL|MAKEFILES|MAKE_RESTARTS|MAKE_TERMOUT|MAKE_TERMERR|GNUMAKEFLAGS|MAKEOBJDIR|MAKEOBJDIRPREFIX|MAKE_MAKEFILES|MAKEFILE|MACHINE|MACHINE_ARCH)$/) {
    nimpl++
    impl_name[nimpl] = name
    impl_line[nimpl] = ln
  }
}

# ------------------------------------------------- every $ in some text
# Scans text (which lies on logical lines first..last) in ctx.
function scan(text, ctx, first, last, mname,   i, n, c, d, j, depth, inner, ln, opening, shut, p, rest) {
  n = length(text)
  i = 1
  while (i <= n) {
    c = substr(text, i, 1)
    if (c != "$") { i++; continue }
    d = substr(text, i + 1, 1)
    if (d == "$") {
      if (ctx == "target" && substr(text, i + 2, 1) ~ /[@({]/)
        report(where(first, last, substr(text, i, 3)), "dynamic prerequisite $$@ (SysV/Sun)")
      i += 2
      continue
    }
    if (d == "") {
      report(where(first, last, "$"), "$ at the end of a line")
      break
    }
    if (d == " " || d == "\t") {
      report(where(first, last, "$" d), "$ followed by a blank")
      i += 2
      continue
    }
    if (d == "(" || d == "{") {
      opening = d
      shut = d == "(" ? ")" : "}"
      depth = 1
      for (j = i + 2; j <= n; j++) {
        if (substr(text, j, 1) == opening) depth++
        else if (substr(text, j, 1) == shut && --depth == 0) break
      }
      if (j > n) {
        report(where(first, last, substr(text, i, 2)), "unterminated macro expansion")
        break
      }
      inner = substr(text, i + 2, j - i - 2)
      ln = where(first, last, substr(text, i, j - i + 1))
      expansion(inner, ctx, ln, mname)
      # Expansions inside: the substitution part of $(A:x=$(B)) or a
      # function argument (already flagged, but its inside may hide more).
      p = find_outside(inner, ": \t,")
      if (p > 0 && index(substr(inner, 1, p - 1), "$") == 0) {
        rest = substr(inner, p + 1)
        if (index(rest, "$") > 0) scan(rest, ctx, first, last, mname)
      }
      i = j + 1
      continue
    }
    ln = where(first, last, "$" d)
    if (index("@?<*%", d) > 0) {
      internal(d, d, ctx, ln, mname)
    } else if (index("^+|", d) > 0) {
      report(ln, "GNU internal macro $" d)
    } else if (d == ">") {
      report(ln, "BSD internal macro $> (.ALLSRC)")
    } else if (d ~ /[A-Za-z0-9_]/) {
      used(d, ctx, ln, mname)
    } else {
      report(ln, "one-character macro $" d " outside letters, digits, _")
    }
    i += 2
  }
}

# ------------------------------------------------------------ command lines
# A command line (logical lines first..last, the tab already removed).
function command(cmd, kind, first, last,   body, s, m, rest, p) {
  # One use of a GNU variable is allowed: test -n with $(MAKEFILE_LIST)
  # in single quotes, in a command, which asks whether the make running
  # it re-reads a remade Makefile (GNU make); every other make expands
  # the undefined macro to nothing, as POSIX says, and the command takes
  # the portable path.
  gsub(/test -n \047\$\(MAKEFILE_LIST\)\047/, "test -n \047\047", cmd)
  scan(cmd, kind, first, last, "")
  body = cmd
  sub(/^[ \t@+-]+/, "", body)
  if (index(body, "#") > 0)
    report(where(first, last, "#"), "# in a command line (POSIX.1-2008 starts a comment at any #)")
  # Only shell state, lost when the next line runs in a new shell.
  s = body
  gsub(/\\\n/, " ", s)
  s = trim(s)
  if (s !~ /(&&|\|\||[;|&`(])/) {
    if (s ~ /^(cd|chdir|pushd|popd|export|unset|umask|alias|set|shopt|ulimit)([ \t]|$)/)
      report(first, "shell state alone on a command line (each line runs in its own shell)")
    else if (s ~ /^[A-Za-z_][A-Za-z0-9_]*=[^ \t]*$/)
      report(first, "shell assignment alone on a command line (each line runs in its own shell)")
  }
  # A make run in another directory: legacy makes have no -C.
  s = body
  gsub(/\\\n/, " ", s)
  while (match(s, /(\$\(MAKE\)|\$\{MAKE\}|(^|[;&|(`])[ \t]*make)[ \t]/)) {
    rest = substr(s, RSTART + RLENGTH)
    s = rest
    p = match(rest, /[;&|`]/)
    if (p > 0) rest = substr(rest, 1, p - 1)
    if (rest ~ /(^|[ \t])-[A-Za-z]*C/ || rest ~ /(^|[ \t])--directory/)
      report(where(first, last, "-C") , "make -C (legacy makes have no -C)")
  }
}

# ---------------------------------------------------------------- rules
function special_ok(t) {
  return t ~ /^\.(DEFAULT|IGNORE|POSIX|PRECIOUS|SCCS_GET|SILENT|SUFFIXES)$/
}

# A target line: targets, what follows the colon (sep is : or ::).
function rule(targets, rest, sep, first, last,   nt, t, k, w, nw, prereqs, inline, p, kind, ln, pattern, nocmd) {
  if (sep == "::")
    report(where(first, last, "::"), ":: rule (BSD double colon)")
  p = find_outside(rest, ";")
  if (p > 0) {
    prereqs = substr(rest, 1, p - 1)
    inline = substr(rest, p + 1)
  } else {
    prereqs = rest
    inline = ""
  }
  if (prereqs ~ /^[ \t]*sh[ \t]*=/) {
    report(first, "Sun :sh assignment")
    inrule = 0
    return
  }
  if (find_outside(prereqs, "=") > 0) {
    report(first, "target-specific macro assignment (GNU/BSD)")
    inrule = 0
    return
  }
  if (find_outside(prereqs, ":") > 0)
    report(where(first, last, "%"), "static pattern rule or second : (GNU)")
  nt = split(trim(targets), t, /[ \t]+/)
  kind = "explicit"
  pattern = index(targets, "%") > 0
  nocmd = 0
  for (k = 1; k <= nt; k++) {
    ln = where(first, last, t[k])
    if (index(t[k], "%") > 0)
      report(ln, "% pattern rule (GNU/Sun)")
    else if (t[k] ~ /^\.[A-Z][A-Z_]+$/ && t[k] != ".PHONY" && !special_ok(t[k]))
      report(ln, "special target " t[k] " (not in POSIX.1-2008)")
    else if (t[k] ~ /^\.[^.\/]+(\.[^.\/]+)?$/ && t[k] !~ /^\.[A-Z][A-Z_]+$/ && index(t[k], "$") == 0) {
      kind = "inference"
      if (nt > 1) report(ln, "inference rule with several targets")
    }
    if (index(t[k], "\"") > 0)
      report(ln, "double quote in a target name (implementation-defined)")
    if (t[k] == ".DEFAULT" && nt == 1) kind = "default"
    if (t[k] ~ /^\.(IGNORE|POSIX|PRECIOUS|SILENT|SUFFIXES)$/) nocmd = 1
    if (t[k] == ".POSIX" && (trim(prereqs) != "" || p > 0))
      report(ln, ".POSIX with prerequisites or commands")
    if (t[k] == ".POSIX" && logical_index > 1)
      report(ln, ".POSIX not on the first non-comment line")
  }
  nw = split(trim(prereqs), w, /[ \t]+/)
  for (k = 1; k <= nw; k++) {
    ln = where(first, last, w[k])
    if (w[k] == "|") report(ln, "order-only prerequisites | (GNU)")
    else if (w[k] == ".WAIT") report(ln, ".WAIT (BSD)")
    else if (index(w[k], "%") > 0 && !pattern && index(prereqs, ":") == 0) report(ln, "% in a prerequisite (GNU/Sun pattern)")
  }
  if (kind == "inference" && trim(prereqs) != "")
    report(first, "inference rule with prerequisites")
  if (kind == "default" && trim(prereqs) != "")
    report(first, ".DEFAULT with prerequisites")
  scan(targets " " prereqs, "target", first, last, "")
  inrule = 1
  rule_kind = kind
  rule_targets = trim(targets)
  rule_sep = sep
  rule_has_commands = 0
  rule_nocmd = nocmd
  if (p > 0 && nocmd && trim(inline) != "") report(first, "commands for " rule_targets " (POSIX: none allowed)")
  if (p > 0) {
    had_command()
    command(inline, kind, first, last)
  }
}

# The current rule has commands: POSIX allows one such rule per target.
function had_command(   nt, t, k) {
  if (rule_has_commands || rule_kind != "explicit" || rule_sep == "::") return
  rule_has_commands = 1
  nt = split(rule_targets, t, /[ \t]+/)
  for (k = 1; k <= nt; k++) {
    if (t[k] ~ /^\.[A-Z][A-Z_]+$/) continue
    if (t[k] in recipe_at)
      report(rule_line, "second rule with commands for " t[k] " (first at line " recipe_at[t[k]] ")")
    else
      recipe_at[t[k]] = rule_line
  }
}

# ------------------------------------------------------ non-command lines
function directive(s, first, last,   w, nw, word, fields, f) {
  word = s
  sub(/[ \t].*$/, "", word)
  if (word ~ /^(ifeq|ifneq|ifdef|ifndef|else|endif)$/) {
    report(first, "GNU conditional " word); return 1
  }
  if (word ~ /^(define|endef|export|unexport|override|private|undefine|vpath|load|-load)$/) {
    report(first, "GNU directive " word)
    if (word == "define") in_define = 1
    return 1
  }
  if (word == "-include" || word == "sinclude") {
    report(first, word " (optional include: GNU/Sun)"); return 1
  }
  if (s ~ /^\.[ \t]*(if|ifdef|ifndef|ifmake|ifnmake|elif|elifdef|elifndef|elifmake|elifnmake|else|endif|for|endfor|include|sinclude|-include|dinclude|undef|error|warning|info|export|export-env|export-literal|unexport|unexport-env|poison|break)([ \t]|$)/) {
    w = s
    sub(/^\.[ \t]*/, "", w)
    sub(/[ \t].*$/, "", w)
    report(first, "BSD directive ." w); return 1
  }
  if (word == "include" && s ~ /^include[ \t]/) {
    f = s
    sub(/^include[ \t]+/, "", f)
    nw = split(trim(f), fields, /[ \t]+/)
    if (nw != 1) report(first, "include with " nw " pathnames (POSIX.1-2008: exactly one)")
    if (index(f, "\"") > 0) report(first, "double quote in an include line (unspecified)")
    if (last > first || (first > 1 && raw[first - 1] ~ /\\$/) || (prev_last == first - 1 && prev_last > prev_first))
      report(first, "escaped newline on or before an include line (unspecified)")
    scan(f, "include", first, last, "")
    return 1
  }
  return 0
}

# A macro definition: name, the operator and the value.
function definition(name, op, value, first, last,   n) {
  n = trim(name)
  if (op != "=")
    report(where(first, last, op), op " assignment (POSIX.1-2008 has only =)")
  if (n == "") {
    report(first, "macro definition with no name")
  } else if (index(n, "$") > 0) {
    report(first, "computed macro name " n)
    scan(n, "macro", first, last, "")
  } else if (n ~ /^[A-Za-z0-9_.]+$/ && index(n, ".") > 0) {
    report(first, "macro name with a period " n " (doc/portability.md: letters, digits, _ only)")
  } else if (n ~ /[^A-Za-z0-9_]/) {
    report(first, "macro name with characters outside letters, digits, _: " n)
  }
  if (n == "MAKEFLAGS") report(first, "setting MAKEFLAGS (unspecified)")
  if (n == "VPATH") report(first, "VPATH (GNU/BSD search path; other makes ignore it)")
  defined[n] = 1
  scan(value, "macro", first, last, n)
}

function logical(s, first, last, leading,   p, q, c, op, name) {
  logical_index++
  if (logical_index == 1 && fragment != "yes" && s !~ /^\.POSIX[ \t]*:/)
    report(first, "missing .POSIX: as the first non-comment line")
  if (in_define) {
    if (s ~ /^endef([ \t]|$)/) { in_define = 0; report(first, "GNU directive endef") }
    return
  }
  if (directive(s, first, last)) { inrule = 0; return }
  p = find_outside(s, ":=")
  if (p == 0) {
    if (leading && inrule)
      report(first, "command indented with spaces, not a tab")
    else
      report(first, "neither a rule nor a macro definition")
    scan(s, "target", first, last, "")
    inrule = 0
    return
  }
  c = substr(s, p, 1)
  if (c == "=") {
    op = "="
    name = substr(s, 1, p - 1)
    q = substr(name, length(name), 1)
    if (q == "+" || q == "?" || q == "!") {
      op = q "="
      name = substr(name, 1, length(name) - 1)
    }
    definition(name, op, substr(s, p + 1), first, last)
    inrule = 0
    return
  }
  # A colon: a macro (:= ::= :::=) or a rule (: ::).
  if (substr(s, p, 4) == ":::=") { definition(substr(s, 1, p - 1), ":::=", substr(s, p + 4), first, last); inrule = 0; return }
  if (substr(s, p, 3) == "::=") { definition(substr(s, 1, p - 1), "::=", substr(s, p + 3), first, last); inrule = 0; return }
  if (substr(s, p, 2) == ":=") { definition(substr(s, 1, p - 1), ":=", substr(s, p + 2), first, last); inrule = 0; return }
  rule_line = first
  if (substr(s, p, 2) == "::")
    rule(substr(s, 1, p - 1), substr(s, p + 2), "::", first, last)
  else
    rule(substr(s, 1, p - 1), substr(s, p + 1), ":", first, last)
}

# Strips a comment from a non-command line (POSIX: from any #).
function uncomment(s, first, last,   p) {
  p = index(s, "#")
  if (p == 0) return s
  if (p > 1 && substr(s, p - 1, 1) == "\\")
    report(where(first, last, "\\#"), "\\# escape (GNU; POSIX starts a comment at any #)")
  return substr(s, 1, p - 1)
}

# ------------------------------------------------------------------- main
{ raw[NR] = $0 }

END {
  n = NR
  if (n == 0 && fragment != "yes") {
    raw[1] = ""
    report(1, "missing .POSIX: as the first non-comment line")
  }
  if (n > 0 && raw[n] ~ /\\$/) report(n, "backslash-newline at the end of the file")
  for (i = 1; i <= n; i++) {
    if (index(raw[i], "\r") > 0) report(i, "carriage return (CRLF line end)")
    gsub(/\r/, "", raw[i])
  }
  inrule = 0
  gap = 0
  i = 1
  while (i <= n) {
    line = raw[i]
    first = i
    if (substr(line, 1, 1) == "\t" && !in_define) {
      # A command line: continued lines keep their backslash-newline; the
      # tab that starts a continued line is not part of the command.
      cmd = substr(line, 2)
      while (cmd ~ /\\$/ && i < n) {
        i++
        next_line = raw[i]
        if (substr(next_line, 1, 1) == "\t") next_line = substr(next_line, 2)
        cmd = cmd "\n" next_line
      }
      last = i
      i++
      if (!inrule) {
        if (trim(cmd) != "" && cmd !~ /^[ \t]*#/) {
          if (logical_index == 0 && fragment != "yes") {
            logical_index = 1
            report(first, "missing .POSIX: as the first non-comment line")
          }
          report(first, "command line outside a rule")
        }
        continue
      }
      if (gap) report(first, "command after a blank or comment line in a rule (may start a new entry)")
      gap = 0
      if (rule_nocmd) report(first, "commands for " rule_targets " (POSIX: none allowed)")
      had_command()
      command(cmd, rule_kind, first, last)
      continue
    }
    # Any other line: backslash-newline and the blanks around it become
    # one space.
    s = line
    while (s ~ /\\$/ && i < n) {
      i++
      s = substr(s, 1, length(s) - 1)
      sub(/[ \t]+$/, "", s)
      t = raw[i]
      sub(/^[ \t]+/, "", t)
      s = s " " t
    }
    last = i
    i++
    prev_first = this_first
    prev_last = this_last
    this_first = first
    this_last = last
    if (trim(s) == "" || s ~ /^[ \t]*#/) {
      if (inrule) gap = 1
      if (in_define) continue
      continue
    }
    gap = 0
    leading = s ~ /^[ \t]/
    s = uncomment(s, first, last)
    sub(/[ \t]+$/, "", s)
    if (trim(s) == "") continue
    sub(/^[ \t]+/, "", s)
    logical(s, first, last, leading)
  }
  if (in_define) report(n, "define without endef (GNU)")

  # $< and $* that reach a target rule through macros.
  for (pass = 0; pass < 20; pass++) {
    changed = 0
    for (m in refs) {
      if (late[m]) continue
      k = split(refs[m], r, " ")
      for (j = 1; j <= k; j++) if (late[r[j]]) { late[m] = late[r[j]]; changed = 1; break }
    }
    if (!changed) break
  }
  for (u = 1; u <= nuse; u++) {
    m = use_name[u]
    if (late[m] && (use_ctx[u] == "explicit" || late[m] ~ /\*/))
      report(use_line[u], late[m] " in a target rule through $(" m ") (only in inference rules)")
  }
  for (u = 1; u <= nimpl; u++)
    if (!(impl_name[u] in defined))
      report(impl_line[u], "GNU/BSD variable $(" impl_name[u] ")")
  exit (nfound > 0 ? 1 : 0)
}
' "$file"
  rc=$?
  if test $rc -eq 1 && test $status -eq 0; then status=1
  elif test $rc -gt 1; then status=2
  fi
done
exit $status
