/* bootstrap.cc: main() of `kindler-bootstrap`, run once per machine (or per
** user) to probe the OS and compilers and write the caches. The probing is
** Lua (lua/kindler/bootstrap.lua) over the hints; this file parses the
** command line, starts Lua and prints diagnostics. */
#include <cstdio>
#include <cstring>
#include <string>

#include "cleanup.h"
#include "diag.h"
#include "home.h"
#include "lua_bridge.h"
#include "version.h"

static void Usage(FILE* out) {
  fputs("usage: kindler-bootstrap [--system | --user | --cache-dir DIR]\n"
        "                         [--target TRIPLE] [--hints DIR] [--compiler NAME]...\n"
        "                         [-v] [-q]\n"
        "\n"
        "  --system         write /etc/kindler/cache (for every user)\n"
        "  --user           write ~/.config/kindler/cache (the default)\n"
        "  --cache-dir DIR  write DIR\n"
        "  --target TRIPLE  probe the cross compilers for TRIPLE (such as\n"
        "                   x86_64-w64-mingw32) into the profile TRIPLE\n"
        "  --hints DIR      read hints/os and hints/compiler below DIR\n"
        "  --compiler NAME  probe only these compiler hints (repeatable)\n"
        "  -v               show every probe\n"
        "  -q               print only the summary\n",
        out);
}

static bool TakesValue(const std::string& name) {
  return name == "cache-dir" || name == "hints" || name == "compiler" ||
         name == "target";
}

static bool IsFlag(const std::string& name) {
  return name == "system" || name == "user" || name == "v" || name == "q";
}

int main(int argc, char** argv) {
  RemoveOnSignals();
  DriverRequest request;
  request.command = "bootstrap";
  request.document = NULL;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--help" || arg == "-h") {
      Usage(stdout);
      return 0;
    }
    if (arg == "--version") {
      printf("kindler-bootstrap %s\n", KINDLER_VERSION);
      return 0;
    }
    std::string name = arg.compare(0, 2, "--") == 0 ? arg.substr(2)
                       : arg.compare(0, 1, "-") == 0 ? arg.substr(1) : "";
    std::string value;
    std::string::size_type eq = name.find('=');
    bool inline_value = eq != std::string::npos;
    if (inline_value) {
      value = name.substr(eq + 1);
      name = name.substr(0, eq);
    }
    if (TakesValue(name)) {
      if (!inline_value) {
        if (i + 1 >= argc) {
          fprintf(stderr, "kindler-bootstrap: %s needs a value\n", arg.c_str());
          return 2;
        }
        value = argv[++i];
      }
    } else if (!IsFlag(name) || inline_value) {
      fprintf(stderr, "kindler-bootstrap: unknown option '%s'\n", arg.c_str());
      Usage(stderr);
      return 2;
    }
    request.option_names.push_back(name);
    request.option_values.push_back(value);
  }

  SetDiagnosticProgram("kindler-bootstrap");
  DiagSink diags;
  std::string home = FindHome(argv[0]);
  int status = 0;
  if (home.empty()) {
    diags.Report("KIN-706", "", 0, 0, HomeProblem(), "");
  } else {
    LuaBridge lua(home, &diags);
    if (lua.Open())
      status = lua.RunDriver("kindler.bootstrap", request);
  }
  diags.Print(stderr, false);
  if (status == 2)
    return 2;
  int diag_status = diags.ExitStatus(false);
  return diag_status ? diag_status : (status > 0 ? status : 0);
}
