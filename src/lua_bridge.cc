/* lua_bridge.cc: starting Lua, loading Kindler's modules as text, handing
** the parsed document to the driver as IR tables, and catching Lua errors.
** Functions that Lua may unwind through (with longjmp) keep no C++ object
** with a destructor alive. */
#include "lua_bridge.h"

extern "C" {
#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>
}

#include <cstdio>
#include <cstdlib>

#include "fs.h"

/* Registry key of the metatable that marks IR arrays (so that an empty
** list stays a list in JSON). */
static const char kArrayMeta[] = "kindler.array";

LuaBridge::LuaBridge(const std::string& home, DiagSink* diags) : L_(NULL) {
  host_.home = home;
  host_.diags = diags;
  host_.memory_used = 0;
  host_.memory_limit = kLuaMemoryLimit;
  host_.warnings_are_errors = false;
}

/* Lua's allocator: realloc and free, counting the bytes Lua holds and
** refusing to grow past host->memory_limit. */
static void* Allocate(void* ud, void* block, size_t old_size, size_t new_size) {
  Host* host = static_cast<Host*>(ud);
  if (new_size == 0) {
    std::free(block);
    host->memory_used -= old_size;
    return NULL;
  }
  if (new_size > old_size &&
      (new_size - old_size > host->memory_limit ||
       host->memory_used + (new_size - old_size) > host->memory_limit))
    return NULL;
  void* grown = std::realloc(block, new_size);
  if (grown) host->memory_used = host->memory_used - old_size + new_size;
  return grown;
}

static int Panic(lua_State* L) {
  std::fprintf(stderr, "kindler: Lua panic: %s\n", lua_tostring(L, -1));
  return 0;
}

LuaBridge::~LuaBridge() {
  if (L_)
    lua_close(L_);
}

/* The package searcher: module "a.b" is lua/a/b.lua under the data
** directory, loaded as text. */
static int SearchModule(lua_State* L) {
  Host* host = static_cast<Host*>(lua_touserdata(L, lua_upvalueindex(1)));
  const char* name = luaL_checkstring(L, 1);
  bool loaded;
  {
    std::string rel(name);
    for (size_t i = 0; i < rel.size(); ++i)
      if (rel[i] == '.') rel[i] = '/';
    rel = "lua/" + rel + ".lua";
    std::string path = JoinPath(host->home, rel);
    std::string error;
    if (!StatPath(path).exists) {
      host->scratch = "\n\tno file '" + path + "'";
      loaded = false;
    } else {
      loaded = LoadTextChunk(L, path, "@" + rel, &error);
      if (!loaded) host->scratch = error;
    }
  }
  if (!loaded) {
    if (host->scratch.compare(0, 2, "\n\t") == 0) {
      lua_pushstring(L, host->scratch.c_str());
      return 1;
    }
    lua_pushstring(L, host->scratch.c_str());
    return lua_error(L);
  }
  return 1;
}

/* Replaces package.loaders with the preload searcher and SearchModule:
** no C modules, no package.path, no bytecode. */
static int InstallLoaders(lua_State* L) {
  Host* host = static_cast<Host*>(lua_touserdata(L, 1));
  lua_getglobal(L, "package");
  lua_getfield(L, -1, "loaders");
  lua_rawgeti(L, -1, 1);  /* the preload searcher */
  lua_newtable(L);
  lua_pushvalue(L, -2);
  lua_rawseti(L, -2, 1);
  lua_pushlightuserdata(L, host);
  lua_pushcclosure(L, SearchModule, 1);
  lua_rawseti(L, -2, 2);
  lua_setfield(L, -4, "loaders");
  lua_pop(L, 2);
  lua_pushstring(L, "");
  lua_setfield(L, -2, "path");
  lua_pushstring(L, "");
  lua_setfield(L, -2, "cpath");
  lua_pop(L, 1);
  /* dofile and loadfile would accept bytecode: modules use host.load_text. */
  lua_pushnil(L);
  lua_setglobal(L, "dofile");
  lua_pushnil(L);
  lua_setglobal(L, "loadfile");
  luaL_newmetatable(L, kArrayMeta);
  lua_pushstring(L, "array");
  lua_setfield(L, -2, "__kindler");
  lua_pop(L, 1);
  RegisterHost(L, host);
  return 0;
}

