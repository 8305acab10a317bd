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
  GENNAME["cmake-make"] = "`cmake` fresh, Unix Makefiles"
  GENNAME["cmake-ninja"] = "`cmake` fresh, Ninja"
  GENNAME["cmake-rerun"] = "`cmake` re-run in its configured Ninja dir (reference)"
  GENNAME["meson"] = "`meson setup`"
  GENNAME["premake4"] = "`premake4 gmake`"
  TOOLNAME["kindler-make"] = "Kindler Makefile, GNU make"
  TOOLNAME["kindler-bmake"] = "Kindler Makefile, bmake"
  TOOLNAME["cmake-make"] = "CMake, Unix Makefiles (GNU make)"
  TOOLNAME["cmake-ninja"] = "CMake, Ninja"
  split("kindler cmake-make cmake-ninja cmake-rerun meson premake4", GENS, " ")
  split("kindler-make kindler-bmake cmake-make cmake-ninja", BUILDS, " ")
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

function targets(sz,    kg, pm, cm, cn, rss, nk, nn, fk, fn, x, t, bm) {
  print "## The targets\n"
  if (sz != "large")
    print "The large project was not run: the targets are judged on the " sz \
          " project here, which says little.\n"
  print "As bench/README states them, on the " sz " project, from the medians " \
        "of wall-clock time (CPU time, user + system of the tool and every " \
        "process it waited for, beside it: less disturbed by other load).\n"
  print "| target | measured | verdict |"
  print "|---|---|---|"
  kg = med(W[sz, "gen", "kindler"])
  if (has(sz SUBSEP "gen" SUBSEP "premake4")) {
    pm = med(W[sz, "gen", "premake4"])
    x = pm / kg
    target("`kindler export` ≥ 10× faster than `premake4 gmake`",
      sprintf("%s s vs %s s: %s (CPU %s)", sec(kg), sec(pm), ratio(pm, kg),
              ratio(med(C[sz, "gen", "premake4"]), med(C[sz, "gen", "kindler"]))),
      x >= 10, sprintf("%.1f× short; export would have to take %s s", 10 / x, sec(pm / 10)))
  }
  split("cmake-make cmake-ninja", t, " ")
  for (i = 1; i <= 2; i++) {
    if (!has(sz SUBSEP "gen" SUBSEP t[i])) continue
    cm = med(W[sz, "gen", t[i]])
    x = cm / kg
    target("`kindler export` ≥ 35× faster than " gname(t[i]),
      sprintf("%s s vs %s s: %s (CPU %s)", sec(kg), sec(cm), ratio(cm, kg),
              ratio(med(C[sz, "gen", t[i]]), med(C[sz, "gen", "kindler"]))),
      x >= 35, sprintf("%.1f× short; export would have to take %s s", 35 / x, sec(cm / 35)))
  }
  if (R[sz, "gen", "kindler"] != "") {
    rss = maxof(R[sz, "gen", "kindler"])
    target("`kindler export` peak memory < 64 MB", sprintf("%s MB (the largest of %s)", mb(rss), times(S_n)),
      rss < 65536, sprintf("%s MB over", mb(rss - 65536)))
  }
  nn = med(W[sz, "noop", "cmake-ninja"])
  fn = med(W[sz, "full", "cmake-ninja"])
  for (i = 1; i <= 2; i++) {
    bm = (i == 1) ? "kindler-make" : "kindler-bmake"
    if (nn != "" && has(sz SUBSEP "noop" SUBSEP bm)) {
      nk = med(W[sz, "noop", bm])
      target("no-op rebuild, " TOOLNAME[bm] ", ≤ 1.5× Ninja'"'"'s",
        sprintf("%s s vs %s s: %s", sec(nk), sec(nn), ratio(nk, nn)),
        nk <= 1.5 * nn, sprintf("%.2f× Ninja'"'"'s, %s s over the allowed %s s", nk / nn, sec(nk - 1.5 * nn), sec(1.5 * nn)))
    }
    if (fn != "" && has(sz SUBSEP "full" SUBSEP bm)) {
      fk = med(W[sz, "full", bm])
      target("full build, " TOOLNAME[bm] ", within 3% of Ninja'"'"'s",
        sprintf("%s s vs %s s: %+.1f%% (CPU %s vs %s s: %+.1f%%; fastest runs %s vs %s s: %+.1f%%)", sec(fk), sec(fn), 100 * (fk / fn - 1),
          sec(med(C[sz, "full", bm])), sec(med(C[sz, "full", "cmake-ninja"])),
          100 * (med(C[sz, "full", bm]) / med(C[sz, "full", "cmake-ninja"]) - 1),
          sec(maxmin(bm, sz)), sec(maxmin("cmake-ninja", sz)), 100 * (maxmin(bm, sz) / maxmin("cmake-ninja", sz) - 1)),
        fk <= 1.03 * fn, sprintf("%.1f%% slower, %s s over the allowed %s s", 100 * (fk / fn - 1), sec(fk - 1.03 * fn), sec(1.03 * fn)))
    }
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
    if (line ~ /^- reading/) { FLOORS += line_secs(line) }
    if (line ~ /^- creating/) { FLOORS += line_secs(line) }
    if (line ~ /^self:/) inself = 1
    if (line ~ /^lines/) inself = 0
    if (inself && line ~ /driver_unprofiled\.lua:[0-9]+ \?$/ && DRIVER == "") {
      sub(/^ +/, "", line); split(line, f, " +"); DRIVER = f[1] " s, " f[2]
    }
    if (line ~ /^inclusive:/) { inblock = 1; continue }
    if (inblock && line !~ /^ +[0-9]/) inblock = 0
    if (inblock && line !~ /driver_unprofiled|export\/make.lua:[0-9]+ \?$/ && nlua < 7) {
      sub(/^ +/, "", line)
      n = split(line, f, " +")
      LUATOP[++nlua] = sprintf("%s (%s s, %s)", f[3] (f[4] != "" ? " " f[4] : ""), f[1], f[2])
    }
  }
  close(profile)
}
function maxmin(t, sz) { stats(W[sz, "full", t]); return S_min }
function line_secs(line,    f, n) { n = split(line, f, " "); return f[n - 1] + 0 }

function notes(sz,    kg, kc, pre, ex, cm, i, nn, p1, p2, pp, nk, fk, fb, fn, ck, cn, tk, t, x) {
  print "## Where the time goes\n"
  print "What the measurements above and the profile below say about each target, met or missed.\n"
  kg = med(W[sz, "gen", "kindler"]); kc = med(C[sz, "gen", "kindler"])
  cm = med(W[sz, "gen", "cmake-ninja"])
  read_profile()
  printf "**`kindler export`** took %s s (CPU %s s) on the %s project.", sec(kg), sec(kc), sz
  if ("dump --stage normalized" in STAGE && "export" in STAGE) {
    pre = STAGE["dump --stage normalized"]; ex = STAGE["export"]
    printf " In the profile run, everything before the exporter (start-up, the parse, validation, normalization, the caches: `kindler dump --stage normalized`) took %s s of the %s s; the rest, %s s (%.0f%%), is the make exporter:", sec(pre), sec(ex), sec(ex - pre), 100 * (ex - pre) / ex
    print " it reads every source and every header it reaches to find header dependencies (lua/kindler/scan.lua), builds one rule per object with its compile line (lua/kindler/export/make.lua, target_section), then the driver creates each object directory and writes each file through a temporary file and a rename (lua/kindler/driver.lua, commands.export, with host.mkdirs and host.write_file of src/lua_host.cc and src/fs.cc" (DRIVER != "" ? ": " DRIVER " of the Lua run" : "") ")."
  }
  if (nlua > 0) {
    printf "The heaviest Lua functions, with what they call (CPU, share of the Lua run):"
    for (i = 1; i <= nlua; i++) printf "%s %s", (i > 1 ? ";" : ""), LUATOP[i]
    print "."
  }
  if (nfloor > 0 && cm != "") {
    printf "Floors that any export reading every file pays, whatever it is written in: %s; %s.", FLOOR[1], FLOOR[2]
    printf " Together, %s s: %.1f× the %s s in which export would have to run to be 35× faster than CMake'"'"'s fresh Ninja generate.", sec(FLOORS), FLOORS / (cm / 35), sec(cm / 35)
    print " Neither CMake nor Premake reads a source when it generates: both leave header dependencies to the compiler (-MD) at build time, so that target cannot be met while export scans every file; what can shrink is the Lua time above it.\n"
  } else print ""

  nn = med(W[sz, "noop", "cmake-ninja"]); nk = med(W[sz, "noop", "kindler-make"])
  if (has(sz SUBSEP "noopdiag" SUBSEP "gmake-all") && nn != "") {
    p1 = med(W[sz, "noopdiag", "gmake-stamp"]); p2 = med(W[sz, "noopdiag", "gmake-all"])
    pp = med(W[sz, "noopdiag", "gmake-parse"])
    printf "**The no-op rebuild** under GNU make took %s s, %s Ninja'"'"'s %s s. ", sec(nk), ratio(nk, nn), sec(nn)
    printf "Kindler'"'"'s `all` first brings `kindler.stamp` up to date (its prerequisites are every scanned file), then runs `$(MAKE) kindler.all`: make reads the %s KB Makefile and checks the graph twice. ", sprintf("%.0f", M("bytes_kindler_" sz) / 1024)
    printf "Medians of %s each: `make kindler.stamp` alone %s s; `make kindler.all` alone %s s (%s Ninja'"'"'s); reading the Makefile alone (`make -n clean`) %s s. ", times(M("reps_noop_" sz)), sec(p1), sec(p2), ratio(p2, nn), sec(pp)
    print "The rest is make looking up and stating every prerequisite: each header is named again in every rule that needs it (a perf profile of GNU make on this Makefile, taken by hand when the benchmark was written, put its time in strcmp, jhash_string and hash_find_slot: file-name lookups).\n"
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
    printf "Every tool compiled the same %s objects. Beyond the compiles and the links, Kindler'"'"'s make only reads its Makefile (the no-op time, %s s, %.2f%% of the build), and its compile lines carry no dependency flags (CMake'"'"'s write a .d file per object).\n\n", uniq(OBJ[sz, "full", "kindler-make"]), sec(nk), 100 * nk / fk
  }

  tk = med(W[sz, "touch", "kindler-make"]); t = med(W[sz, "touch", "cmake-ninja"])
  if (tk != "" && t != "")
    printf "**The rebuild after a header touch** (not a target) took %s s under GNU make against Ninja'"'"'s %s s for the same objects: Kindler'"'"'s includes the `kindler export` its Makefile runs because a scanned header changed (about %s s, the export time above).\n\n", sec(tk), sec(t), sec(kg)
}

function generation(sz,    i, t, k, kg, kc) {
  print "### Generation\n"
  printf "%s of each, after one untimed warm-up; the tools take turns.\n", times(M("reps_gen_" sz))
  print "Ratios are the tool'"'"'s median over `kindler export`'"'"'s: above 1, Kindler is faster.\n"
  print "| generator | median s | min s | max s | CPU s | peak MB | time / Kindler'"'"'s | CPU / Kindler'"'"'s |"
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
  if (M("bytes_kindler_" sz) != "") {
    printf "What each make reads on every rebuild: Kindler'"'"'s Makefile %s KB",
      sprintf("%.0f", M("bytes_kindler_" sz) / 1024)
    if (M("bytes_cmake-make_" sz) != "")
      printf "; CMake'"'"'s Makefiles, dependency files included, %s KB", sprintf("%.0f", M("bytes_cmake-make_" sz) / 1024)
    if (M("bytes_cmake-ninja_" sz) != "")
      printf "; build.ninja %s KB (plus .ninja_deps and .ninja_log)", sprintf("%.0f", M("bytes_cmake-ninja_" sz) / 1024)
    print ".\n"
  }
}

function bootstrap(    n, c, i, k) {
  if (M("reps_boot") == "") return
  print "## kindler-bootstrap\n"
  printf "The caches every `kindler export` reads, written anew into an empty directory; "
  printf "%s of each. This is Kindler'"'"'s counterpart of the compiler detection that a fresh `cmake` or `meson setup` does every time; Kindler does it once per machine.\n\n", times(M("reps_boot"))
  print "| compilers | median s | min s | max s | CPU s | peak MB |"
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
