#!/bin/sh
# bench/report.sh: the Markdown report of a benchmark run, on standard output.
#
# Usage: sh bench/report.sh WORKDIR
#
# bench/run.sh calls it on its work directory (kept with BENCH_KEEP=1, so
# that the report can be written again), which holds:
#   samples.tsv   size phase tool rep wall_s cpu_s peak_kb status
#   counts.tsv    size phase tool rep objects artifacts
#   meta          key=value: the machine, the tools, the repetitions, ...
#   missing       the tools skipped, one a line
#   boot-summary  kindler-bootstrap's own summary of the compilers
#   profile.md    bench/profile.sh's output for the largest size run

test $# -eq 1 || { echo "usage: sh bench/report.sh WORKDIR" >&2; exit 2; }
W=$1
test -f "$W/samples.tsv" && test -f "$W/meta" || {
  echo "bench/report.sh: $W holds no benchmark run" >&2; exit 1; }
for f in counts.tsv missing boot-summary profile.md; do
  test -f "$W/$f" || : >"$W/$f"
done

awk -F'\t' -v meta="$W/meta" -v missing="$W/missing" \
    -v bootsum="$W/boot-summary" -v profile="$W/profile.md" '
function sortn(a, n,    i, j, v) {
  for (i = 2; i <= n; i++) {
    v = a[i]
    for (j = i - 1; j >= 1 && a[j] + 0 > v + 0; j--) a[j + 1] = a[j]
    a[j + 1] = v
  }
}
# statistics of a space-separated list: sets S_n, S_med, S_min, S_max
function stats(list,    a, n) {
  n = split(list, a, " ")
  S_n = n
  if (n == 0) { S_med = S_min = S_max = ""; return }
  sortn(a, n)
  S_min = a[1]; S_max = a[n]
  S_med = (n % 2) ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
}
function med(list) { stats(list); return S_med }
function maxof(list) { stats(list); return S_max }
function sec(x) {
  if (x == "") return "–"
  x += 0
  if (x >= 100) return sprintf("%.0f", x)
  if (x >= 10) return sprintf("%.1f", x)
  if (x >= 1) return sprintf("%.2f", x)
  return sprintf("%.3f", x)
}
function ratio(a, b) {
  if (a == "" || b == "" || b + 0 == 0) return "–"
  a = a / b
  if (a >= 100) return sprintf("%.0f×", a)
  if (a >= 10) return sprintf("%.1f×", a)
  return sprintf("%.2f×", a)
}
function times(n) { return n == 1 ? "1 repetition" : n " repetitions" }
function mb(kb) { return kb == "" ? "–" : sprintf("%.1f", kb / 1024) }
function has(k) { return (k in W) && W[k] != "" }
function M(k) { return (k in META) ? META[k] : "" }