bool LuaBridge::Open() {
  L_ = lua_newstate(Allocate, &host_);
  if (L_) lua_atpanic(L_, Panic);
  if (!L_) {
    host_.diags->Report("KIN-790", "", 0, 0, "cannot start Lua: out of memory",
                        "");
    return false;
  }
  luaL_openlibs(L_);
  if (lua_cpcall(L_, InstallLoaders, &host_) != 0) {
    host_.diags->Report("KIN-790", "", 0, 0, lua_tostring(L_, -1), "");
    return false;
  }
  return true;
}

/* Adds traceback-free context to a Lua error: the message as Lua gave it. */
static int ErrorHandler(lua_State* L) {
  if (!lua_isstring(L, 1))
    lua_pushstring(L, "a Lua error with no message");
  return 1;
}

bool LuaBridge::Call(int nargs, int nresults) {
  int base = lua_gettop(L_) - nargs;
  lua_pushcfunction(L_, ErrorHandler);
  lua_insert(L_, base);
  int status = lua_pcall(L_, nargs, nresults, base);
  lua_remove(L_, base);
  if (status == 0)
    return true;
  const char* msg = lua_tostring(L_, -1);
  std::string text = msg ? msg : "unknown error";
  lua_pop(L_, 1);
  host_.diags->Report("KIN-790", "", 0, 0, text, "");
  return false;
}

/* Packs a place into one number for the `where` tables: line * 2^24 + col. */
static double PackPlace(Place p) {
  int col = p.col < 0xFFFFFF ? p.col : 0xFFFFFF;
  return static_cast<double>(p.line) * 16777216.0 + col;
}

/* Pushes node as a Lua table or scalar; records places in the `where`
** table at stack index `where` (absolute). Recursion is bounded by the
** parser's nesting limit. */
static void PushNode(lua_State* L, const Node* node, int where) {
  luaL_checkstack(L, 8, "document nested too deep");
  switch (node->kind) {
    case Node::STRING:
      lua_pushlstring(L, node->text.data(), node->text.size());
      return;
    case Node::INTEGER:
      lua_pushnumber(L, node->number);
      return;
    case Node::BOOLEAN:
      lua_pushboolean(L, node->truth);
      return;
    case Node::ARRAY:
    case Node::OBJECT:
      break;
  }
  bool array = node->kind == Node::ARRAY;
  size_t n = node->items.size();
  lua_createtable(L, array ? static_cast<int>(n) : 0,
                  array ? 0 : static_cast<int>(n));
  int table = lua_gettop(L);
  if (array) {
    luaL_getmetatable(L, kArrayMeta);
    lua_setmetatable(L, table);
  }
  lua_createtable(L, array ? static_cast<int>(n) : 0, array ? 1 : static_cast<int>(n) + 1);
  int places = lua_gettop(L);
  lua_pushnumber(L, PackPlace(node->place));
  lua_rawseti(L, places, 0);
  for (size_t i = 0; i < n; ++i) {
    const Node* item = node->items[i];
    if (array) {
      PushNode(L, item, where);
      lua_rawseti(L, table, static_cast<int>(i + 1));
      lua_pushnumber(L, PackPlace(item->place));
      lua_rawseti(L, places, static_cast<int>(i + 1));
    } else {
      const std::string& key = node->keys[i];
      lua_pushlstring(L, key.data(), key.size());
      PushNode(L, item, where);
      lua_rawset(L, table);
      lua_pushlstring(L, key.data(), key.size());
      lua_pushnumber(L, PackPlace(node->key_places[i]));
      lua_rawset(L, places);
    }
  }
  lua_pushvalue(L, table);
  lua_pushvalue(L, places);
  lua_rawset(L, where);
  lua_pop(L, 1);  /* places */
}

