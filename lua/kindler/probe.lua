-- probe.lua: what kindler-bootstrap learns about one compiler by running it:
-- which compiler a driver really is, which standards its flags really
-- select, which of its flags really work, and which features it really has.
-- Every answer comes from compiling, and where it can, linking and running
-- a tiny program in a private temporary directory; exit status alone proves
-- nothing (tcc and pcc accept flags they ignore), so each probe program
-- fails to compile unless the thing it tests is there, and the compiler's
-- output is also matched against the hint's unknown_flag_patterns.
--
-- The probes, and what each one proves:
--
--   identify   The driver preprocesses (-E) a file that prints, for every
--              macro any compiler hint names (identify.macro, unless,
--              version, per_language), `kindler_macro "NAME" = VALUE ;`
--              when it is defined. The driver is the hint's compiler when
--              its macro is defined and none of its `unless` macros is;
--              a driver that is another hint's compiler (`cc` that is
--              really gcc) is refused. When -E fails, or the hint has no
--              macro, or no hint at all recognizes the macros, the banner
--              (identify.banner: args, stream, pattern, version_pattern)
--              decides. The version comes from the version macros, read by
--              identify.version_format (see version_from_macros), or else
--              from the banner.
--
--   ansi       #error unless __STDC__ is defined as 1 (strictly conforming
--              mode) and __STDC_VERSION__ is undefined or below 199901L
--              (so a C99 or later mode is refused: it is not C89 whatever
--              the flag says), in a C89 program.
--   c89        #error unless __STDC__ is defined and __STDC_VERSION__ is
--              undefined or below 199901L, in a C89 program. (tcc has no
--              C89 mode: it always says 199901L, and gets c89 = false.)
--   c99        #error unless __STDC_VERSION__ >= 199901L, and a program
--              that needs C99: // comments, declarations in for, mixed
--              declarations and code, designated initializers, compound
--              literals, long long, a variable-length array, inline,
--              restrict, _Bool/<stdbool.h>, <stdint.h>, variadic macros.
--   c11        #error unless __STDC_VERSION__ >= 201112L, and _Static_assert,
--              _Alignof, _Alignas, _Generic and an anonymous union.
--   c++98      #error unless 199711L <= __cplusplus < 201103L (a C++11
--              mode is refused: C++11 changed the meaning of C++98 code),
--              with templates, namespaces, virtual functions, exceptions,
--              dynamic_cast, <vector> and <string>.
--   c++03      the same as c++98 (C++03 did not change __cplusplus).
--   c++11      #error unless __cplusplus >= 201103L, with static_assert,
--              constexpr, auto, range for, lambdas, nullptr, enum class,
--              move constructors, defaulted functions, decltype,
--              std::unique_ptr and initializer lists.
--   c++14      #error unless __cplusplus >= 201402L, with generic lambdas,
--              return type deduction, binary literals, digit separators,
--              variable templates, loops in constexpr functions and
--              std::make_unique.
--   Each standard's flag (std_map, then each of std_fallback in order) is
--   tried on that program: compiled and linked in one command, then run.
--   The first flag that works is recorded; none: false.
--   dialect   each flag of the hint's dialects (gnu: c99 = "-std=gnu99")
--              is tried on the program of its standard with one more
--              check before it: #error when __STRICT_ANSI__ is defined
--              (gcc, clang and their kin define it in strict modes only).
--              A compiler that never defines it passes on the standard's
--              program alone: the probe proves the flag selects the
--              standard and does not ask for strict conformance.
--
--   pic        kp_lib.c compiles with flags.pic (and flags.define: the
--              value it returns comes from -D).
--   shared     kp_lib.o links into libkp.so with flags.shared and
--              flags.soname libkp.so.1; a program links to it with
--              flags.libdir, flags.lib and flags.rpath (the library's
--              directory, absolute); libkp.so is then removed and the
--              program run from another directory: it finds libkp.so.1
--              only through its run path, by the library's soname. That
--              proves shared, soname and rpath at once; when it fails,
--              the run is retried with libkp.so back (soname did not take)
--              and shared alone is kept when only the link worked. On a
--              system or compiler without rpath, or a cross compiler,
--              links are the proof. Only on systems whose sharedlib
--              versioning is "soname" is the soname tested by the loader.
--   depfile    a file including "kp_dep.h" (found through flags.include)
--              and <kp_sys.h> (through flags.system_include) compiles
--              with flags.depfile (and flags.depfile_target), as a
--              Makefile compiles (into a temporary object): the
--              dependency file must exist, and the shell commands the
--              Makefile reads it with (depfile.lua) must find kp_dep.h;
--              with flags.depfile_system, kp_sys.h too.
--   threads    a program creating a POSIX thread and joining it compiles,
--              links and runs with flags.threads.
--   werror     a clean file compiles with flags.werror; a file with a
--              warning every compiler gives (an integer assigned to a
--              pointer, or a constant that does not fit a char) compiles
--              without it, with output, and fails with it.
--   static     a program links with flags.static and runs. (This proves
--              the flag is accepted and a program links with it, not that
--              the result holds no shared library.)
--   abi.NAME   a program compiles, links and runs with the ABI's flag.
--   optimize, optimize_size, debug
--              a program compiles, links and runs with the flag (what a
--              build type asks for: proof that the flag is accepted and
--              its code runs, not of what it does).
--   archiver   archiver.command archiver.create makes an archive of
--              kp_lib.o, archiver.ranlib (when not false) indexes it, and
--              a program links with it. (A failure is shown; the hint's
--              archiver is recorded either way.)
--
--   features, per language L (cache keys feature.L.NAME):
--   threads       the threads program in L with flags.threads.
--   thread_local  _Thread_local (C, under std.c11) or thread_local (C++,
--                 under std.c++11): a thread changes its copy, the main
--                 thread's copy keeps its value.
--   atomics       <stdatomic.h> atomic_int (C, under std.c11) or
--                 std::atomic<int> (C++, under std.c++11): fetch-add,
--                 compare-exchange and load give the right values.
--   A feature needs the standard it is written in: without a verified
--   std.c11 (std.c++11) it is false.
--
-- A cross compiler (one of a cross OS hint's compilers) is never run on
-- this machine's programs: there, compiling and linking are the proof.
local host = require "kindler.host"
local depfile_reader = require "kindler.depfile"

local M = {}

local COMPILE_TIMEOUT = 60   -- seconds for one compiler command
local RUN_TIMEOUT = 20       -- seconds for one probe program
local OUTPUT_LIMIT = 262144  -- bytes of output kept per command

M.C_STANDARDS = { "ansi", "c89", "c99", "c11" }
M.CXX_STANDARDS = { "c++98", "c++03", "c++11", "c++14" }
M.STANDARDS = { "ansi", "c89", "c99", "c11", "c++98", "c++03", "c++11", "c++14" }
M.LANGUAGES = { "c", "c++" }
M.FEATURES = { "threads", "thread_local", "atomics" }
-- Flags kept only when a probe verified them.
M.VERIFIED_FLAGS = { "pic", "shared", "soname", "rpath", "depfile", "threads",
                     "werror", "static", "response_file", "optimize",
                     "optimize_size", "debug" }
-- The flags of a build type (kindler(1), --config), each proven alone.
M.BUILD_TYPE_FLAGS = { "optimize", "optimize_size", "debug" }
-- The dialects a hint may give flags for (kindler-hints(5)).
M.DIALECTS = { "gnu" }
-- Flags kept as the hint writes them (every probe uses some of them).
M.PLAIN_FLAGS = { "compile", "output", "define", "include", "system_include",
                  "libdir", "lib" }

local SOURCE_SUFFIX = { c = ".c", ["c++"] = ".cc" }

---------------------------------------------------------------------------
-- Probe programs
---------------------------------------------------------------------------

local STD_PROGRAMS = {}

STD_PROGRAMS.ansi = [[
#if !defined(__STDC__) || __STDC__ != 1
#error "not a strictly conforming ISO C mode: __STDC__ is not 1"
#endif
#if defined(__STDC_VERSION__) && __STDC_VERSION__ >= 199901L
#error "not C89: __STDC_VERSION__ says C99 or later"
#endif
#include <stdio.h>
static int kp_add(a, b) int a; int b; { return a + b; }
int main(void) {
  int n = kp_add(1, 2);
  char buf[8];
  sprintf(buf, "%d", n);
  return buf[0] == '3' ? 0 : 1;
}
]]

STD_PROGRAMS.c89 = [[
#if !defined(__STDC__)
#error "not an ISO C mode: __STDC__ is undefined"
#endif
#if defined(__STDC_VERSION__) && __STDC_VERSION__ >= 199901L
#error "not C89: __STDC_VERSION__ says C99 or later"
#endif
#include <stdio.h>
struct kp_pair { int a, b; };
static int kp_sum(const struct kp_pair *p) { return p->a + p->b; }
int main(void) {
  struct kp_pair p;
  char buf[8];
  p.a = 1;
  p.b = 2;
  sprintf(buf, "%d", kp_sum(&p));
  return buf[0] == '3' ? 0 : 1;
}
]]

STD_PROGRAMS.c99 = [[
#if !defined(__STDC_VERSION__) || __STDC_VERSION__ < 199901L
#error "not C99: __STDC_VERSION__ is below 199901L"
#endif
#include <stdbool.h>
#include <stdint.h>
#define KP_FIRST(...) kp_first(__VA_ARGS__, 0)
static int kp_first(int a, ...) { return a; }
struct kp_point { int x, y; };
static inline int kp_sum(const int *restrict p, int n) {
  int s = 0;
  for (int i = 0; i < n; i++) s += p[i];   // a C99 comment
  return s;
}
int main(void) {
  long long big = 1LL << 40;
  struct kp_point pt = { .y = 2, .x = 1 };
  int arr[] = { [2] = 3, [0] = 1 };
  int n = 3;
  int vla[n];
  bool ok = true;
  int *cl = (int[]){ 4, 5 };
  int64_t w = (int64_t)big;
  vla[0] = 0;
  return ok && kp_sum(arr, 3) == 4 && pt.x == 1 && cl[1] == 5 && w > 0
         && KP_FIRST(0) == 0 && vla[0] == 0 ? 0 : 1;
}
]]

STD_PROGRAMS.c11 = [[
#if !defined(__STDC_VERSION__) || __STDC_VERSION__ < 201112L
#error "not C11: __STDC_VERSION__ is below 201112L"
#endif
_Static_assert(sizeof(int) >= 2, "int has 16 bits at least");
struct kp_tagged { int tag; union { int i; float f; }; };
int main(void) {
  struct kp_tagged v;
  _Alignas(8) char buf[8];
  v.i = (int)_Alignof(double);
  buf[0] = (char)_Generic(v.i, int: 1, default: 2);
  return v.i > 0 && buf[0] == 1 ? 0 : 1;
}
]]

STD_PROGRAMS["c++98"] = [[
#if !defined(__cplusplus) || __cplusplus < 199711L || __cplusplus >= 201103L
#error "not C++98/03: __cplusplus is outside [199711L, 201103L)"
#endif
#include <string>
#include <vector>
namespace kp { template <class T> T twice(T v) { return v + v; } }
class kp_base { public: virtual ~kp_base() {} virtual int f() const { return 1; } };
class kp_derived : public kp_base { public: int f() const { return 2; } };
int main() {
  std::vector<int> v;
  v.push_back(kp::twice(2));
  std::string s("ok");
  kp_derived d;
  const kp_base& b = d;
  try { throw 3; } catch (int e) { v.push_back(e); }
  return v[0] == 4 && v[1] == 3 && s.size() == 2 && b.f() == 2
         && dynamic_cast<const kp_derived*>(&b) ? 0 : 1;
}
]]
STD_PROGRAMS["c++03"] = STD_PROGRAMS["c++98"]

STD_PROGRAMS["c++11"] = [[
#if !defined(__cplusplus) || __cplusplus < 201103L
#error "not C++11: __cplusplus is below 201103L"
#endif
#include <memory>
#include <utility>
#include <vector>
static_assert(sizeof(int) >= 2, "int has 16 bits at least");
constexpr int kp_sq(int x) { return x * x; }
struct kp_m { kp_m() = default; kp_m(kp_m&&) noexcept {} };
enum class kp_e : char { a, b };
int main() {
  std::vector<int> v{1, 2, 3};
  auto sum = 0;
  for (auto x : v) sum += x;
  auto f = [&sum](int k) -> int { return sum + k; };
  std::unique_ptr<int> p(new int(kp_sq(2)));
  int* n = nullptr;
  kp_m a;
  kp_m b(std::move(a));
  decltype(sum) t = f(0);
  return t == 6 && *p == 4 && n == nullptr && kp_e::a != kp_e::b ? 0 : 1;
}
]]

STD_PROGRAMS["c++14"] = [[
#if !defined(__cplusplus) || __cplusplus < 201402L
#error "not C++14: __cplusplus is below 201402L"
#endif
#include <memory>
auto kp_twice(int x) { return x * 2; }
constexpr int kp_fact(int n) { int r = 1; for (int i = 2; i <= n; ++i) r *= i; return r; }
template <class T> constexpr T kp_zero = T(0);
int main() {
  auto g = [](auto a, auto b) { return a + b; };
  auto p = std::make_unique<int>(0b101);
  int big = 1'000;
  static_assert(kp_fact(4) == 24, "constexpr loop");
  return g(1, 2) == 3 && *p == 5 && big == 1000 && kp_twice(2) == 4
         && kp_zero<int> == 0 ? 0 : 1;
}
]]

-- Sources below compile as C and as C++, so that a compiler whose C driver
-- is missing can be probed through its C++ driver.
local LIB_SOURCE = [[
#ifndef KP_VALUE
#error "KP_VALUE is not defined: the define flag did not work"
#endif
int kp_lib(void) { return KP_VALUE; }
]]

local MAIN_SOURCE = [[
int kp_lib(void);
int main(void) { return kp_lib() == 42 ? 0 : 1; }
]]

local HELLO_SOURCE = [[
#include <stdio.h>
int main(void) { puts("kindler"); return 0; }
]]

local DEP_SOURCE = [[
#include "kp_dep.h"
#include <kp_sys.h>
int kp_dep(void) { return KP_DEP + KP_SYS; }
]]

local THREADS_SOURCE = [[
#include <pthread.h>
static int kp_value;
static void *kp_run(void *arg) { kp_value = *(int *)arg; return 0; }
int main(void) {
  pthread_t t;
  int v = 42;
  if (pthread_create(&t, 0, kp_run, &v) != 0) return 1;
  if (pthread_join(t, 0) != 0) return 1;
  return kp_value == 42 ? 0 : 1;
}
]]

local WARNING_SOURCES = {
  "int main(void) { char *p = 1; return p == 0; }\n",
  "int main(void) { unsigned char c = 300; return c == 44 ? 0 : 1; }\n",
}
local CLEAN_SOURCE = "int main(void) { return 0; }\n"

local TLS_SOURCES = {
  c = [[
#include <pthread.h>
static _Thread_local int kp_tls = 1;
static void *kp_run(void *arg) { kp_tls = 2; *(int *)arg = kp_tls; return 0; }
int main(void) {
  pthread_t t;
  int seen = 0;
  if (pthread_create(&t, 0, kp_run, &seen) != 0) return 1;
  if (pthread_join(t, 0) != 0) return 1;
  return seen == 2 && kp_tls == 1 ? 0 : 1;
}
]],
  ["c++"] = [[
#include <pthread.h>
static thread_local int kp_tls = 1;
static void *kp_run(void *arg) { kp_tls = 2; *static_cast<int *>(arg) = kp_tls; return 0; }
int main() {
  pthread_t t;
  int seen = 0;
  if (pthread_create(&t, 0, kp_run, &seen) != 0) return 1;
  if (pthread_join(t, 0) != 0) return 1;
  return seen == 2 && kp_tls == 1 ? 0 : 1;
}
]],
}

local ATOMICS_SOURCES = {
  c = [[
#include <stdatomic.h>
static atomic_int kp_count;
int main(void) {
  int expected = 3;
  atomic_store(&kp_count, 1);
  atomic_fetch_add(&kp_count, 2);
  if (!atomic_compare_exchange_strong(&kp_count, &expected, 7)) return 1;
  return atomic_load(&kp_count) == 7 ? 0 : 1;
}
]],
  ["c++"] = [[
#include <atomic>
static std::atomic<int> kp_count(0);
int main() {
  int expected = 3;
  kp_count.store(1);
  kp_count.fetch_add(2);
  if (!kp_count.compare_exchange_strong(expected, 7)) return 1;
  return kp_count.load() == 7 ? 0 : 1;
}
]],
}

---------------------------------------------------------------------------
-- Small helpers
---------------------------------------------------------------------------

local function words(s)
  local list = {}
  for w in tostring(s):gmatch("%S+") do list[#list + 1] = w end
  return list
end

-- The words of a flag template with "{}" replaced by arg (one word).
function M.expand(template, arg)
  local list = {}
  for _, w in ipairs(words(template)) do
    local at = w:find("{}", 1, true)
    if at then w = w:sub(1, at - 1) .. arg .. w:sub(at + 2) end
    list[#list + 1] = w
  end
  return list
end

local function append(list, more)
  for _, w in ipairs(more) do list[#list + 1] = w end
  return list
end

local function concat(...)
  local out = {}
  for i = 1, select("#", ...) do append(out, (select(i, ...))) end
  return out
end

local function trim(s) return (s:gsub("^%s+", ""):gsub("%s+$", "")) end

-- The line of a compiler's output that best says why it failed.
local function why(res)
  local text = (res.stderr or "") .. "\n" .. (res.stdout or "")
  local first
  for line in text:gmatch("[^\n]+") do
    line = trim(line)
    if line ~= "" then
      first = first or line
      if line:lower():find("error", 1, true) then first = line; break end
    end
  end
  if not first then return "exit status " .. tostring(res.status) end
  if #first > 120 then first = first:sub(1, 117) .. "..." end
  return first
end

-- The unknown_flag_patterns that the output matches, as text, or nil.
local function rejected(res, patterns)
  local text = (res.stdout or "") .. "\n" .. (res.stderr or "")
  for _, p in ipairs(patterns or {}) do
    local ok, found = pcall(string.find, text, p)
    if ok and found then return p end
  end
  return nil
end

---------------------------------------------------------------------------
-- A probe session: one compiler, one private directory
---------------------------------------------------------------------------

local Session = {}
Session.__index = Session

-- opts: { dir = absolute private directory, cross = bool, os = OS hint,
--         detail = function(line) for -v lines }
function M.session(opts)
  return setmetatable({
    dir = opts.dir, cross = opts.cross, os = opts.os,
    detail = opts.detail or function() end, commands = 0, patterns = {},
  }, Session)
end

function Session:path(name) return self.dir .. "/" .. name end

function Session:write(name, text)
  local path = self:path(name)
  local dir = path:match("^(.*)/[^/]*$")
  host.mkdirs(dir)
  local ok, err = host.write_file(path, text, 420)
  if ok == nil then error("cannot write probe file " .. path .. ": " .. tostring(err), 0) end
  return path
end

function Session:exists(name)
  local info = host.stat(self:path(name))
  return info ~= nil and info.type == "file"
end

function Session:remove(name) host.remove(self:path(name)) end

-- Runs a compiler command; returns true, or false and why.
function Session:compile(argv, outputs, options)
  for _, out in ipairs(outputs or {}) do self:remove(out) end
  self.commands = self.commands + 1
  local res = host.run(argv, { dir = self.dir, timeout = COMPILE_TIMEOUT,
                               limit = OUTPUT_LIMIT })
  self.last = res
  if not res.started then return false, "cannot run " .. argv[1] end
  if res.timed_out then return false, "timed out after " .. COMPILE_TIMEOUT .. " s" end
  local pattern = rejected(res, self.patterns)
  if pattern then
    return false, "rejected: the output matches \"" .. pattern .. "\": " .. why(res)
  end
  if res.status ~= 0 then return false, why(res) end
  for _, out in ipairs(outputs or {}) do
    if not self:exists(out) then return false, "no " .. out .. " was written" end
  end
  if options and options.quiet_required and trim(res.stdout .. res.stderr) ~= "" then
    return false, "output: " .. why(res)
  end
  return true, res
end

-- Runs a probe program (unless cross); returns true, or false and why.
function Session:execute(name, rundir)
  if self.cross then return true end
  self.commands = self.commands + 1
  local res = host.run({ self:path(name) }, { dir = rundir or self.dir,
                         timeout = RUN_TIMEOUT, limit = OUTPUT_LIMIT })
  if not res.started then return false, "the program did not start" end
  if res.timed_out then return false, "the program timed out" end
  if res.status ~= 0 then
    return false, "the program failed (exit status " .. res.status .. ")"
      .. (trim(res.stderr) ~= "" and ": " .. why(res) or "")
  end
  return true
end

function Session:exe(stem)
  local e = self.os.executable or {}
  return (e.prefix or "") .. stem .. (e.suffix or "")
end

---------------------------------------------------------------------------
-- Identification
---------------------------------------------------------------------------

-- The identify fields of a hint for one language (per_language overrides).
function M.identity(hint, lang)
  local id = hint.identify or {}
  local pl = id.per_language and id.per_language[lang] or {}
  local macro = id.macro
  if pl.macro ~= nil then macro = pl.macro end
  return {
    macro = macro,
    unless = pl.unless or id.unless or {},
    version = pl.version or id.version or {},
    version_format = pl.version_format or id.version_format or "dotted",
    banner = id.banner,
  }
end

-- Every macro any of the hints uses to identify a compiler, sorted.
function M.macro_names(records)
  local seen, names = {}, {}
  local function add(name)
    if type(name) == "string" and name:match("^[%a_][%w_]*$") and not seen[name] then
      seen[name] = true
      names[#names + 1] = name
    end
  end
  for _, rec in pairs(records) do
    for _, lang in ipairs(M.LANGUAGES) do
      local ident = M.identity(rec.hint, lang)
      add(ident.macro)
      for _, m in ipairs(ident.unless) do add(m) end
      for _, m in ipairs(ident.version) do add(m) end
    end
  end
  add("__STDC_VERSION__")
  add("__cplusplus")
  table.sort(names)
  return names
end

function M.identify_source(names)
  local lines = { "kindler_probe_begin" }
  for _, name in ipairs(names) do
    lines[#lines + 1] = "#ifdef " .. name
    lines[#lines + 1] = 'kindler_macro "' .. name .. '" = ' .. name .. " ;"
    lines[#lines + 1] = "#endif"
  end
  lines[#lines + 1] = "kindler_probe_end"
  return table.concat(lines, "\n") .. "\n"
end

-- The macros in preprocessor output: { NAME = "value as written" }, or nil
-- when the output is not a complete preprocessed probe.
function M.parse_macros(output)
  if not output:find("kindler_probe_end", 1, true) then return nil end
  local macros = {}
  for name, value in output:gmatch('kindler_macro%s*"([%w_]+)"%s*=%s*([^;\n]-)%s*;') do
    macros[name] = value
  end
  return macros
end

-- A macro's value as a number: 12, 0x5100, 199901L, (744).
local function macro_number(value)
  if not value then return nil end
  local v = value:gsub("[%s()]", ""):gsub("[uUlL]+$", "")
  if v:match("^0[xX]%x+$") then return tonumber(v:sub(3), 16) end
  if v:match("^%d+$") then return tonumber(v) end
  return nil
end

-- The version the version macros give, by version_format:
--   dotted      each macro is one component: __GNUC__ __GNUC_MINOR__
--               __GNUC_PATCHLEVEL__ 12 2 0 -> 12.2.0
--   digits      one macro VRM, the last two digits release and modification:
--               _COMPILER_VERSION 744 -> 7.4.4, __IBMC__ 1110 -> 11.1.0
--   vvrrpp      one macro V RR PP: __TINYC__ 927 -> 0.9.27,
--               __HP_cc 62500 -> 6.25.0
--   sunpro_hex  one hex macro 0xVRRP (0xVRP before 5.10), the patch level
--               only when not zero: __SUNPRO_C 0x5100 -> 5.10,
--               0x5130 -> 5.13, 0x590 -> 5.9, 0x5131 -> 5.13.1
--   hex_vvrr    one hex macro 0xVVRR: __xlC__ 0x0b01 -> 11.1
function M.version_from_macros(ident, macros)
  local fmt = ident.version_format or "dotted"
  local values = {}
  for _, m in ipairs(ident.version) do
    local n = macro_number(macros[m])
    if n then values[#values + 1] = n end
  end
  if #values == 0 then return nil end
  local n = values[1]
  if fmt == "dotted" then
    local parts = {}
    for i, v in ipairs(values) do parts[i] = string.format("%d", v) end
    return table.concat(parts, ".")
  elseif fmt == "digits" then
    return string.format("%d.%d.%d", math.floor(n / 100), math.floor(n / 10) % 10, n % 10)
  elseif fmt == "vvrrpp" then
    return string.format("%d.%d.%d", math.floor(n / 10000), math.floor(n / 100) % 100, n % 100)
  elseif fmt == "sunpro_hex" then
    local digits = string.format("%x", n)     -- "5130": V RR P; "590": V R P
    local rlen = n >= 0x5100 and 2 or 1
    local v = tonumber(digits:sub(1, -2 - rlen)) or 0
    local r = tonumber(digits:sub(-1 - rlen, -2)) or 0
    local p = tonumber(digits:sub(-1)) or 0
    if p ~= 0 then return string.format("%d.%d.%d", v, r, p) end
    return string.format("%d.%d", v, r)
  elseif fmt == "hex_vvrr" then
    return string.format("%d.%d", math.floor(n / 256), n % 256)
  end
  return nil
end

-- true when the macros show the hint's compiler for lang, false when they
-- show it is not, nil when the hint names no macro.
function M.matches(hint, lang, macros)
  local ident = M.identity(hint, lang)
  if not ident.macro then return nil end
  if macros[ident.macro] == nil then return false end
  for _, m in ipairs(ident.unless) do
    if macros[m] ~= nil then return false end
  end
  return true
end

-- Checks a banner: returns true and the version (or nil), or false.
local function banner_says(res, banner)
  local text
  if banner.stream == "stdout" then text = res.stdout
  elseif banner.stream == "stderr" then text = res.stderr
  else text = res.stdout .. "\n" .. res.stderr end
  local ok, found = pcall(string.find, text, banner.pattern)
  if not ok or not found then return false end
  local vok, version = pcall(string.match, text, banner.version_pattern)
  return true, vok and version or nil
end

-- Resolves a driver command ("gcc", "kit cc"): the argv prefix and the
-- absolute path of its first word, or nil.
function M.resolve(command)
  local w = words(command)
  if #w == 0 then return nil end
  local path = host.which(w[1])
  if not path then return nil end
  if path:sub(1, 1) ~= "/" then path = host.cwd() .. "/" .. path end
  w[1] = path
  return w, path
end

-- Identifies the driver of rec.hint for lang. Returns
--   { command=, argv=, path=, size=, mtime=, version=, by= }
-- or nil, why, other (the name of the hint it really is, when known).
function Session:identify(rec, lang, records)
  local hint = rec.hint
  local command = hint.drivers[lang]
  local argv, path = M.resolve(command)
  if not argv then return nil, "not found on PATH" end
  local info = host.stat(path) or {}
  local found = { command = command, argv = argv, path = path,
                  size = info.size or 0, mtime = info.mtime or 0 }
  local ident = M.identity(hint, lang)

  local src = "kp_ident" .. SOURCE_SUFFIX[lang]
  self:write(src, M.identify_source(M.macro_names(records)))
  self.commands = self.commands + 1
  local res = host.run(concat(argv, { "-E", src }),
                       { dir = self.dir, timeout = COMPILE_TIMEOUT, limit = OUTPUT_LIMIT })
  local macros = res.started and not res.timed_out and res.status == 0
                 and M.parse_macros(res.stdout) or nil
  local other
  if macros then
    local says = M.matches(hint, lang, macros)
    if says then
      found.by = "macros"
      found.version = M.version_from_macros(ident, macros)
      found.note = string.format("  identified by its macros (%s)", ident.macro)
    elseif says == false then
      -- Its macro is missing: is it some other compiler we know?
      local names = {}
      for name in pairs(records) do names[#names + 1] = name end
      table.sort(names)
      for _, name in ipairs(names) do
        if name ~= hint.name and M.matches(records[name].hint, lang, macros) then
          other = name
          break
        end
      end
      if other then
        local v = M.version_from_macros(M.identity(records[other].hint, lang), macros)
        return nil, string.format("%s is %s%s, not %s", path, other,
                                  v and " " .. v or "", hint.name), other
      end
      found.note = string.format("  -E does not define %s; trying the banner", ident.macro)
    end
  else
    found.note = "  -E failed (" .. why(res) .. "); trying the banner"
  end

  local banner = ident.banner
  if banner and (not found.by or not found.version) then
    self.commands = self.commands + 1
    local bres = host.run(concat(argv, banner.args),
                          { dir = self.dir, timeout = COMPILE_TIMEOUT, limit = OUTPUT_LIMIT })
    local yes, version = false, nil
    if bres.started and not bres.timed_out then yes, version = banner_says(bres, banner) end
    if yes then
      if not found.by then
        found.by = "banner"
        found.note = (found.note and found.note .. "\n" or "") .. string.format(
          "  identified by its banner (%s: %s)", table.concat(banner.args, " "), banner.pattern)
      end
      found.version = found.version or version
    elseif not found.by then
      return nil, string.format("%s is not %s: neither its macros nor its banner "
                                .. "(%s) say so", path, hint.name,
                                table.concat(banner.args, " "))
    end
  end
  if not found.by then
    return nil, string.format("%s is not %s", path, hint.name)
  end
  found.version = found.version or "unknown"
  return found
end

---------------------------------------------------------------------------
-- Standards
---------------------------------------------------------------------------

-- The flags to try for a standard, in order.
local function std_candidates(hint, std)
  local list, seen = {}, {}
  local function add(flag)
    if type(flag) == "string" and not seen[flag] then
      seen[flag] = true
      list[#list + 1] = flag
    end
  end
  add(hint.std_map and hint.std_map[std])
  local more = type(hint.std_fallback) == "table" and hint.std_fallback[std]
  for _, flag in ipairs(type(more) == "table" and more or {}) do add(flag) end
  return list
end

-- Compiles, links and runs program text with extra words; true or false, why.
function Session:build_and_run(driver, lang, stem, text, before, after)
  local src = stem .. SOURCE_SUFFIX[lang]
  local exe = self:exe(stem)
  self:write(src, text)
  local argv = concat(driver.argv, before or {}, { src },
                      M.expand(self.flags.output, exe), after or {})
  local ok, err = self:compile(argv, { exe })
  if not ok then return false, err end
  return self:execute(exe)
end

function Session:probe_standard(driver, lang, std)
  local candidates = std_candidates(self.hint, std)
  if #candidates == 0 then
    self.detail(string.format("  %s: no flag in the hint", std))
    return false
  end
  local tried = {}
  for _, flag in ipairs(candidates) do
    local ok, err = self:build_and_run(driver, lang, "kp_std_" .. std:gsub("%+", "x"),
                                       STD_PROGRAMS[std], words(flag))
    local shown = flag == "" and "(no flag)" or flag
    if ok then
      self.detail(string.format("  %s: %s ok", std, shown))
      return flag
    end
    tried[#tried + 1] = shown .. ": " .. err
    self.detail(string.format("  %s: %s failed: %s", std, shown, err))
  end
  return false, table.concat(tried, "; ")
end

-- The check a dialect's flag must pass besides its standard's program.
local NOT_STRICT = [[
#ifdef __STRICT_ANSI__
#error "a strict mode: __STRICT_ANSI__ is defined"
#endif
]]

-- The flag of dialect for std (from the hint's dialects), verified on the
-- standard's program; false when the hint has none or it fails.
function Session:probe_dialect(driver, lang, dialect, std)
  local map = type(self.hint.dialects) == "table" and self.hint.dialects[dialect]
  local flag = type(map) == "table" and map[std]
  if type(flag) ~= "string" then
    self.detail(string.format("  %s %s: no flag in the hint", dialect, std))
    return false
  end
  local ok, err = self:build_and_run(driver, lang, "kp_" .. dialect .. "_" .. std:gsub("%+", "x"),
                                     NOT_STRICT .. STD_PROGRAMS[std], words(flag))
  local shown = flag == "" and "(no flag)" or flag
  self.detail(string.format("  %s %s: %s %s", dialect, std, shown,
                            ok and "ok" or "failed: " .. tostring(err)))
  return ok and flag or false
end

---------------------------------------------------------------------------
-- Flags
---------------------------------------------------------------------------

local function flag(flags, name)
  local v = flags[name]
  if type(v) == "string" then return v end
  return false
end

function Session:note(name, value, err)
  if value then
    self.detail(string.format("  %s: %s ok", name, value == "" and "(no flag)" or value))
  elseif err then
    local tried = self.flags[name]
    if name:match("^abi%.") then tried = self.flags.abi[name:sub(5)] end
    self.detail(string.format("  %s: %s failed: %s", name,
                              type(tried) == "string" and tried or "", err))
  else
    self.detail(string.format("  %s: false in the hint", name))
  end
end

-- pic, shared, soname, rpath: see the head of this file.
function Session:probe_shared(driver, lang, result)
  local flags = self.flags
  local src = SOURCE_SUFFIX[lang]
  local pic = flag(flags, "pic")
  local lib_obj = "sh/kp_lib.o"
  self:write("sh/kp_lib" .. src, LIB_SOURCE)
  host.mkdirs(self:path("sh/lib"))
  host.mkdirs(self:path("sh/run"))
  local ok, err = false, "false in the hint"
  if pic then
    ok, err = self:compile(concat(driver.argv, words(pic), M.expand(flags.define, "KP_VALUE=42"),
                                  words(flags.compile), { "sh/kp_lib" .. src },
                                  M.expand(flags.output, lib_obj)), { lib_obj })
  end
  result.pic = ok and pic or false
  self:note("pic", result.pic, err)
  local shared = flag(flags, "shared")
  if not result.pic or not shared then
    result.shared, result.soname, result.rpath = false, false, false
    self:note("shared", false, shared and "needs pic" or nil)
    return
  end

  local sl = self.os.sharedlib or {}
  local libname = (sl.prefix or "lib") .. "kp" .. (sl.suffix or ".so")
  local soname_value = libname .. ".1"
  local soname = flag(flags, "soname")
  local link_lib = function(with_soname)
    local argv = concat(driver.argv, words(shared))
    if with_soname then append(argv, M.expand(soname, soname_value)) end
    append(argv, { lib_obj })
    append(argv, M.expand(flags.output, "sh/lib/" .. libname))
    return self:compile(argv, { "sh/lib/" .. libname })
  end
  local used_soname = soname
  ok, err = link_lib(used_soname)
  if not ok and used_soname then
    local first = err
    ok, err = link_lib(false)
    if ok then
      self.detail("  soname: " .. soname .. " failed: " .. first)
      used_soname = false
    end
  end
  if not ok then
    result.shared, result.soname, result.rpath = false, false, false
    self:note("shared", false, err)
    return
  end

  -- The program that loads it.
  self:write("sh/kp_main" .. src, MAIN_SOURCE)
  ok, err = self:compile(concat(driver.argv, words(flags.compile), { "sh/kp_main" .. src },
                                M.expand(flags.output, "sh/kp_main.o")), { "sh/kp_main.o" })
  if not ok then
    result.shared, result.soname, result.rpath = false, false, false
    self:note("shared", false, "cannot compile the program that loads it: " .. err)
    return
  end
  local rpath = flag(flags, "rpath")
  local rpath_ok = rpath and self.os.rpath and self.os.rpath.supported and not self.cross
  local exe = "sh/" .. self:exe("kp_main")
  local function link_main(with_rpath)
    local argv = concat(driver.argv, { "sh/kp_main.o" }, M.expand(flags.output, exe),
                        M.expand(flags.libdir, self:path("sh/lib")), M.expand(flags.lib, "kp"))
    if with_rpath then
      local dirs = { self:path("sh/lib") }
      local tail = type(flags.rpath_tail) == "table" and flags.rpath_tail or {}
      for _, d in ipairs(tail) do dirs[#dirs + 1] = tostring(d) end
      local join = type(flags.rpath_join) == "string" and flags.rpath_join
      local arg = join and table.concat(dirs, join) or dirs[1]
      append(argv, M.expand(rpath, arg))
    end
    return self:compile(argv, { exe })
  end
  ok, err = link_main(rpath_ok)
  if not ok and rpath_ok then
    local first = err
    ok, err = link_main(false)
    if ok then
      self.detail("  rpath: " .. rpath .. " failed: " .. first)
      rpath_ok = false
      result.rpath = false
    end
  end
  if not ok then
    result.shared, result.soname, result.rpath = false, false, false
    self:note("shared", false, "a program does not link with the library: " .. err)
    return
  end
  result.shared = shared
  if not rpath_ok then
    -- Nothing can find the library at run time: the links are the proof.
    result.soname = used_soname or false
    result.rpath = false
    self:note("shared", shared)
    self:note("soname", result.soname, soname and "cannot be tested" or nil)
    self:note("rpath", false, rpath and (self.cross and "not run: cross compiler"
              or "not tested: no run path on this system") or nil)
    return
  end

  -- Run it from elsewhere, with only the soname's file there.
  local bytes = host.read_file(self:path("sh/lib/" .. libname))
  local soname_test = used_soname and sl.versioning == "soname" and bytes
  if soname_test then
    host.write_file(self:path("sh/lib/" .. soname_value), bytes, 493)
    host.remove(self:path("sh/lib/" .. libname))
  end
  ok, err = self:execute(exe, self:path("sh/run"))
  if not ok and soname_test then
    local first = err
    host.write_file(self:path("sh/lib/" .. libname), bytes, 493)
    ok, err = self:execute(exe, self:path("sh/run"))
    if ok then
      self.detail("  soname: " .. soname .. " did not take: " .. first)
      used_soname = false
    end
  end
  result.soname = used_soname or false
  if ok then
    result.rpath = rpath
  else
    result.rpath = false
    self.detail("  rpath: the program does not find its library: " .. err)
  end
  self:note("shared", result.shared)
  self:note("soname", result.soname, soname and "did not take" or nil)
  self:note("rpath", result.rpath, rpath and "does not work" or nil)
end

-- Compiles kp_dep (including kp_dep.h, and kp_sys.h from a system include
-- directory) with the depfile flags `depfile` (and `target`), as a
-- Makefile compiles (export/make.lua): into a temporary object, the
-- dependencies beside the object's own name. Returns true when the shell
-- commands of a Makefile (depfile.lua) read every header of `want` out of
-- the dependency file, else false and why.
function Session:depfile_names(driver, lang, depfile, target, want)
  local flags = self.flags
  local src = "dep/kp_dep" .. SOURCE_SUFFIX[lang]
  self:write("dep/inc/kp_dep.h", "#define KP_DEP 1\n")
  self:write("dep/sys/kp_sys.h", "#define KP_SYS 0\n")
  self:write(src, DEP_SOURCE)
  local argv = concat(driver.argv, M.expand(flags.include, self:path("dep/inc")),
                      M.expand(flag(flags, "system_include") or flags.include,
                               self:path("dep/sys")),
                      words(flags.compile), M.expand(flags.output, "dep/kp_dep.tmp.o"),
                      M.expand(depfile, "dep/kp_dep.o.d"))
  if target then append(argv, M.expand(target, "dep/kp_dep.tmp.o")) end
  append(argv, { src })
  local ok, err = self:compile(argv, { "dep/kp_dep.tmp.o", "dep/kp_dep.o.d" })
  if not ok then return false, err end
  local res = host.run({ "sh", "-c", "o=dep/kp_dep.o; " .. depfile_reader.LIST },
                       { dir = self.dir, timeout = COMPILE_TIMEOUT, limit = OUTPUT_LIMIT })
  for _, header in ipairs(want) do
    if not (res.started and res.status == 0 and
            ("\n" .. res.stdout):find("\ndep/kp_dep%.o: [^\n]*/" .. header:gsub("%.", "%%.") .. "\n")) then
      return false, "make cannot read " .. header .. " out of the dependency file: " ..
                    trim(host.read_file(self:path("dep/kp_dep.o.d")) or "")
    end
  end
  return true
end

function Session:probe_depfile(driver, lang, result)
  local flags = self.flags
  local depfile = flag(flags, "depfile")
  local target = flag(flags, "depfile_target")
  local ok, err = false, nil
  if depfile then
    ok, err = self:depfile_names(driver, lang, depfile, target, { "kp_dep.h" })
  end
  result.depfile = ok and depfile or false
  result.depfile_target = ok and target or false
  self:note("depfile", result.depfile, err)
  -- The variant that names headers of system include directories too.
  local system = flag(flags, "depfile_system")
  if system and ok then
    ok, err = self:depfile_names(driver, lang, system, target, { "kp_dep.h", "kp_sys.h" })
    result.depfile_system = ok and system or false
    self:note("depfile_system", result.depfile_system, err)
  else
    result.depfile_system = false
  end
end

function Session:probe_threads(driver, lang, result)
  local threads = flag(self.flags, "threads")
  local ok, err = false, nil
  if threads then
    ok, err = self:build_and_run(driver, lang, "kp_threads", THREADS_SOURCE, {}, words(threads))
  end
  result.threads = ok and threads or false
  self:note("threads", result.threads, err)
end

function Session:probe_werror(driver, lang, result)
  local flags = self.flags
  local werror = flag(flags, "werror")
  if not werror then
    result.werror = false
    self:note("werror", false)
    return
  end
  local src = SOURCE_SUFFIX[lang]
  self:write("kp_clean" .. src, CLEAN_SOURCE)
  local ok, err = self:compile(concat(driver.argv, words(werror), words(flags.compile),
                                      { "kp_clean" .. src }, M.expand(flags.output, "kp_clean.o")),
                               { "kp_clean.o" })
  if ok then
    ok, err = false, "no probe file draws a warning to turn into an error"
    for i, text in ipairs(WARNING_SOURCES) do
      local name = "kp_warn" .. i .. src
      self:write(name, text)
      local base = concat(driver.argv, words(flags.compile), { name },
                          M.expand(flags.output, "kp_warn.o"))
      local plain = self:compile(base, { "kp_warn.o" })
      if plain and trim(self.last.stdout .. self.last.stderr) ~= "" then
        local strict = self:compile(concat(driver.argv, words(werror), words(flags.compile),
                                           { name }, M.expand(flags.output, "kp_warn.o")))
        if strict then
          ok, err = false, "a warning did not become an error"
        else
          ok, err = true, nil
        end
        break
      end
    end
  end
  result.werror = ok and werror or false
  self:note("werror", result.werror, err)
end

function Session:probe_static(driver, lang, result)
  local static = flag(self.flags, "static")
  local ok, err = false, nil
  if static then
    ok, err = self:build_and_run(driver, lang, "kp_static", HELLO_SOURCE, {}, words(static))
  end
  result.static = ok and static or false
  self:note("static", result.static, err)
end

-- Links a program whose source is named only in a response file, as a
-- Makefile links the objects of a link too long for one command.
function Session:probe_response_file(driver, lang, result)
  local template = flag(self.flags, "response_file")
  local ok, err = false, nil
  if template then
    local src = "kp_rsp" .. SOURCE_SUFFIX[lang]
    local exe = self:exe("kp_rsp")
    self:write(src, HELLO_SOURCE)
    self:write("kp_rsp.list", src .. "\n")
    ok, err = self:compile(concat(driver.argv, M.expand(template, "kp_rsp.list"),
                                  M.expand(self.flags.output, exe)), { exe })
    if ok then ok, err = self:execute(exe) end
  end
  result.response_file = ok and template or false
  self:note("response_file", result.response_file, err)
end

-- optimize, optimize_size, debug: see the head of this file.
function Session:probe_build_types(driver, lang, result)
  for _, name in ipairs(M.BUILD_TYPE_FLAGS) do
    local value = flag(self.flags, name)
    local ok, err = false, nil
    if value then
      ok, err = self:build_and_run(driver, lang, "kp_" .. name, HELLO_SOURCE, words(value))
    end
    result[name] = ok and value or false
    self:note(name, result[name], err)
  end
end

function Session:probe_abis(driver, lang, result)
  result.abi = {}
  local abis = type(self.flags.abi) == "table" and self.flags.abi or {}
  local names = {}
  for name in pairs(abis) do names[#names + 1] = name end
  table.sort(names)
  for _, name in ipairs(names) do
    local value = abis[name]
    local ok, err = false, nil
    if type(value) == "string" then
      ok, err = self:build_and_run(driver, lang, "kp_abi_" .. name, HELLO_SOURCE, words(value))
    end
    result.abi[name] = ok and value or false
    self:note("abi." .. name, result.abi[name], err)
  end
end

function Session:probe_archiver(driver, lang, result)
  local ar = self.hint.archiver or {}
  local argv = type(ar.command) == "string" and M.resolve(ar.command)
  local ok, err = false, "archiver " .. tostring(ar.command) .. " not found on PATH"
  local src = SOURCE_SUFFIX[lang]
  local obj, main = "sh/kp_lib.o", "sh/kp_main.o"
  if argv and not self:exists(obj) then
    obj = "ar/kp_lib.o"
    self:write("ar/kp_lib" .. src, LIB_SOURCE)
    self:compile(concat(driver.argv, M.expand(self.flags.define, "KP_VALUE=42"),
                        words(self.flags.compile), { "ar/kp_lib" .. src },
                        M.expand(self.flags.output, obj)), { obj })
  end
  if argv and not self:exists(main) then
    main = "ar/kp_main.o"
    self:write("ar/kp_main" .. src, MAIN_SOURCE)
    self:compile(concat(driver.argv, words(self.flags.compile), { "ar/kp_main" .. src },
                        M.expand(self.flags.output, main)), { main })
  end
  if argv and self:exists(obj) and self:exists(main) then
    host.mkdirs(self:path("ar"))
    local lib = "ar/" .. ((self.os.staticlib or {}).prefix or "lib") .. "kp"
                .. ((self.os.staticlib or {}).suffix or ".a")
    ok, err = self:compile(concat(argv, words(ar.create or "rc"), { lib, obj }), { lib })
    if ok and type(ar.ranlib) == "string" then
      local rl = M.resolve(ar.ranlib)
      if rl then
        ok, err = self:compile(concat(rl, { lib }))
      else
        ok, err = false, ar.ranlib .. " not found on PATH"
      end
    end
    if ok then
      ok, err = self:compile(concat(driver.argv, { main },
                                    M.expand(self.flags.output, self:exe("kp_ar")),
                                    M.expand(self.flags.libdir, self:path("ar")),
                                    M.expand(self.flags.lib, "kp")), { self:exe("kp_ar") })
      if ok then ok, err = self:execute(self:exe("kp_ar")) end
    end
  elseif argv then
    err = "nothing to archive (no object was compiled)"
  end
  result.archiver_ok = ok
  if ok then
    self.detail("  archiver: " .. ar.command .. " " .. tostring(ar.create) .. " ok")
  else
    self.detail("  archiver: " .. tostring(err))
  end
  result.archiver_error = not ok and err or nil
end

---------------------------------------------------------------------------
-- Features
---------------------------------------------------------------------------

function Session:probe_features(driver, lang, result, stds, threads_flag)
  local features = {}
  local threads = threads_flag and words(threads_flag) or nil
  local ok, err = false, "flags.threads is not verified"
  if threads then
    ok, err = self:build_and_run(driver, lang, "kp_feat_threads_" .. lang:gsub("%+", "x"),
                                 THREADS_SOURCE, {}, threads)
  end
  features.threads = ok
  self.detail(string.format("  feature threads (%s): %s", lang, ok and "yes" or "no: " .. err))

  local std = lang == "c" and "c11" or "c++11"
  local std_flag = stds[std]
  for _, feature in ipairs({ "thread_local", "atomics" }) do
    ok, err = false, "needs " .. std
    if std_flag and (feature ~= "thread_local" or threads) then
      local text = feature == "thread_local" and TLS_SOURCES[lang] or ATOMICS_SOURCES[lang]
      ok, err = self:build_and_run(driver, lang, "kp_feat_" .. feature .. "_" .. lang:gsub("%+", "x"),
                                   text, words(std_flag), feature == "thread_local" and threads or {})
    elseif std_flag then
      err = "needs threads"
    end
    features[feature] = ok
    self.detail(string.format("  feature %s (%s): %s", feature, lang, ok and "yes" or "no: " .. err))
  end
  result.features[lang] = features
end

---------------------------------------------------------------------------
-- The whole probe of one compiler
---------------------------------------------------------------------------

-- The compiler's flags with the OS hint's flag_overrides for it applied.
function M.effective_flags(hint, os_hint)
  local flags = {}
  for k, v in pairs(hint.flags or {}) do flags[k] = v end
  local over = os_hint.flag_overrides and os_hint.flag_overrides[hint.name]
  if type(over) == "table" then
    for k, v in pairs(over) do flags[k] = v end
  end
  return flags
end

-- Probes the compiler of rec (a kindler.hints record) on the system of
-- os_hint. records: every loaded compiler hint, for identification.
-- report(kind, text): "checking" lines and -v details.
-- Returns a result table (see bootstrap.lua's compiler_entries).
function Session:probe(rec, records, report)
  local hint = rec.hint
  self.hint = hint
  self.flags = M.effective_flags(hint, self.os)
  self.patterns = hint.unknown_flag_patterns or {}
  local result = { name = hint.name, drivers = {}, stds = {}, features = {},
                   problems = {}, abi = {}, dialects = {} }

  for _, lang in ipairs(M.LANGUAGES) do
    if hint.drivers[lang] and (not hint.probes or hint.probes[lang]) then
      local prefix = string.format("checking %s (%s)... ", hint.name, hint.drivers[lang])
      local found, err, other = self:identify(rec, lang, records)
      if found then
        report("checking", string.format("%s%s %s at %s%s", prefix, hint.name, found.version,
               found.path, found.by == "banner" and " (by its banner)" or ""))
        if found.note then self.detail(found.note) end
        result.drivers[lang] = found
      else
        report("checking", prefix .. err)
        result.problems[#result.problems + 1] = hint.drivers[lang] .. ": " .. err
        if other then result.other = other end
      end
    end
  end
  local primary = result.drivers.c and "c" or (result.drivers["c++"] and "c++")
  if not primary then return result end
  result.version = result.drivers[primary].version

  for _, lang in ipairs(M.LANGUAGES) do
    local driver = result.drivers[lang]
    if driver then
      self.detail(string.format("  standards (%s):", driver.command))
      for _, std in ipairs(lang == "c" and M.C_STANDARDS or M.CXX_STANDARDS) do
        result.stds[std] = self:probe_standard(driver, lang, std)
      end
    end
  end
  for _, std in ipairs(M.STANDARDS) do
    if result.stds[std] == nil then result.stds[std] = false end
  end
  for _, lang in ipairs(M.LANGUAGES) do
    local driver = result.drivers[lang]
    if driver then
      for _, dialect in ipairs(M.DIALECTS) do
        result.dialects[dialect] = result.dialects[dialect] or {}
        for _, std in ipairs(lang == "c" and M.C_STANDARDS or M.CXX_STANDARDS) do
          if std ~= "ansi" then
            result.dialects[dialect][std] = self:probe_dialect(driver, lang, dialect, std)
          end
        end
      end
    end
  end

  local driver = result.drivers[primary]
  self.detail(string.format("  flags (%s):", driver.command))
  self:probe_shared(driver, primary, result)
  self:probe_depfile(driver, primary, result)
  self:probe_threads(driver, primary, result)
  self:probe_werror(driver, primary, result)
  self:probe_static(driver, primary, result)
  self:probe_response_file(driver, primary, result)
  self:probe_build_types(driver, primary, result)
  self:probe_abis(driver, primary, result)
  self:probe_archiver(driver, primary, result)

  for _, lang in ipairs(M.LANGUAGES) do
    if result.drivers[lang] then
      self:probe_features(result.drivers[lang], lang, result, result.stds, result.threads)
    end
  end
  result.flags = self.flags
  return result
end

return M
