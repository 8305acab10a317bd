-- probe/programs.lua: the sources of the probe programs, as text. Each
-- fails to compile unless the thing it tests is there (a standard's
-- programs #error on the wrong __STDC_VERSION__ or __cplusplus), so that a
-- compiler that ignores a flag is caught; what each proves is said where
-- it is used (standards.lua, flags.lua, archiver.lua, features.lua).
local M = {}

-- The suffix of a probe source, by language.
M.SOURCE_SUFFIX = { c = ".c", ["c++"] = ".cc" }

M.STD_PROGRAMS = {}

M.STD_PROGRAMS.ansi = [[
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

M.STD_PROGRAMS.c89 = [[
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

M.STD_PROGRAMS.c99 = [[
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

M.STD_PROGRAMS.c11 = [[
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

M.STD_PROGRAMS["c++98"] = [[
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
M.STD_PROGRAMS["c++03"] = M.STD_PROGRAMS["c++98"]

M.STD_PROGRAMS["c++11"] = [[
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

M.STD_PROGRAMS["c++14"] = [[
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
M.LIB_SOURCE = [[
#ifndef KP_VALUE
#error "KP_VALUE is not defined: the define flag did not work"
#endif
int kp_lib(void) { return KP_VALUE; }
]]

M.MAIN_SOURCE = [[
int kp_lib(void);
int main(void) { return kp_lib() == 42 ? 0 : 1; }
]]

M.HELLO_SOURCE = [[
#include <stdio.h>
int main(void) { puts("kindler"); return 0; }
]]

M.DEP_SOURCE = [[
#include "kp_dep.h"
#include <kp_sys.h>
int kp_dep(void) { return KP_DEP + KP_SYS; }
]]

M.THREADS_SOURCE = [[
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

M.WARNING_SOURCES = {
  "int main(void) { char *p = 1; return p == 0; }\n",
  "int main(void) { unsigned char c = 300; return c == 44 ? 0 : 1; }\n",
}
M.CLEAN_SOURCE = "int main(void) { return 0; }\n"

M.TLS_SOURCES = {
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

M.ATOMICS_SOURCES = {
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

-- The check a dialect's flag must pass besides its standard's program.
M.NOT_STRICT = [[
#ifdef __STRICT_ANSI__
#error "a strict mode: __STRICT_ANSI__ is defined"
#endif
]]

return M
