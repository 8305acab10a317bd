/* kindler.cc: main() of `kindler`. Parses the command line, finds the
** project file and the data directory, parses the file, and hands the rest
** to the command's Lua entry point (lua/kindler/command/kindler/main.lua);
** program.cc prints the diagnostics and decides the exit status
** (kindler(1), EXIT STATUS). */
#include <cstdio>
#include <string>
#include <vector>

#include "cli.h"
#include "diag.h"
#include "document.h"
#include "explain.h"
#include "fs.h"
#include "home.h"
#include "lua_bridge.h"
#include "parser.h"
#include "program.h"
#include "version.h"

static bool NeedsProjectFile(const std::string& command) {
  return command == "check" || command == "export" || command == "dump";
}

/* -f FILE, or the single *.kindler file in the current directory. */
static bool FindProjectFile(const CommandLine& cl, std::string* path,
                            std::string* error) {
  if (!cl.file.empty()) {
    *path = cl.file;
    return true;
  }
  std::vector<std::string> names, found;
  if (!ListDir(".", &names, error))
    return false;
  for (size_t i = 0; i < names.size(); ++i) {
    const std::string& n = names[i];
    if (n.size() > 8 && n.compare(n.size() - 8, 8, ".kindler") == 0 &&
        StatPath(n).is_file)
      found.push_back(n);
  }
  if (found.size() == 1) {
    *path = found[0];
    return true;
  }
  if (found.empty()) {
    *error = "no .kindler file in " + CurrentDir() + "; name one with -f FILE";
  } else {
    *error = "several .kindler files here (";
    for (size_t i = 0; i < found.size(); ++i)
      *error += (i ? ", " : "") + found[i];
    *error += "); name one with -f FILE";
  }
  return false;
}

static int Explain(const CommandLine& cl) {
  if (HasOption(cl, "man")) {
    PrintCodesPage(stdout);
    return EXIT_OK;
  }
  if (cl.operands.empty()) {
    ListCodes(stdout);
    return EXIT_OK;
  }
  if (cl.operands.size() > 1)
    return UsageError("kindler", "explain takes one code");
  if (!ExplainCode(cl.operands[0], stdout))
    return UsageError("kindler", "unknown code '" + cl.operands[0] +
                      "'; 'kindler explain' lists them all");
  return EXIT_OK;
}

int main(int argc, char** argv) {
  CommandLine cl;
  std::string error;
  if (!ParseCommandLine(argc, argv, &cl, &error))
    return UsageError("kindler", error);
  if (cl.help) {
    PrintUsage(stdout);
    return EXIT_OK;
  }
  if (cl.version) {
    printf("kindler %s\n", KINDLER_VERSION);
    return EXIT_OK;
  }
  if (cl.command.empty()) {
    PrintUsage(stderr);
    return EXIT_USAGE;
  }
  if (cl.command == "explain")
    return Explain(cl);

  std::string home = FindHome(argv[0]);
  std::string program = ProgramPath(argv[0]);
  if (!cl.directory.empty() && !ChangeDir(cl.directory, &error))
    return UsageError("kindler", error);

  DiagSink diags;
  Document doc;
  if (!home.empty() && NeedsProjectFile(cl.command)) {
    if (!FindProjectFile(cl, &doc.path, &error))
      return UsageError("kindler", error);
    ParseFile(&doc, &diags);
  }

  int status = EXIT_OK;
  if (!diags.HasErrors()) {
    DriverRequest request;
    request.command = cl.command;
    request.operands = cl.operands;
    request.option_names = cl.option_names;
    request.option_values = cl.option_values;
    request.warnings_are_errors = cl.werror;
    request.document = &doc;
    request.program = program;
    status = RunDriverModule(home, "kindler.command.kindler.main", request,
                             &diags);
  }
  return FinishRun(&diags, status, cl.quiet, cl.werror);
}
