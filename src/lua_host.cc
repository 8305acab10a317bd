/* lua_host.cc: the host functions Lua modules call, as the module
** "kindler.host": diagnostics, files, directories, the environment. Each
** reads its arguments first (which may raise a Lua error), does its C++ work
** in a scope that ends before results are pushed, and never lets a C++
** exception reach Lua. */
#include <cstdlib>
#include <new>

extern "C" {
#include <lauxlib.h>
#include <lua.h>
}

#include "codes.h"
#include "fs.h"
#include "lua_bridge.h"
#include "lua_host.h"
#include "version.h"

/* Pushes nil and the message in host->scratch: the failure convention. */
static int PushFailure(lua_State* L, Host* host) {
  lua_pushnil(L);
  lua_pushlstring(L, host->scratch.data(), host->scratch.size());
  return 2;
}

static const char kOutOfMemory[] = "out of memory";

/* report(code, file, line, col, message [, remedy]) */
static int HostReport(lua_State* L) {
  Host* host = GetHost(L);
  const char* code = luaL_checkstring(L, 1);
  const char* file = luaL_optstring(L, 2, "");
  int line = static_cast<int>(luaL_optnumber(L, 3, 0));
  int col = static_cast<int>(luaL_optnumber(L, 4, 0));
  const char* message = luaL_checkstring(L, 5);
  const char* remedy = luaL_optstring(L, 6, "");
  bool known = FindCode(code) != NULL;
  if (known) {
    try {
      host->diags->Report(code, file, line, col, message, remedy);
    } catch (const std::bad_alloc&) {
      return luaL_error(L, kOutOfMemory);
    }
  }
  if (!known)
    return luaL_error(L, "report: %s is not in the KIN code catalog", code);
  return 0;
}

/* failed() -> whether the diagnostics so far fail the run: an error, or a
** warning under -Werror (the exit status program.cc gives would not be 0). */
static int HostFailed(lua_State* L) {
  Host* host = GetHost(L);
  lua_pushboolean(L, host->diags->ExitStatus(host->warnings_are_errors) != 0);
  return 1;
}

/* code_info(code) -> { severity=, title=, remedy= } or nil */
static int HostCodeInfo(lua_State* L) {
  const CodeInfo* info = FindCode(luaL_checkstring(L, 1));
  if (!info) return 0;
  static const char* const kSeverity[] = {"advice", "warning", "error"};
  lua_createtable(L, 0, 4);
  lua_pushstring(L, kSeverity[info->severity]);
  lua_setfield(L, -2, "severity");
  lua_pushstring(L, info->title);
  lua_setfield(L, -2, "title");
  lua_pushstring(L, info->remedy);
  lua_setfield(L, -2, "remedy");
  return 1;
}

/* read_file(path) -> contents | nil, error */
static int HostReadFile(lua_State* L) {
  Host* host = GetHost(L);
  const char* path = luaL_checkstring(L, 1);
  bool ok = false;
  try {
    std::string error;
    ok = ReadFile(path, &host->scratch, &error);
    if (!ok) host->scratch = error;
  } catch (const std::bad_alloc&) {
    host->scratch = kOutOfMemory;
  }
  if (!ok) return PushFailure(L, host);
  lua_pushlstring(L, host->scratch.data(), host->scratch.size());
  host->scratch.clear();
  return 1;
}

/* write_file(path, contents [, mode [, durable]]) -> changed | nil, error.
** Atomic; durable (the default) also syncs the data to disk before the
** rename; a file that already holds these bytes is not touched. */
static int HostWriteFile(lua_State* L) {
  Host* host = GetHost(L);
  const char* path = luaL_checkstring(L, 1);
  size_t len;
  const char* data = luaL_checklstring(L, 2, &len);
  unsigned mode = static_cast<unsigned>(luaL_optnumber(L, 3, 0644));
  bool durable = lua_isnoneornil(L, 4) || lua_toboolean(L, 4);
  bool always = lua_toboolean(L, 5) != 0;
  bool ok = false, changed = false;
  try {
    std::string error;
    ok = WriteFileAtomic(path, std::string(data, len), mode, &changed, &error,
                         durable, always);
    if (!ok) host->scratch = error;
  } catch (const std::bad_alloc&) {
    host->scratch = kOutOfMemory;
  }
  if (!ok) return PushFailure(L, host);
  lua_pushboolean(L, changed);
  return 1;
}

