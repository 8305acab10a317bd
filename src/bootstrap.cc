/* bootstrap.cc: main() of `kindler-bootstrap`, run once per machine (or per
** user) to probe the OS and compilers and write the caches. The probing is
** Lua (lua/kindler/command/bootstrap/) over the hints; this file holds the
** program's options, for the parser, its checks and --help, and starts Lua
** with options it need not check again. */
#include <cstdio>
#include <string>

#include "diag.h"
#include "home.h"
#include "lua_bridge.h"
#include "options.h"
#include "program.h"
#include "version.h"

static const ValueSpec kHintName = {"a hint name", NULL};

/* The groups: "place", where the caches go; "verbosity", how much is
** printed. */
static const OptionSpec kOptions[] = {
  {"--system", NULL, "write /etc/kindler/cache (for every user)", NULL,
   NULL, "place"},
  {"--user", NULL, "write ~/.config/kindler/cache (the default)", NULL,
   NULL, "place"},
  {"--cache-dir", "DIR", "write DIR", NULL, &kDirectory, "place"},
  {"--target", "TRIPLE",
   "probe the cross compilers for TRIPLE into its profile", NULL, &kTargetTriple,
   NULL},
  {"--hints", "DIR", "read hints/os and hints/compiler below DIR", NULL,
   &kDirectory, NULL},
  {"--compiler", "NAME", "probe only these compiler hints (repeatable)", NULL,
   &kHintName, NULL},
  {"-v", NULL, "show every probe", NULL, NULL, "verbosity"},
  {"-q", NULL, "print only the summary", NULL, NULL, "verbosity"},
  {"--version", NULL, "print the version and exit", NULL, NULL, NULL},
  {"--help", NULL, "print this summary and exit", NULL, NULL, NULL},
  {"-h", NULL, "the same as --help", NULL, NULL, NULL},
  {NULL, NULL, NULL, NULL, NULL, NULL}
};

static void Usage(FILE* out) {
  fputs("usage: kindler-bootstrap [--system | --user | --cache-dir DIR]\n"
        "                         [--target TRIPLE] [--hints DIR] [--compiler NAME]...\n"
        "                         [-v] [-q]\n"
        "\n", out);
  PrintOptionList(out, kOptions, true);
}

int main(int argc, char** argv) {
  ParsedArguments parsed;
  std::string error;
  if (!ParseArguments(kOptions, argc, argv, &parsed, &error))
    return UsageError("kindler-bootstrap", error);
  if (!parsed.operands.empty())
    return UsageError("kindler-bootstrap",
                      "unexpected operand '" + parsed.operands[0] + "'");
  if (OptionGiven(parsed.option_names, "help") ||
      OptionGiven(parsed.option_names, "h")) {
    Usage(stdout);
    return EXIT_OK;
  }
  if (OptionGiven(parsed.option_names, "version")) {
    printf("kindler-bootstrap %s\n", KINDLER_VERSION);
    return EXIT_OK;
  }

  SetDiagnosticProgram("kindler-bootstrap");
  DiagSink diags;
  DriverRequest request;
  request.command = "bootstrap";
  DropRepeatedOptions(&parsed);
  request.option_names = parsed.option_names;
  request.option_values = parsed.option_values;
  int status = RunDriverModule(FindHome(argv[0]), "kindler.command.bootstrap.main",
                               request, &diags);
  return FinishRun(&diags, status, false, false);
}