# ---- input ----
BEGIN {
  while ((getline line < meta) > 0) {
    i = index(line, "=")
    if (i) META[substr(line, 1, i - 1)] = substr(line, i + 1)
  }
  nmiss = 0
  while ((getline line < missing) > 0) if (line != "") MISS[++nmiss] = line
  GENNAME["kindler"] = "`kindler export` (warm caches)"
  GENNAME["kindler-gmake"] = "`kindler export -e gmake`"
  GENNAME["kindler-ninja"] = "`kindler export -e ninja`"
  GENNAME["kindler-compdb"] = "`kindler export -e compdb`"
  GENNAME["kindler-dot"] = "`kindler export -e dot`"
  GENNAME["kindler-json"] = "`kindler export -e json`"
  GENNAME["cmake-make"] = "`cmake` fresh, Unix Makefiles"
  GENNAME["cmake-ninja"] = "`cmake` fresh, Ninja"
  GENNAME["cmake-rerun"] = "`cmake` re-run in its configured Ninja dir (reference)"
  GENNAME["meson"] = "`meson setup`"
  GENNAME["premake4"] = "`premake4 gmake`"
  TOOLNAME["kindler-make"] = "Kindler Makefile, GNU make"
  TOOLNAME["kindler-bmake"] = "Kindler Makefile, bmake"
  TOOLNAME["kindler-ninja"] = "Kindler build.ninja, Ninja"
  TOOLNAME["flat-make"] = "flat POSIX Makefile, GNU make (reference)"
  TOOLNAME["flat-bmake"] = "flat POSIX Makefile, bmake (reference)"
  TOOLNAME["cmake-make"] = "CMake, Unix Makefiles (GNU make)"
  TOOLNAME["cmake-ninja"] = "CMake, Ninja"
  split("kindler kindler-gmake kindler-ninja kindler-compdb kindler-dot kindler-json cmake-make cmake-ninja cmake-rerun meson premake4", GENS, " ")
  split("kindler-make kindler-bmake kindler-ninja flat-make flat-bmake cmake-make cmake-ninja", BUILDS, " ")
  split("small medium large", SIZES, " ")
  PHASENAME["full"] = "Full build"
  PHASENAME["noop"] = "No-op rebuild"
  PHASENAME["touch"] = "Rebuild after touching one header"
}
FILENAME ~ /samples.tsv$/ {
  k = $1 SUBSEP $2 SUBSEP $3
  if ($8 != 0) { FAIL[k]++; next }
  W[k] = W[k] " " $5
  if ($6 != "-") C[k] = C[k] " " $6
  if ($7 != "-") R[k] = R[k] " " $7
  RAW[++nraw] = $0
  SEEN[$1] = 1
  next
}
FILENAME ~ /counts.tsv$/ {
  k = $1 SUBSEP $2 SUBSEP $3
  OBJ[k] = OBJ[k] " " $5
  if ($6 != "-") ART[k] = ART[k] " " $6
  next
}

function gname(t) { return GENNAME[t] }
function uniq(list,    a, n, i, s, seen) {
  n = split(list, a, " "); s = ""
  for (i = 1; i <= n; i++) if (!(a[i] in seen)) { seen[a[i]] = 1; s = s (s == "" ? "" : ", ") a[i] }
  return s
}

# verdict ROW: name, measured text, met?, how much missed
function target(name, measured, ok, miss) {
  printf "| %s | %s | %s |\n", name, measured, ok ? "**met**" : "**missed**: " miss
}
# a reference row: measured, not judged
function reference(name, measured, note) {
  printf "| %s | %s | reference%s |\n", name, measured, note == "" ? "" : ": " note
}
# vs_ninja: a median against the CMake + Ninja median ("X s vs N s: R×")
function vs_ninja(sz, ph, t,    x, n) {
  x = med(W[sz, ph, t]); n = med(W[sz, ph, "cmake-ninja"])
  return sprintf("%s s vs %s s: %s", sec(x), sec(n), ratio(x, n))
}
# nobj: the objects a header-touch rebuild wrote
function nobj(sz, t) { return uniq(OBJ[sz, "touch", t]) }