/* stage_file(path, contents [, mode]) -> temporary | nil, error: the
** contents in a fresh temporary beside path (fs.h, StageFile), for rename
** to put in place. */
static int HostStageFile(lua_State* L) {
  Host* host = GetHost(L);
  const char* path = luaL_checkstring(L, 1);
  size_t len;
  const char* data = luaL_checklstring(L, 2, &len);
  unsigned mode = static_cast<unsigned>(luaL_optnumber(L, 3, 0644));
  bool ok = false;
  try {
    std::string error, tmp;
    ok = StageFile(path, std::string(data, len), mode, false, &tmp, &error);
    host->scratch = ok ? tmp : error;
  } catch (const std::bad_alloc&) {
    host->scratch = kOutOfMemory;
  }
  if (!ok) return PushFailure(L, host);
  lua_pushlstring(L, host->scratch.data(), host->scratch.size());
  return 1;
}

/* rename(from, to) -> true | nil, error */
static int HostRename(lua_State* L) {
  Host* host = GetHost(L);
  const char* from = luaL_checkstring(L, 1);
  const char* to = luaL_checkstring(L, 2);
  bool ok = false;
  try {
    std::string error;
    ok = RenameFile(from, to, &error);
    if (!ok) host->scratch = error;
  } catch (const std::bad_alloc&) {
    host->scratch = kOutOfMemory;
  }
  if (!ok) return PushFailure(L, host);
  lua_pushboolean(L, 1);
  return 1;
}

/* memory_limit([bytes]) -> the limit before, the bytes Lua holds now.
** With bytes, sets what Lua may hold (at most the built-in limit): the
** hint loader lends a hint a bounded share. */
static int HostMemoryLimit(lua_State* L) {
  Host* host = GetHost(L);
  lua_pushnumber(L, static_cast<lua_Number>(host->memory_limit));
  lua_pushnumber(L, static_cast<lua_Number>(host->memory_used));
  if (!lua_isnoneornil(L, 1)) {
    lua_Number wanted = luaL_checknumber(L, 1);
    host->memory_limit = wanted > 0 && wanted < kLuaMemoryLimit
                             ? static_cast<size_t>(wanted) : kLuaMemoryLimit;
  }
  return 2;
}

typedef bool (*PathOperation)(const std::string& path, std::string* error);

/* Runs op on the path argument: true | nil, error. */
static int RunPathOperation(lua_State* L, PathOperation op) {
  Host* host = GetHost(L);
  const char* path = luaL_checkstring(L, 1);
  bool ok = false;
  try {
    std::string error;
    ok = op(path, &error);
    if (!ok) host->scratch = error;
  } catch (const std::bad_alloc&) {
    host->scratch = kOutOfMemory;
  }
  if (!ok) return PushFailure(L, host);
  lua_pushboolean(L, 1);
  return 1;
}

/* mkdirs(path) -> true | nil, error */
static int HostMakeDirs(lua_State* L) { return RunPathOperation(L, MakeDirs); }

/* remove(path) -> true | nil, error; a missing file is not an error */
static int HostRemove(lua_State* L) { return RunPathOperation(L, RemoveFile); }

/* stat(path [, nofollow]) -> { type= ("file", "dir", "other"; "link" with
** nofollow), size=, mtime=, mode=, uid= } | nil */
static int HostStat(lua_State* L) {
  FileInfo info = StatPath(luaL_checkstring(L, 1), lua_toboolean(L, 2) != 0);
  if (!info.exists) return 0;
  lua_createtable(L, 0, 5);
  lua_pushstring(L, info.is_link ? "link" : info.is_dir ? "dir"
                    : info.is_file ? "file" : "other");
  lua_setfield(L, -2, "type");
  lua_pushnumber(L, info.size);
  lua_setfield(L, -2, "size");
  lua_pushnumber(L, info.mtime);
  lua_setfield(L, -2, "mtime");
  lua_pushnumber(L, info.mode);
  lua_setfield(L, -2, "mode");
  lua_pushnumber(L, static_cast<lua_Number>(info.uid));
  lua_setfield(L, -2, "uid");
  return 1;
}

/* list_dir(path) -> { sorted names } | nil, error */
static int HostListDir(lua_State* L) {
  Host* host = GetHost(L);
  const char* path = luaL_checkstring(L, 1);
  bool ok = false;
  std::vector<std::string>* names = NULL;
  try {
    names = new std::vector<std::string>;
    std::string error;
    ok = ListDir(path, names, &error);
    if (!ok) host->scratch = error;
  } catch (const std::bad_alloc&) {
    host->scratch = kOutOfMemory;
  }
  if (!ok) {
    delete names;
    return PushFailure(L, host);
  }
  /* Lua may raise a memory error below; then `names` leaks, never crashes. */
  lua_createtable(L, static_cast<int>(names->size()), 0);
  for (size_t i = 0; i < names->size(); ++i) {
    lua_pushlstring(L, (*names)[i].data(), (*names)[i].size());
    lua_rawseti(L, -2, static_cast<int>(i + 1));
  }
  delete names;
  return 1;
}

