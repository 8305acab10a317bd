// hint_fuzz.cc: libFuzzer target for the hint loader (lua/kindler/hints.lua
// through the real Lua bridge, src/lua_bridge.cc and src/lua_host*.cc).
// Any bytes as hints/compiler/fz.lua: the loader returns the hint, a table
// named "fz", with no diagnostic, or reports exactly one KIN-704; never a
// Lua error past it (KIN-790), a crash, a hang (its instruction limit) or
// memory past its share (64 MiB). Built and run by `make fuzz` from the
// top of the tree, which holds the lua/ the loader runs.
#include <sys/stat.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "diag.h"
#include "lua_bridge.h"

// The data directory the bridge loads from: lua/kindler is the tree's,
// lua/hintfuzz.lua the driver below, hints/compiler/fz.lua the input.
static std::string home;

static const char kDriver[] =
    "-- hintfuzz.lua: loads hints/compiler/fz.lua once and checks what the\n"
    "-- loader gives (t/fuzz/hint_fuzz.cc).\n"
    "local host = require 'kindler.host'\n"
    "local diag = require 'kindler.diag'\n"
    "local hints = require 'kindler.hints'\n"
    "return { main = function()\n"
    "  local d = diag.new(nil)\n"
    "  local record = hints.load(d, host.home .. '/hints', 'compiler', 'fz')\n"
    "  if record then\n"
    "    assert(type(record.hint) == 'table' and record.hint.name == 'fz')\n"
    "    assert(d.errors == 0)\n"
    "  else\n"
    "    assert(d.errors == 1)\n"
    "  end\n"
    "  return 0\n"
    "end }\n";

static void Write(const std::string& path, const char* data, size_t size) {
  FILE* f = std::fopen(path.c_str(), "wb");
  if (!f || std::fwrite(data, 1, size, f) != size || std::fclose(f) != 0) {
    std::perror(path.c_str());
    std::abort();
  }
}

static void Setup() {
  char dir[] = "/tmp/kindler-hint-fuzz.XXXXXX";
  char cwd[4096];
  if (!mkdtemp(dir) || !getcwd(cwd, sizeof cwd)) std::abort();
  home = dir;
  if (mkdir((home + "/lua").c_str(), 0755) != 0 ||
      symlink((std::string(cwd) + "/lua/kindler").c_str(),
              (home + "/lua/kindler").c_str()) != 0 ||
      mkdir((home + "/hints").c_str(), 0755) != 0 ||
      mkdir((home + "/hints/compiler").c_str(), 0755) != 0)
    std::abort();
  Write(home + "/lua/hintfuzz.lua", kDriver, sizeof kDriver - 1);
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (home.empty()) Setup();
  Write(home + "/hints/compiler/fz.lua", reinterpret_cast<const char*>(data), size);
  DiagSink diags;
  LuaBridge bridge(home, &diags);
  if (!bridge.Open()) std::abort();
  DriverRequest request;
  request.command = "fuzz";
  request.document = NULL;
  if (bridge.RunDriver("hintfuzz", request) != 0) {
    for (size_t i = 0; i < diags.Count(); ++i)
      std::fprintf(stderr, "%s\n", FormatDiagnostic(diags.At(i)).c_str());
    std::abort();
  }
  size_t reported = diags.Count();
  if (reported > 1 || (reported == 1 && diags.At(0).code != "KIN-704")) std::abort();
  return 0;
}
