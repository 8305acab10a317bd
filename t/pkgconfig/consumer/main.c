/* main.c: calls the installed foo, zlib and Lua, each found only through
** the flags pkg-config gave. */
#include <stdio.h>
#include <string.h>

#include <foo.h>
#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>
#include <zlib.h>

int main(void)
{
    lua_State *L = luaL_newstate();
    long crc = (long)crc32(0L, (const Bytef *)"kindler", 7);

    luaL_openlibs(L);
    if (luaL_dostring(L, "return 6 * 7") != 0) return 1;
    printf("lua: %d\n", (int)lua_tointeger(L, -1));
    lua_close(L);
    printf("zlib crc32: %08lx\n", crc & 0xffffffffL);
    printf("%s foo: %ld\n", foo_build(), foo_sum(4));
    return 0;
}