/* load_text(path, chunkname) -> function | nil, error. Refuses bytecode. */
static int HostLoadText(lua_State* L) {
  Host* host = GetHost(L);
  const char* path = luaL_checkstring(L, 1);
  const char* chunkname = luaL_optstring(L, 2, path);
  bool ok = false;
  try {
    std::string error;
    ok = LoadTextChunk(L, path, chunkname, &error);
    if (!ok) host->scratch = error;
  } catch (const std::bad_alloc&) {
    host->scratch = kOutOfMemory;
  }
  if (!ok) return PushFailure(L, host);
  return 1;
}

/* getenv(name) -> value | nil */
static int HostGetenv(lua_State* L) {
  const char* value = std::getenv(luaL_checkstring(L, 1));
  if (!value) return 0;
  lua_pushstring(L, value);
  return 1;
}

/* cwd() -> the current directory */
static int HostCwd(lua_State* L) {
  Host* host = GetHost(L);
  try {
    host->scratch = CurrentDir();
  } catch (const std::bad_alloc&) {
    return luaL_error(L, kOutOfMemory);
  }
  lua_pushlstring(L, host->scratch.data(), host->scratch.size());
  return 1;
}

/* Pushes what lookup makes of the string argument 1: a path, or nothing
** (nil to Lua) when it finds none. */
static int PushLookup(lua_State* L, std::string (*lookup)(const std::string&)) {
  Host* host = GetHost(L);
  const char* arg = luaL_checkstring(L, 1);
  try {
    host->scratch = lookup(arg);
  } catch (const std::bad_alloc&) {
    return luaL_error(L, kOutOfMemory);
  }
  if (host->scratch.empty()) return 0;
  lua_pushlstring(L, host->scratch.data(), host->scratch.size());
  return 1;
}

/* realpath(path) -> resolved absolute path | nil */
static int HostRealPath(lua_State* L) { return PushLookup(L, RealPath); }

/* which(name) -> full path | nil */
static int HostWhich(lua_State* L) { return PushLookup(L, FindOnPath); }

bool LoadTextChunk(lua_State* L, const std::string& path,
                   const std::string& chunkname, std::string* error) {
  std::string text;
  if (!ReadFile(path, &text, error))
    return false;
  if (!text.empty() && text[0] == '\033') {
    *error = path + ": is Lua bytecode; Kindler loads Lua files as text only";
    return false;
  }
  if (luaL_loadbuffer(L, text.data(), text.size(), chunkname.c_str()) != 0) {
    const char* msg = lua_tostring(L, -1);
    *error = msg ? msg : "cannot load";
    lua_pop(L, 1);
    return false;
  }
  return true;
}

void SetHostFunctions(lua_State* L, Host* host, const luaL_Reg* functions) {
  for (const luaL_Reg* f = functions; f->name; ++f) {
    lua_pushlightuserdata(L, host);
    lua_pushcclosure(L, f->func, 1);
    lua_setfield(L, -2, f->name);
  }
}

void RegisterHost(lua_State* L, Host* host) {
  static const luaL_Reg kFunctions[] = {
    {"report", HostReport},       {"failed", HostFailed},
    {"code_info", HostCodeInfo},
    {"read_file", HostReadFile},  {"write_file", HostWriteFile},
    {"stage_file", HostStageFile}, {"rename", HostRename},
    {"memory_limit", HostMemoryLimit},
    {"mkdirs", HostMakeDirs},     {"remove", HostRemove},
    {"stat", HostStat},           {"list_dir", HostListDir},
    {"load_text", HostLoadText},  {"getenv", HostGetenv},
    {"cwd", HostCwd},             {"which", HostWhich},
    {"realpath", HostRealPath},
    {NULL, NULL}
  };
  lua_getglobal(L, "package");
  lua_getfield(L, -1, "loaded");
  lua_createtable(L, 0, 24);
  SetHostFunctions(L, host, kFunctions);
  AddCacheFunctions(L, host);
  AddProcessFunctions(L, host);
  lua_pushstring(L, KINDLER_VERSION);
  lua_setfield(L, -2, "version");
  lua_pushlstring(L, host->home.data(), host->home.size());
  lua_setfield(L, -2, "home");
  lua_setfield(L, -2, "kindler.host");
  lua_pop(L, 2);
}