/* lua_cpcall body: pushes {tree = <document>, where = <places>} into the
** registry slot "kindler.document". */
static int PushDocument(lua_State* L) {
  const Document* doc = static_cast<const Document*>(lua_touserdata(L, 1));
  lua_createtable(L, 0, 3);
  int result = lua_gettop(L);
  lua_createtable(L, 0, 0);  /* where: weak keys */
  int where = lua_gettop(L);
  lua_createtable(L, 0, 1);
  lua_pushstring(L, "k");
  lua_setfield(L, -2, "__mode");
  lua_setmetatable(L, where);
  PushNode(L, doc->root, where);
  lua_setfield(L, result, "tree");
  lua_setfield(L, result, "where");
  lua_pushlstring(L, doc->path.data(), doc->path.size());
  lua_setfield(L, result, "path");
  lua_setfield(L, LUA_REGISTRYINDEX, "kindler.document");
  return 0;
}

/* lua_cpcall body: builds the request table and leaves it in the registry
** slot "kindler.request". */
static int PushRequest(lua_State* L) {
  const DriverRequest* req = static_cast<const DriverRequest*>(lua_touserdata(L, 1));
  lua_createtable(L, 0, 5);
  lua_pushlstring(L, req->command.data(), req->command.size());
  lua_setfield(L, -2, "command");
  lua_createtable(L, static_cast<int>(req->operands.size()), 0);
  for (size_t i = 0; i < req->operands.size(); ++i) {
    lua_pushlstring(L, req->operands[i].data(), req->operands[i].size());
    lua_rawseti(L, -2, static_cast<int>(i + 1));
  }
  lua_setfield(L, -2, "operands");
  lua_createtable(L, static_cast<int>(req->option_names.size()), 0);
  for (size_t i = 0; i < req->option_names.size(); ++i) {
    lua_createtable(L, 2, 0);
    lua_pushlstring(L, req->option_names[i].data(), req->option_names[i].size());
    lua_rawseti(L, -2, 1);
    lua_pushlstring(L, req->option_values[i].data(), req->option_values[i].size());
    lua_rawseti(L, -2, 2);
    lua_rawseti(L, -2, static_cast<int>(i + 1));
  }
  lua_setfield(L, -2, "options");
  lua_pushlstring(L, req->program.data(), req->program.size());
  lua_setfield(L, -2, "program");
  lua_getfield(L, LUA_REGISTRYINDEX, "kindler.document");
  lua_setfield(L, -2, "document");
  lua_setfield(L, LUA_REGISTRYINDEX, "kindler.request");
  return 0;
}

int LuaBridge::RunDriver(const char* module, const DriverRequest& request) {
  host_.warnings_are_errors = request.warnings_are_errors;
  lua_pushnil(L_);
  lua_setfield(L_, LUA_REGISTRYINDEX, "kindler.document");
  if (request.document && request.document->root &&
      lua_cpcall(L_, PushDocument, request.document) != 0) {
    host_.diags->Report("KIN-790", "", 0, 0, lua_tostring(L_, -1), "");
    return -1;
  }
  if (lua_cpcall(L_, PushRequest, const_cast<DriverRequest*>(&request)) != 0) {
    host_.diags->Report("KIN-790", "", 0, 0, lua_tostring(L_, -1), "");
    return -1;
  }
  static const char kStart[] =
      "local module, request = ...\n"
      "return require(module).main(request)";
  if (luaL_loadbuffer(L_, kStart, sizeof kStart - 1, "=kindler") != 0) {
    host_.diags->Report("KIN-790", "", 0, 0, lua_tostring(L_, -1), "");
    return -1;
  }
  lua_pushstring(L_, module);
  lua_getfield(L_, LUA_REGISTRYINDEX, "kindler.request");
  if (!Call(2, 1))
    return -1;
  int status = lua_isnumber(L_, -1) ? static_cast<int>(lua_tonumber(L_, -1)) : 0;
  lua_settop(L_, 0);
  return status;
}