# The targets of issue 9 (bench/README), with the flat Makefile beside
# the no-op and header-touch ones for reference.
function targets(sz,    kg, pm, rss, nn, tn, fn, nk, tk, fk, i, bm, fl, lim, cite, ex, reps, ok, why) {
  print "## The targets\n"
  if (sz != "large")
    print "The large project was not run: the targets are judged on the " sz \
          " project here, which says little.\n"
  print "As bench/README states them, on the " sz " project, from the medians " \
        "of wall-clock time (CPU time, user + system of the tool and every " \
        "process it waited for, beside it: less disturbed by other load); " \
        "ratios are Kindler'"'"'s time over the other'"'"'s, measured in the same run.\n"
  print "| target | measured | verdict |"
  print "|---|---|---|"
  kg = med(W[sz, "gen", "kindler"])
  if (has(sz SUBSEP "gen" SUBSEP "premake4")) {
    pm = med(W[sz, "gen", "premake4"])
    target("`kindler export` ≤ 0.35× the time of `premake4 gmake`",
      sprintf("%s s vs %s s: %s (CPU %s)", sec(kg), sec(pm), ratio(kg, pm),
              ratio(med(C[sz, "gen", "kindler"]), med(C[sz, "gen", "premake4"]))),
      kg <= 0.35 * pm, sprintf("%s s over the allowed %s s", sec(kg - 0.35 * pm), sec(0.35 * pm)))
  }
  if (R[sz, "gen", "kindler"] != "") {
    rss = maxof(R[sz, "gen", "kindler"])
    target("`kindler export` peak memory < 32 MiB", sprintf("%s MiB (the largest of %s)", mb(rss), times(S_n)),
      rss < 32768, sprintf("%s MiB over", mb(rss - 32768)))
  }
  nn = med(W[sz, "noop", "cmake-ninja"])
  tn = med(W[sz, "touch", "cmake-ninja"])
  fn = med(W[sz, "full", "cmake-ninja"])
  for (i = 1; i <= 2 && nn != ""; i++) {
    bm = (i == 1) ? "kindler-make" : "kindler-bmake"
    fl = (i == 1) ? "flat-make" : "flat-bmake"
    lim = (i == 1) ? 2.0 : 1.8
    cite = (i == 1) ? "1.96×" : "1.68×"
    if (has(sz SUBSEP "noop" SUBSEP bm)) {
      nk = med(W[sz, "noop", bm])
      target(sprintf("no-op rebuild, %s, ≤ %.1f× Ninja'"'"'s", TOOLNAME[bm], lim),
        vs_ninja(sz, "noop", bm), nk <= lim * nn,
        sprintf("%s s over the allowed %s s", sec(nk - lim * nn), sec(lim * nn)))
    }
    if (has(sz SUBSEP "noop" SUBSEP fl))
      reference("no-op rebuild, " TOOLNAME[fl], vs_ninja(sz, "noop", fl), "issue 9 cites " cite " Ninja'"'"'s")
  }
  if (nn != "" && has(sz SUBSEP "noop" SUBSEP "kindler-ninja")) {
    nk = med(W[sz, "noop", "kindler-ninja"])
    target("no-op rebuild, " TOOLNAME["kindler-ninja"] ", ≤ 1.1× CMake'"'"'s Ninja", vs_ninja(sz, "noop", "kindler-ninja"),
      nk <= 1.1 * nn, sprintf("%s s over the allowed %s s", sec(nk - 1.1 * nn), sec(1.1 * nn)))
  }
  if (tn != "" && has(sz SUBSEP "touch" SUBSEP "kindler-ninja"))
    reference("rebuild after a header touch, " TOOLNAME["kindler-ninja"],
      sprintf("%s; %s objects", vs_ninja(sz, "touch", "kindler-ninja"), nobj(sz, "kindler-ninja")), "")
  for (i = 1; i <= 2 && tn != ""; i++) {
    bm = (i == 1) ? "kindler-make" : "kindler-bmake"
    if (has(sz SUBSEP "touch" SUBSEP bm)) {
      tk = med(W[sz, "touch", bm])
      ex = M("exported_" sz "-" bm) + 0; reps = M("reps_touch_" sz)
      ok = tk <= 1.15 * tn && ex == 0
      why = ""
      if (tk > 1.15 * tn) why = sprintf("%s s over the allowed %s s", sec(tk - 1.15 * tn), sec(1.15 * tn))
      if (ex > 0) why = why (why == "" ? "" : "; ") sprintf("`kindler export` ran in %d of %d rebuilds", ex, reps)
      target("rebuild after a header touch, " TOOLNAME[bm] ", ≤ 1.15× Ninja'"'"'s, with no export in it",
        sprintf("%s; %s objects vs Ninja'"'"'s %s; `kindler export` ran in %d of %d rebuilds",
          vs_ninja(sz, "touch", bm), nobj(sz, bm), nobj(sz, "cmake-ninja"), ex, reps), ok, why)
    }
  }
  for (i = 1; i <= 2 && tn != ""; i++) {
    fl = (i == 1) ? "flat-make" : "flat-bmake"
    if (has(sz SUBSEP "touch" SUBSEP fl))
      reference("rebuild after a header touch, " TOOLNAME[fl],
        sprintf("%s; %s objects", vs_ninja(sz, "touch", fl), nobj(sz, fl)), "")
  }
  for (i = 1; i <= 2 && fn != ""; i++) {
    bm = (i == 1) ? "kindler-make" : "kindler-bmake"
    if (!has(sz SUBSEP "full" SUBSEP bm)) continue
    fk = med(W[sz, "full", bm])
    target("full build, " TOOLNAME[bm] ", within 3% of Ninja'"'"'s (reference)",
      sprintf("%s s vs %s s: %+.1f%% (CPU %s vs %s s: %+.1f%%; fastest runs %s vs %s s: %+.1f%%)", sec(fk), sec(fn), 100 * (fk / fn - 1),
        sec(med(C[sz, "full", bm])), sec(med(C[sz, "full", "cmake-ninja"])),
        100 * (med(C[sz, "full", bm]) / med(C[sz, "full", "cmake-ninja"]) - 1),
        sec(maxmin(bm, sz)), sec(maxmin("cmake-ninja", sz)), 100 * (maxmin(bm, sz) / maxmin("cmake-ninja", sz) - 1)),
      fk <= 1.03 * fn, sprintf("%.1f%% slower, %s s over the allowed %s s", 100 * (fk / fn - 1), sec(fk - 1.03 * fn), sec(1.03 * fn)))
  }
  print ""
}

# The rows of profile.md: STAGE[command] = "wall cpu mb"; LUATOP: the
# heaviest Lua functions, inclusive; FLOOR: its floor lines
function read_profile(    line, f, n, inblock, inself, c) {
  nlua = 0; nfloor = 0
  while ((getline line < profile) > 0) {
    if (line ~ /^\| `kindler /) {
      n = split(line, f, "|")
      c = f[2]; gsub(/^ *`kindler |` *$/, "", c); sub(/ -B BUILD$/, "", c)
      STAGE[c] = f[4] + 0; STAGECPU[c] = f[5] + 0
    }
    if (line ~ /^- (reading|creating) /) FLOOR[++nfloor] = substr(line, 3)
    if (line ~ /^self:/) inself = 1
    if (line ~ /^lines/) inself = 0
    if (inself && line ~ /command\/kindler\/export\.lua:[0-9]+ \?$/ && EXPORTCMD == "") {
      sub(/^ +/, "", line); split(line, f, " +"); EXPORTCMD = f[1] " s, " f[2]
    }
    if (line ~ /^inclusive:/) { inblock = 1; continue }
    if (inblock && line !~ /^ +[0-9]/) inblock = 0
    if (inblock && line !~ /command\/kindler\/|export\/make.lua:[0-9]+ \?$/ && nlua < 7) {
      sub(/^ +/, "", line)
      n = split(line, f, " +")
      LUATOP[++nlua] = sprintf("%s (%s s, %s)", f[3] (f[4] != "" ? " " f[4] : ""), f[1], f[2])
    }
  }
  close(profile)
}
function maxmin(t, sz) { stats(W[sz, "full", t]); return S_min }

# kb: a byte count of meta, in KB
function kb(k) { return sprintf("%.0f", M(k) / 1024) }
function notes(sz,    kg, kc, pm, pre, ex, i, nn, nk, nb, pk, pf, fk, fb, fn, ff, ck, cn, tk, tb, tn, tf, x, ea, eb) {
  print "## Where the time goes\n"
  print "What the measurements above and the profile below say about each target, met or missed.\n"
  kg = med(W[sz, "gen", "kindler"]); kc = med(C[sz, "gen", "kindler"])
  pm = med(W[sz, "gen", "premake4"])
  read_profile()
  printf "**`kindler export`** took %s s (CPU %s s) on the %s project", sec(kg), sec(kc), sz
  if (pm != "") printf ", %s `premake4 gmake`'"'"'s %s s; the target allows %s s", ratio(kg, pm), sec(pm), sec(0.35 * pm)
  printf "."
  if ("dump --stage normalized" in STAGE && "export" in STAGE) {
    pre = STAGE["dump --stage normalized"]; ex = STAGE["export"]
    printf " In the profile run, everything before the exporter (start-up, the parse, validation, normalization, the caches: `kindler dump --stage normalized`) took %s s of the %s s; the rest, %s s (%.0f%%), is the make exporter and the writing of the build directory (lua/kindler/export/make.lua; lua/kindler/command/kindler/export.lua, M.export%s).", sec(pre), sec(ex), sec(ex - pre), 100 * (ex - pre) / ex, (EXPORTCMD != "" ? ": " EXPORTCMD " of the Lua run" : "")
  }
  if (nlua > 0) {
    printf " The heaviest Lua functions, with what they call (CPU, share of the Lua run):"
    for (i = 1; i <= nlua; i++) printf "%s %s", (i > 1 ? ";" : ""), LUATOP[i]
    printf "."
  }
  if (nfloor == 2) {
    printf " Two floors, whatever the language: %s; %s. An export that reads every source for its headers pays both; one that leaves headers to the compiler, the second alone.", FLOOR[1], FLOOR[2]
  }
  print "\n"

  nn = med(W[sz, "noop", "cmake-ninja"]); nk = med(W[sz, "noop", "kindler-make"]); nb = med(W[sz, "noop", "kindler-bmake"])
  pk = med(W[sz, "parse", "kindler-make"]); pf = med(W[sz, "parse", "flat-make"])
  if (nn != "" && nk != "") {
    printf "**The no-op rebuild** took %s s under GNU make (%s Ninja'"'"'s %s s)", sec(nk), ratio(nk, nn), sec(nn)
    if (nb != "") printf " and %s s under bmake (%s)", sec(nb), ratio(nb, nn)
    printf ". Make reads the %s KB of Kindler'"'"'s Makefile and the dependency files it includes (every *.mk of the build directory, after the full build), then looks at every prerequisite", kb("bytes_kindler-make_" sz)
    if (pk != "") printf "; reading alone (`make -n clean`, GNU make, median of %s) took %s s, the rest is the file lookups and the graph walk", times(M("reps_noop_" sz)), sec(pk)
    printf "."
    if (has(sz SUBSEP "noop" SUBSEP "flat-make")) {
      printf " The flat Makefile (%s KB, the headers of each object named in its rule) took %s s under GNU make (%s)", kb("bytes_flat-make_" sz), sec(med(W[sz, "noop", "flat-make"])), ratio(med(W[sz, "noop", "flat-make"]), nn)
      if (has(sz SUBSEP "noop" SUBSEP "flat-bmake")) printf " and %s s under bmake (%s)", sec(med(W[sz, "noop", "flat-bmake"])), ratio(med(W[sz, "noop", "flat-bmake"]), nn)
      if (pf != "") printf ", reading it alone %s s", sec(pf)
      printf ": what a make pays for such a file, which issue 9 puts at 1.96× and 1.68× Ninja'"'"'s."
    }
    print "\n"
  }

  fk = med(W[sz, "full", "kindler-make"]); fb = med(W[sz, "full", "kindler-bmake"]); fn = med(W[sz, "full", "cmake-ninja"])
  ck = med(C[sz, "full", "kindler-make"]); cn = med(C[sz, "full", "cmake-ninja"])
  if (fk != "" && fn != "") {
    printf "**The full build** under GNU make took %s s, %+.1f%% against Ninja'"'"'s %s s (CPU %+.1f%%), from %s. ", sec(fk), 100 * (fk / fn - 1), sec(fn), 100 * (ck / cn - 1), times(M("reps_full_" sz))
    if (fb != "") {
      x = 100 * (fk > fb ? fk / fb - 1 : fb / fk - 1)
      printf "Kindler'"'"'s Makefile under bmake runs the very same compile and link commands, and took %s s: the %.1f%% between the two makes is noise, %s than the 3%% to be judged. ", sec(fb), x, (x > 3 ? "larger" : "smaller")
    }
    if (M("reps_full_" sz) > 1)
      printf "The fastest run of each, the least disturbed by other load: Kindler/GNU make %s s, Kindler/bmake %s s, Ninja %s s (Kindler/GNU make %+.1f%%). ", sec(maxmin("kindler-make", sz)), sec(maxmin("kindler-bmake", sz)), sec(maxmin("cmake-ninja", sz)), 100 * (maxmin("kindler-make", sz) / maxmin("cmake-ninja", sz) - 1)
    ff = med(W[sz, "full", "flat-make"])
    if (ff != "") printf "The flat Makefile, whose compiles write no dependency files, took %s s under GNU make (%+.1f%%). ", sec(ff), 100 * (ff / fn - 1)
    printf "Every tool compiled the same %s objects; beyond the compiles and the links, Kindler'"'"'s make reads its Makefiles (the no-op time, %s s, %.2f%% of the build).\n\n", uniq(OBJ[sz, "full", "kindler-make"]), sec(nk), 100 * nk / fk
  }

  tk = med(W[sz, "touch", "kindler-make"]); tb = med(W[sz, "touch", "kindler-bmake"]); tn = med(W[sz, "touch", "cmake-ninja"])
  tf = med(W[sz, "touch", "flat-make"])
  if (tk != "" && tn != "") {
    printf "**The rebuild after a header touch** took %s s under GNU make (%s Ninja'"'"'s %s s)", sec(tk), ratio(tk, tn), sec(tn)
    if (tb != "") printf " and %s s under bmake (%s)", sec(tb), ratio(tb, tn)
    printf ", recompiling %s objects (Ninja: %s). ", nobj(sz, "kindler-make"), nobj(sz, "cmake-ninja")
    ea = M("exported_" sz "-kindler-make") + 0; eb = M("exported_" sz "-kindler-bmake") + 0
    if (ea + eb > 0)
      printf "Kindler'"'"'s Makefile ran `kindler export` in %d of %s rebuilds under GNU make and %d under bmake: each of those includes an export, about %s s (the export time above). ", ea, M("reps_touch_" sz), eb, sec(kg)
    else printf "No `kindler export` ran in any of them. "
    if (tf != "") printf "The flat Makefile took %s s under GNU make (%s).", sec(tf), ratio(tf, tn)
    print "\n"
  }
}

function generation(sz,    i, t, k, kg, kc) {
  print "### Generation\n"
  printf "%s of each, after one untimed warm-up; the tools take turns.\n", times(M("reps_gen_" sz))
  print "Ratios are the tool'"'"'s median over `kindler export`'"'"'s: above 1, Kindler is faster.\n"
  print "| generator | median s | min s | max s | CPU s | peak MiB | time / Kindler'"'"'s | CPU / Kindler'"'"'s |"
  print "|---|---:|---:|---:|---:|---:|---:|---:|"
  kg = med(W[sz, "gen", "kindler"]); kc = med(C[sz, "gen", "kindler"])
  for (i = 1; i in GENS; i++) {
    t = GENS[i]; k = sz SUBSEP "gen" SUBSEP t
    if (!has(k)) {
      if (k in FAIL) printf "| %s | failed (%d runs) | | | | | | |\n", gname(t), FAIL[k]
      continue
    }
    stats(W[k]); wmed = S_med; wmin = S_min; wmax = S_max
    cmed = med(C[k]); rmax = maxof(R[k])
    printf "| %s | %s | %s | %s | %s | %s | %s | %s |\n", gname(t), sec(wmed), sec(wmin), sec(wmax),
      sec(cmed), mb(rmax), ratio(wmed, kg), ratio(cmed, kc)
  }
  print ""
}

function builds(sz,    p, ph, i, t, k, base, cbase, any) {
  split("full noop touch", ph, " ")
  for (p = 1; p <= 3; p++) {
    any = 0
    for (i = 1; i in BUILDS; i++) if (has(sz SUBSEP ph[p] SUBSEP BUILDS[i])) any = 1
    if (!any) continue
    printf "### %s (-j%s)\n\n", PHASENAME[ph[p]], M("jobs")
    printf "%s", times(M("reps_" ph[p] "_" sz))
    if (ph[p] == "full") printf "; each from clean (`make clean`, `ninja -t clean`), the tools taking turns; objects: the object files in the build directory afterwards"
    if (ph[p] == "noop") printf ", right after a full build"
    if (ph[p] == "touch") printf " of: touch `%s`, then build; objects: the object files written by the build (newer than a mark made before the touch), relinked: the libraries and programs", M("touched_" sz)
    print ".\nRatios are over CMake + Ninja'"'"'s median: below 1, faster than Ninja.\n"
    printf "| build | median s | min s | max s | CPU s | time / Ninja'"'"'s | CPU / Ninja'"'"'s |"
    if (ph[p] != "noop") printf " objects |"
    if (ph[p] == "touch") printf " relinked | same objects as Kindler/GNU make |"
    print ""
    printf "|---|---:|---:|---:|---:|---:|---:|"
    if (ph[p] != "noop") printf "---:|"
    if (ph[p] == "touch") printf "---:|---|"
    print ""
    base = med(W[sz, ph[p], "cmake-ninja"]); cbase = med(C[sz, ph[p], "cmake-ninja"])
    for (i = 1; i in BUILDS; i++) {
      t = BUILDS[i]; k = sz SUBSEP ph[p] SUBSEP t
      if (!has(k)) {
        if (k in FAIL) printf "| %s | failed (%d runs) |\n", TOOLNAME[t], FAIL[k]
        continue
      }
      stats(W[k]); wmed = S_med; wmin = S_min; wmax = S_max
      cmed = med(C[k])
      printf "| %s | %s | %s | %s | %s | %s | %s |", TOOLNAME[t], sec(wmed), sec(wmin), sec(wmax),
        sec(cmed), ratio(wmed, base), ratio(cmed, cbase)
      if (ph[p] != "noop") printf " %s |", uniq(OBJ[k])
      if (ph[p] == "touch") printf " %s | %s |", uniq(ART[k]), M("same_" sz "-" t)
      print ""
    }
    print ""
    if (ph[p] == "touch" && M("touch_list_" sz) != "")
      printf "The objects recompiled: %s\n\n", M("touch_list_" sz)
  }
  if (M("bytes_kindler-make_" sz) != "") {
    printf "What each make reads on every rebuild, after the full build: Kindler'"'"'s Makefile and the dependency files it includes %s KB", kb("bytes_kindler-make_" sz)
    if (M("bytes_flat-make_" sz) != "")
      printf "; the flat Makefile %s KB", kb("bytes_flat-make_" sz)
    if (M("bytes_cmake-make_" sz) != "")
      printf "; CMake'"'"'s Makefiles, dependency files included, %s KB", kb("bytes_cmake-make_" sz)
    if (M("bytes_cmake-ninja_" sz) != "")
      printf "; build.ninja %s KB (plus .ninja_deps and .ninja_log)", kb("bytes_cmake-ninja_" sz)
    print ".\n"
  }
}

function bootstrap(    n, c, i, k) {
  if (M("reps_boot") == "") return
  print "## kindler-bootstrap\n"
  printf "The caches every `kindler export` reads, written anew into an empty directory; "
  printf "%s of each. This is Kindler'"'"'s counterpart of the compiler detection that a fresh `cmake` or `meson setup` does every time; Kindler does it once per machine.\n\n", times(M("reps_boot"))
  print "| compilers | median s | min s | max s | CPU s | peak MiB |"
  print "|---|---:|---:|---:|---:|---:|"
  n = split("all " M("compilers"), c, " ")
  for (i = 1; i <= n; i++) {
    k = "-" SUBSEP "boot" SUBSEP c[i]
    if (!has(k)) { if (k in FAIL) printf "| %s | failed |\n", c[i]; continue }
    stats(W[k]); wmed = S_med; wmin = S_min; wmax = S_max
    cmed = med(C[k]); rmax = maxof(R[k])
    printf "| %s | %s | %s | %s | %s | %s |\n", (c[i] == "all" ? "all (" M("compilers") ")" : "`--compiler " c[i] "`"),
      sec(wmed), sec(wmin), sec(wmax), sec(cmed), mb(rmax)
  }
  print "\nkindler-bootstrap'"'"'s summary of this machine:\n\n```"
  while ((getline line < bootsum) > 0) print line
  print "```\n"
}

END {
  print "# Kindler benchmark results\n"
  printf "Written by `sh bench/run.sh` (sizes: %s) on %s. How it measures, and the targets: bench/README.\n\n", M("sizes"), M("date")
  print "## The machine\n"
  printf "- CPU: %s, %s processors (nproc); memory %s\n", M("cpu"), M("nproc"), M("mem")
  printf "- OS: %s\n", M("os")
  printf "- Load average (1, 5, 15 min) at the start: %s; at the end: %s", M("load_start"), M("load_end")
  split(M("load_start"), la, " "); split(M("load_end"), lb, " ")
  if (la[1] + 0 > 0.5 || lb[1] + 0 > 0.5)
    printf ". **Other work was running on this machine during the run**: wall-clock times are noisy, the more so the longer the run; CPU times (user + system) are less disturbed"
  print ""
  printf "- Tools: %s; %s; %s; %s; %s; %s; %s; %s\n", M("kindler"), M("gcc"), M("cmake"), M("meson"), M("ninja"), M("premake4"), M("gmake"), M("bmake")
  if (M("kindler_tree") != "") printf "- Kindler measured: a copy taken at the start of the run of the tree at %s\n", M("kindler_tree")
  printf "- Every compile: gcc, C99, -O2; -j%s\n", M("jobs")
  for (i = 1; i <= nmiss; i++) printf "- Skipped: %s\n", MISS[i]
  print ""

  big = ""
  for (i = 1; i in SIZES; i++) if (SIZES[i] in SEEN) big = SIZES[i]
  if (big != "") targets(big)

  for (i = 1; i in SIZES; i++) {
    sz = SIZES[i]
    if (!(sz in SEEN)) continue
    printf "## %s project: %s sources\n\n", toupper(substr(sz, 1, 1)) substr(sz, 2), M("sources_" sz)
    generation(sz)
    builds(sz)
  }
  bootstrap()
  if (big != "") notes(big)

  if (M("profile_size") != "") {
    printf "## Where `kindler export` spends its time (%s project)\n\n", M("profile_size")
    print "From `sh bench/profile.sh` (see bench/README); one run of each command.\n"
    while ((getline line < profile) > 0) {
      if (line ~ /^### /) line = "#" line
      print line
    }
    print ""
  }

  print "## Raw samples\n"
  print "<details><summary>Every timed run: size, phase, tool, repetition, wall s, CPU s, peak KB, exit status</summary>\n"
  print "```"
  for (i = 1; i <= nraw; i++) print RAW[i]
  for (k in FAIL) { split(k, f, SUBSEP); printf "FAILED %s %s %s: %d runs\n", f[1], f[2], f[3], FAIL[k] }
  print "```\n</details>"
}
' "$W/samples.tsv" "$W/counts.tsv"
