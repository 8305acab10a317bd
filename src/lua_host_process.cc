/* lua_host_process.cc: running programs and naming the system, for the
** bootstrap's probes:
**   run(argv [, { dir=, timeout=, limit= }])
**     -> { status=, started=, timed_out=, stdout=, stderr= }
**   uname() -> { sysname=, release=, machine= }
**   uid() -> the real user id of this process
**   pid() -> its process id; alive(pid) -> whether that process exists
**   remove_on_signal(dir | nil) -> the directory a signal removes */
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <new>

#include <signal.h>
#include <sys/types.h>
#include <sys/utsname.h>
#include <unistd.h>

extern "C" {
#include <lauxlib.h>
#include <lua.h>
}

#include "lua_bridge.h"
#include "cleanup.h"
#include "lua_host.h"
#include "process.h"

static void SetString(lua_State* L, const char* name, const std::string& s) {
  lua_pushlstring(L, s.data(), s.size());
  lua_setfield(L, -2, name);
}

static int HostRun(lua_State* L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  int n = static_cast<int>(lua_objlen(L, 1));
  if (n == 0) return luaL_argerror(L, 1, "empty argv");
  for (int i = 1; i <= n; ++i) {
    lua_rawgeti(L, 1, i);
    if (lua_type(L, -1) != LUA_TSTRING)
      return luaL_argerror(L, 1, "argv must hold strings");
    lua_pop(L, 1);
  }
  const char* dir = "";
  int seconds = 60;
  size_t limit = 1 << 20;
  if (lua_type(L, 2) == LUA_TTABLE) {
    lua_getfield(L, 2, "dir");
    if (lua_isstring(L, -1)) dir = lua_tostring(L, -1);
    lua_getfield(L, 2, "timeout");
    if (lua_isnumber(L, -1)) seconds = static_cast<int>(lua_tonumber(L, -1));
    lua_getfield(L, 2, "limit");
    if (lua_isnumber(L, -1)) limit = static_cast<size_t>(lua_tonumber(L, -1));
    lua_pop(L, 3);  /* dir stays valid: the options table still holds it */
  }
  /* Heap objects, so that no destructor is skipped if Lua unwinds below. */
  std::vector<std::string>* argv = NULL;
  ProcessResult* result = NULL;
  try {
    argv = new std::vector<std::string>;
    for (int i = 1; i <= n; ++i) {
      lua_rawgeti(L, 1, i);
      argv->push_back(lua_tostring(L, -1));
      lua_pop(L, 1);
    }
    result = new ProcessResult;
    RunProcess(*argv, dir, seconds, limit, result);
  } catch (const std::bad_alloc&) {
    delete argv;
    delete result;
    return luaL_error(L, "out of memory");
  }
  delete argv;
  lua_createtable(L, 0, 5);
  lua_pushnumber(L, result->status);
  lua_setfield(L, -2, "status");
  lua_pushboolean(L, result->started);
  lua_setfield(L, -2, "started");
  lua_pushboolean(L, result->timed_out);
  lua_setfield(L, -2, "timed_out");
  SetString(L, "stdout", result->out);
  SetString(L, "stderr", result->err);
  delete result;
  return 1;
}

static int HostUname(lua_State* L) {
  struct utsname u;
  if (uname(&u) != 0) return 0;
  lua_createtable(L, 0, 3);
  lua_pushstring(L, u.sysname);
  lua_setfield(L, -2, "sysname");
  lua_pushstring(L, u.release);
  lua_setfield(L, -2, "release");
  lua_pushstring(L, u.machine);
  lua_setfield(L, -2, "machine");
  return 1;
}

static int HostUid(lua_State* L) {
  lua_pushnumber(L, static_cast<lua_Number>(getuid()));
  return 1;
}

static int HostPid(lua_State* L) {
  lua_pushnumber(L, static_cast<lua_Number>(getpid()));
  return 1;
}

/* alive(pid) -> whether a process of that number exists */
static int HostAlive(lua_State* L) {
  pid_t pid = static_cast<pid_t>(luaL_checknumber(L, 1));
  lua_pushboolean(L, pid > 0 && (kill(pid, 0) == 0 || errno != ESRCH));
  return 1;
}

/* remove_on_signal(dir | nil): the directory a signal's handler removes
** (cleanup.h), or none */
static int HostRemoveOnSignal(lua_State* L) {
  SetSignalCleanupDir(luaL_optstring(L, 1, ""));
  return 0;
}

/* hold_signals(on): while on, SIGINT, SIGTERM, SIGHUP and SIGQUIT wait
** (blocked); turned off, one that came is delivered then. An export holds
** them while it renames its files into place (lua/kindler/commit.lua). */
static int HostHoldSignals(lua_State* L) {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  sigaddset(&set, SIGHUP);
  sigaddset(&set, SIGQUIT);
  sigprocmask(lua_toboolean(L, 1) ? SIG_BLOCK : SIG_UNBLOCK, &set, NULL);
  return 0;
}

/* fault(point): the fault injection of the tests. KINDLER_FAULT=POINT
** kills the process with SIGKILL, as a kill -9 or a power cut would end
** it, the first time it reaches that point; POINT#N the Nth time
** (kindler(1), ENVIRONMENT). */
static int HostFault(lua_State* L) {
  static int reached = 0;
  const char* wanted = std::getenv("KINDLER_FAULT");
  const char* point = luaL_checkstring(L, 1);
  size_t len = std::strlen(point);
  if (!wanted || std::strncmp(wanted, point, len) != 0 ||
      (wanted[len] != 0 && wanted[len] != '#'))
    return 0;
  int nth = wanted[len] == '#' ? std::atoi(wanted + len + 1) : 1;
  if (++reached == nth)
    kill(getpid(), SIGKILL);
  return 0;
}

void AddProcessFunctions(lua_State* L, Host* host) {
  static const luaL_Reg kFunctions[] = {
    {"run", HostRun},
    {"uname", HostUname},
    {"uid", HostUid},
    {"pid", HostPid},
    {"alive", HostAlive},
    {"remove_on_signal", HostRemoveOnSignal},
    {"hold_signals", HostHoldSignals},
    {"fault", HostFault},
    {NULL, NULL}
  };
  SetHostFunctions(L, host, kFunctions);
}
