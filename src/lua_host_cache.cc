/* lua_host_cache.cc: the cache codec and the hint digest for Lua:
**   cache_encode{ kind=, name=, kindler_version=, hint_digest=, entries= }
**     -> bytes | nil, message
**   cache_decode(bytes) -> cache table | nil, problem, message
**     problem: "truncated" "magic" "version" "checksum" "malformed"
**   digest(bytes) -> "crc32:XXXXXXXX:LENGTH" */
#include <cstdio>
#include <cstdlib>
#include <new>

extern "C" {
#include <lauxlib.h>
#include <lua.h>
}

#include "cache_codec.h"
#include "crc32.h"
#include "lua_bridge.h"
#include "lua_host.h"

/* t[name] without metamethods, so that no Lua error can arise. */
static void RawField(lua_State* L, int table, const char* name) {
  lua_pushstring(L, name);
  lua_rawget(L, table);
}

static std::string FieldString(lua_State* L, int table, const char* name) {
  RawField(L, table, name);
  size_t len = 0;
  const char* s = lua_type(L, -1) == LUA_TSTRING ? lua_tolstring(L, -1, &len) : "";
  std::string value(s, len);
  lua_pop(L, 1);
  return value;
}

/* Reads the cache table at index 1 into *cache; false with *error when a
** value has a type the format cannot hold. Raises no Lua error. */
static bool ReadCacheTable(lua_State* L, Cache* cache, std::string* error) {
  std::string kind = FieldString(L, 1, "kind");
  if (kind == "os") {
    cache->kind = CACHE_OS;
  } else if (kind == "compiler") {
    cache->kind = CACHE_COMPILER;
  } else if (kind == "facts") {
    cache->kind = CACHE_FACTS;
  } else {
    *error = "cache kind must be \"os\", \"compiler\" or \"facts\"";
    return false;
  }
  cache->name = FieldString(L, 1, "name");
  cache->kindler_version = FieldString(L, 1, "kindler_version");
  cache->hint_digest = FieldString(L, 1, "hint_digest");
  RawField(L, 1, "entries");
  if (lua_type(L, -1) != LUA_TTABLE) {
    lua_pop(L, 1);
    *error = "cache entries must be a table";
    return false;
  }
  lua_pushnil(L);
  while (lua_next(L, -2)) {
    if (lua_type(L, -2) != LUA_TSTRING) {
      lua_pop(L, 3);
      *error = "cache keys must be strings";
      return false;
    }
    CacheEntry e;
    size_t len;
    const char* key = lua_tolstring(L, -2, &len);
    e.key.assign(key, len);
    switch (lua_type(L, -1)) {
      case LUA_TBOOLEAN:
        e.value.type = lua_toboolean(L, -1) ? CacheValue::TRUE_VALUE
                                            : CacheValue::FALSE_VALUE;
        break;
      case LUA_TSTRING: {
        const char* s = lua_tolstring(L, -1, &len);
        e.value.type = CacheValue::STRING;
        e.value.text.assign(s, len);
        break;
      }
      case LUA_TNUMBER: {
        lua_Number n = lua_tonumber(L, -1);
        char buf[64];
        if (n != static_cast<lua_Number>(static_cast<long>(n))) {
          lua_pop(L, 3);
          *error = "cache value of '" + e.key + "' is not a whole number";
          return false;
        }
        std::sprintf(buf, "%ld", static_cast<long>(n));
        e.value.type = CacheValue::NUMBER;
        e.value.text = buf;
        break;
      }
      default:
        lua_pop(L, 3);
        *error = "cache value of '" + e.key + "' must be a string, number "
                 "or boolean";
        return false;
    }
    cache->entries.push_back(e);
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
  return true;
}

static int HostCacheEncode(lua_State* L) {
  Host* host = GetHost(L);
  luaL_checktype(L, 1, LUA_TTABLE);
  bool ok = false;
  try {
    Cache cache;
    std::string error;
    ok = ReadCacheTable(L, &cache, &error) &&
         EncodeCache(cache, &host->scratch, &error);
    if (!ok) host->scratch = error;
  } catch (const std::bad_alloc&) {
    host->scratch = "out of memory";
  }
  if (!ok) {
    lua_pushnil(L);
    lua_pushlstring(L, host->scratch.data(), host->scratch.size());
    return 2;
  }
  lua_pushlstring(L, host->scratch.data(), host->scratch.size());
  return 1;
}

static const char* ProblemName(CacheError e) {
  switch (e) {
    case CACHE_TRUNCATED: return "truncated";
    case CACHE_BAD_MAGIC: return "magic";
    case CACHE_BAD_VERSION: return "version";
    case CACHE_BAD_CHECKSUM: return "checksum";
    case CACHE_MALFORMED: case CACHE_OK: break;
  }
  return "malformed";
}

static void PushCache(lua_State* L, const Cache& cache) {
  lua_createtable(L, 0, 5);
  lua_pushstring(L, cache.kind == CACHE_OS ? "os" :
                     cache.kind == CACHE_FACTS ? "facts" : "compiler");
  lua_setfield(L, -2, "kind");
  lua_pushlstring(L, cache.name.data(), cache.name.size());
  lua_setfield(L, -2, "name");
  lua_pushlstring(L, cache.kindler_version.data(), cache.kindler_version.size());
  lua_setfield(L, -2, "kindler_version");
  lua_pushlstring(L, cache.hint_digest.data(), cache.hint_digest.size());
  lua_setfield(L, -2, "hint_digest");
  lua_createtable(L, 0, static_cast<int>(cache.entries.size()));
  for (size_t i = 0; i < cache.entries.size(); ++i) {
    const CacheEntry& e = cache.entries[i];
    lua_pushlstring(L, e.key.data(), e.key.size());
    switch (e.value.type) {
      case CacheValue::FALSE_VALUE: lua_pushboolean(L, 0); break;
      case CacheValue::TRUE_VALUE: lua_pushboolean(L, 1); break;
      case CacheValue::STRING:
        lua_pushlstring(L, e.value.text.data(), e.value.text.size());
        break;
      case CacheValue::NUMBER:
        lua_pushnumber(L, std::strtod(e.value.text.c_str(), NULL));
        break;
    }
    lua_rawset(L, -3);
  }
  lua_setfield(L, -2, "entries");
}

/* Decodes into a heap Cache so that no C++ object with a destructor lives
** on this frame while Lua tables are built (a Lua memory error would skip
** it: then the Cache leaks, and nothing crashes). */
static int HostCacheDecode(lua_State* L) {
  Host* host = GetHost(L);
  size_t len;
  const char* data = luaL_checklstring(L, 1, &len);
  Cache* cache = NULL;
  CacheError problem = CACHE_MALFORMED;
  try {
    cache = new Cache;
    problem = DecodeCache(std::string(data, len), cache, &host->scratch);
  } catch (const std::bad_alloc&) {
    host->scratch = "out of memory";
  }
  if (problem != CACHE_OK) {
    delete cache;
    lua_pushnil(L);
    lua_pushstring(L, ProblemName(problem));
    lua_pushlstring(L, host->scratch.data(), host->scratch.size());
    return 3;
  }
  PushCache(L, *cache);
  delete cache;
  return 1;
}

static int HostDigest(lua_State* L) {
  size_t len;
  const char* data = luaL_checklstring(L, 1, &len);
  unsigned long crc = Crc32(0, reinterpret_cast<const unsigned char*>(data), len);
  char buf[64];
  std::sprintf(buf, "crc32:%08lX:%lu", crc, static_cast<unsigned long>(len));
  lua_pushstring(L, buf);
  return 1;
}

void AddCacheFunctions(lua_State* L, Host* host) {
  static const luaL_Reg kFunctions[] = {
    {"cache_encode", HostCacheEncode},
    {"cache_decode", HostCacheDecode},
    {"digest", HostDigest},
    {NULL, NULL}
  };
  SetHostFunctions(L, host, kFunctions);
}
