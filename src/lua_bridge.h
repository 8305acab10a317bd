/* lua_bridge.h: the embedded Lua 5.1 state. Lua runs only under lua_pcall;
** a Lua error becomes a KIN-790 diagnostic. Modules load as text from the
** Kindler data directory: bytecode (a file starting with \033) is refused. */
#ifndef KINDLER_LUA_BRIDGE_H
#define KINDLER_LUA_BRIDGE_H

#include <string>
#include <vector>

#include "diag.h"
#include "document.h"

struct lua_State;

/* What the host functions (lua_host.cc) share with the bridge. */
struct Host {
  DiagSink* diags;
  std::string home;     /* the data directory holding lua/ and hints/ */
  std::string scratch;  /* results handed to Lua, so no C++ temporary with a
                           destructor is alive while Lua may unwind */
  size_t memory_used;   /* bytes Lua holds now */
  size_t memory_limit;  /* what Lua may hold: an allocation past it fails
                           as Lua's "not enough memory" (kindler(1),
                           LIMITS); host.memory_limit changes it */
  bool warnings_are_errors;  /* -Werror, for host.failed */
};

/* What Lua may hold unless a caller of host.memory_limit asks for less:
** 16 GiB, or 2047 MiB where size_t has 32 bits (kindler(1), LIMITS). */
const size_t kLuaMemoryLimit =
    static_cast<size_t>(sizeof(size_t) > 4 ? 16384 : 2047) * 1024 * 1024;

/* One request to the Lua driver: a command and its options. */
struct DriverRequest {
  DriverRequest() : document(NULL), warnings_are_errors(false) {}
  std::string command;                    /* "check", "dump", ... */
  std::vector<std::string> operands;      /* words after the command */
  std::vector<std::string> option_names;  /* options, in the order given */
  std::vector<std::string> option_values; /* "" for flags */
  Document* document;                     /* parsed project, or NULL */
  std::string program;                    /* how to run this program again:
                                             an absolute path, or the name
                                             found on PATH */
  bool warnings_are_errors;               /* -Werror */
};

class LuaBridge {
 public:
  LuaBridge(const std::string& home, DiagSink* diags);
  ~LuaBridge();
  /* Creates the state; false (with a diagnostic) when Lua cannot start. */
  bool Open();
  /* Runs require(module).main(request); returns the status the driver
  ** asks for (0 when it returns none), or -1 after a Lua error. */
  int RunDriver(const char* module, const DriverRequest& request);

 private:
  bool Call(int nargs, int nresults);
  lua_State* L_;
  Host host_;
  LuaBridge(const LuaBridge&);
  void operator=(const LuaBridge&);
};

/* Installs the host functions as the module "kindler.host" (lua_host.cc). */
void RegisterHost(lua_State* L, Host* host);
/* Loads a Lua file as text; refuses bytecode. Pushes the chunk, or returns
** false with *error set and nothing pushed (lua_host.cc). */
bool LoadTextChunk(lua_State* L, const std::string& path,
                   const std::string& chunkname, std::string* error);

#endif
