/* cli.cc: the command line of `kindler`: its commands and options, each
** written once here, for the parser and for --help. Global options may
** stand before or after the command; each command accepts its own options
** only (kindler(1), OPTIONS). */
#include <cstdio>

#include "cli.h"
#include "options.h"

/* What a value must be where "" would mean nothing (kindler(1), OPTIONS). */
static const ValueSpec kFile = {"a file", NULL};
static const ValueSpec kExporter = {"an exporter's name", NULL};
static const ValueSpec kBuildType = {"a build type", NULL};
static const ValueSpec kCompiler = {"a compiler's name", NULL};
static const ValueSpec kCommand = {"a command", NULL};
static const ValueSpec kStage = {"parsed or normalized", NULL};
static const ValueSpec kName = {"a name", NULL};
static const ValueSpec kType = {"a target type", NULL};

static const OptionSpec kOptions[] = {
  {"-C", "DIR", "change to DIR first", "*", &kDirectory, NULL},
  {"--cache-dir", "DIR", "read the caches from DIR alone", "*", &kDirectory,
   NULL},
  {"-q", NULL, "quiet: print errors only", "*", NULL, NULL},
  {"-v", NULL, "verbose: print each step and each file written", "*", NULL,
   NULL},
  {"--version", NULL, "print the version and exit", "*", NULL, NULL},
  {"--help", NULL, "print this summary and exit", "*", NULL, NULL},
  {"-f", "FILE", "the project file (default: the one *.kindler here)",
   "check export dump module", &kFile, NULL},
  {"-e", "EXPORTER", "the exporter; given more than once, each of them",
   "check export", &kExporter, NULL},
  {"-B", "BUILDDIR", "where build files, objects and artifacts go", "export",
   &kDirectory, NULL},
  {"--config", "TYPE", "the build type", "export check", &kBuildType, NULL},
  {"--toolchain", "NAME", "build with the cached compiler NAME",
   "export check dump", &kCompiler, NULL},
  {"--launcher", "CMD", "put CMD (such as ccache) before each compile",
   "export check", &kCommand, NULL},
  {"--target", "TRIPLE", "use the caches of the profile TRIPLE",
   "export check dump cache", &kTargetTriple, NULL},
  {"--standalone", NULL, "a Makefile that never runs Kindler", "export", NULL,
   NULL},
  {"--stage", "parsed|normalized", "which IR to print", "dump", &kStage,
   NULL},
  {"--man", NULL, "every code, as the page kindler-codes(7)", "explain", NULL,
   NULL},
  {"--name", "N", "the name of the project, its target and file", "init",
   &kName, NULL},
  {"--type", "T", "the type of the target", "init", &kType, NULL},
  {"-Werror", NULL, "fail on warnings too", "check export", NULL, NULL},
  {NULL, NULL, NULL, NULL, NULL, NULL}
};

struct CommandSpec {
  const char* name;
  const char* operands;  /* after the options in --help; "" for none */
  const char* summary;
};

static const CommandSpec kCommands[] = {
  {"check", "", "export, writing nothing"},
  {"export", "", "write the build files"},
  {"dump", "", "the IR as JSON"},
  {"explain", "[KIN-NNN]", "what a code means"},
  {"cache", "list | show NAME", "what the caches hold"},
  {"init", "FILE...", "write a .kindler file"},
  {"module", "list", "the modules found, and where"},
  {NULL, NULL, NULL}
};

static bool IsCommand(const std::string& word) {
  for (const CommandSpec* c = kCommands; c->name; ++c)
    if (word == c->name)
      return true;
  return false;
}

bool ParseCommandLine(int argc, char** argv, CommandLine* cl,
                      std::string* error) {
  cl->werror = cl->quiet = cl->verbose = cl->help = cl->version = false;
  ParsedArguments parsed;
  if (!ParseArguments(kOptions, argc, argv, &parsed, error))
    return false;
  if (!parsed.operands.empty()) {
    cl->command = parsed.operands[0];
    if (!IsCommand(cl->command)) {
      *error = "unknown command '" + cl->command + "'";
      return false;
    }
    cl->operands.assign(parsed.operands.begin() + 1, parsed.operands.end());
  }
  for (size_t i = 0; i < parsed.option_names.size(); ++i) {
    const std::string& n = parsed.option_names[i];
    if (!cl->command.empty() &&
        !OptionAccepts(*FindOption(kOptions, n), cl->command)) {
      *error = "option '" + n + "' does not apply to '" + cl->command + "'";
      return false;
    }
    const std::string& value = parsed.option_values[i];
    if (n == "C") cl->directory = value;
    else if (n == "f") cl->file = value;
    else if (n == "Werror") cl->werror = true;
    else if (n == "q") cl->quiet = true;
    else if (n == "v") cl->verbose = true;
    else if (n == "help") cl->help = true;
    else if (n == "version") cl->version = true;
  }
  cl->option_names = parsed.option_names;
  cl->option_values = parsed.option_values;
  return true;
}

std::string OptionValue(const CommandLine& cl, const std::string& name) {
  std::string value;
  for (size_t i = 0; i < cl.option_names.size(); ++i)
    if (cl.option_names[i] == name)
      value = cl.option_values[i];
  return value;
}

bool HasOption(const CommandLine& cl, const std::string& name) {
  return OptionGiven(cl.option_names, name);
}

/* "  check   [-f FILE] ...": the command's options and operands, wrapped
** before column 72, then its summary on a line of its own. */
static void PrintCommand(FILE* out, const CommandSpec& c) {
  static const size_t kWidth = 72;
  std::string indent(10, ' ');
  std::string line = "  " + std::string(c.name);
  line.resize(indent.size(), ' ');
  std::vector<std::string> words;
  for (const OptionSpec* o = kOptions; o->name; ++o)
    if (!IsGlobalOption(*o) && OptionAccepts(*o, c.name))
      words.push_back("[" + OptionSynopsis(*o) + "]");
  if (*c.operands)
    words.push_back(c.operands);
  bool line_empty = true;
  for (size_t i = 0; i < words.size(); ++i) {
    if (!line_empty && line.size() + 1 + words[i].size() > kWidth) {
      fprintf(out, "%s\n", line.c_str());
      line = indent;
      line_empty = true;
    }
    line += (line_empty ? "" : " ") + words[i];
    line_empty = false;
  }
  if (!line_empty)
    fprintf(out, "%s\n", line.c_str());
  fprintf(out, "%s%s\n", indent.c_str(), c.summary);
}

void PrintUsage(FILE* out) {
  fputs("usage: kindler [global options] command [options]\n"
        "\n"
        "commands:\n", out);
  for (const CommandSpec* c = kCommands; c->name; ++c)
    PrintCommand(out, *c);
  fputs("\n"
        "exporters (-e, several at once): make (the default), gmake, ninja,\n"
        "  compdb, dot, json, and those modules register\n"
        "build types (--config): debugoptimized (the default), debug, release,\n"
        "  minsize, plain\n"
        "global options:\n", out);
  PrintOptionList(out, kOptions, true);
  fputs("command options:\n", out);
  PrintOptionList(out, kOptions, false);
  fputs("exit status: 0 success, 1 fatal diagnostics, 2 usage, 3 environment\n",
        out);
}
