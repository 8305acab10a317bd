/* lua_host.h: the groups of host functions that make up the Lua module
** "kindler.host". Each Add* function sets its functions, as closures over
** the Host, into the table on top of the stack. */
#ifndef KINDLER_LUA_HOST_H
#define KINDLER_LUA_HOST_H

extern "C" {
#include <lauxlib.h>
#include <lua.h>
}

struct Host;

/* The Host a host function closes over (its first upvalue). */
inline Host* GetHost(lua_State* L) {
  return static_cast<Host*>(lua_touserdata(L, lua_upvalueindex(1)));
}

/* Sets each function of the NULL-terminated list into the table on top of
** the stack, as a closure over host (lua_host.cc). */
void SetHostFunctions(lua_State* L, Host* host, const luaL_Reg* functions);
void AddCacheFunctions(lua_State* L, Host* host);    /* lua_host_cache.cc */
void AddProcessFunctions(lua_State* L, Host* host);  /* lua_host_process.cc */

#endif
