/* cli.cc: parsing the command line. Global options may stand before or
** after the command; each command accepts its own options only. */
#include <cstdio>
#include <cstring>

#include "cli.h"

struct OptionSpec {
  const char* name;      /* long form without dashes, or the short form */
  bool takes_value;
  const char* commands;  /* space-separated commands that accept it; "*" all */
};

static const OptionSpec kOptions[] = {
  {"C", true, "*"},
  {"cache-dir", true, "*"},
  {"q", false, "*"},
  {"v", false, "*"},
  {"version", false, "*"},
  {"help", false, "*"},
  {"f", true, "check export dump module"},
  {"Werror", false, "check export"},
  {"e", true, "check export"},
  {"B", true, "export"},
  {"standalone", false, "export"},
  {"toolchain", true, "export check dump"},
  {"target", true, "export check dump cache"},
  {"config", true, "export check"},
  {"launcher", true, "export check"},
  {"stage", true, "dump"},
  {"name", true, "init"},
  {"type", true, "init"},
  {"man", false, "explain"},
  {NULL, false, NULL}
};

static const char* const kCommands[] = {
  "check", "export", "dump", "explain", "cache", "init", "module", NULL
};

static const OptionSpec* FindOption(const std::string& name) {
  for (const OptionSpec* o = kOptions; o->name; ++o)
    if (name == o->name)
      return o;
  return NULL;
}

static bool Accepts(const OptionSpec* o, const std::string& command) {
  if (std::strcmp(o->commands, "*") == 0)
    return true;
  std::string list = std::string(" ") + o->commands + " ";
  return list.find(" " + command + " ") != std::string::npos;
}

static bool IsCommand(const std::string& word) {
  for (const char* const* c = kCommands; *c; ++c)
    if (word == *c)
      return true;
  return false;
}

bool ParseCommandLine(int argc, char** argv, CommandLine* cl,
                      std::string* error) {
  cl->werror = cl->quiet = cl->verbose = cl->help = cl->version = false;
  std::vector<std::string> names, values;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg.size() < 2 || arg[0] != '-') {
      if (cl->command.empty()) {
        if (!IsCommand(arg)) {
          *error = "unknown command '" + arg + "'";
          return false;
        }
        cl->command = arg;
      } else {
        cl->operands.push_back(arg);
      }
      continue;
    }
    std::string name = arg.substr(arg[1] == '-' ? 2 : 1);
    std::string value;
    bool inline_value = false;
    std::string::size_type eq = name.find('=');
    if (arg[1] == '-' && eq != std::string::npos) {
      value = name.substr(eq + 1);
      name = name.substr(0, eq);
      inline_value = true;
    }
    const OptionSpec* spec = FindOption(name);
    if (!spec) {
      *error = "unknown option '" + arg + "'";
      return false;
    }
    if (spec->takes_value && !inline_value) {
      if (i + 1 >= argc) {
        *error = "option '" + arg + "' needs a value";
        return false;
      }
      value = argv[++i];
    } else if (!spec->takes_value && inline_value) {
      *error = "option '--" + name + "' takes no value";
      return false;
    }
    names.push_back(name);
    values.push_back(value);
  }
  for (size_t i = 0; i < names.size(); ++i) {
    const OptionSpec* spec = FindOption(names[i]);
    if (!cl->command.empty() && !Accepts(spec, cl->command)) {
      *error = "option '" + names[i] + "' does not apply to '" +
               cl->command + "'";
      return false;
    }
    const std::string& n = names[i];
    if (n == "C") cl->directory = values[i];
    else if (n == "f") cl->file = values[i];
    else if (n == "Werror") cl->werror = true;
    else if (n == "q") cl->quiet = true;
    else if (n == "v") cl->verbose = true;
    else if (n == "help") cl->help = true;
    else if (n == "version") cl->version = true;
    cl->option_names.push_back(n);
    cl->option_values.push_back(values[i]);
  }
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
  for (size_t i = 0; i < cl.option_names.size(); ++i)
    if (cl.option_names[i] == name)
      return true;
  return false;
}

void PrintUsage(FILE* out) {
  fputs(
      "usage: kindler [global options] command [options]\n"
      "\n"
      "commands:\n"
      "  check   [-f FILE] [-e EXPORTER] [--config TYPE] [-Werror]\n"
      "          export, writing nothing\n"
      "  export  [-f FILE] [-e EXPORTER] [-B BUILDDIR] [--config TYPE]\n"
      "          [--toolchain NAME] [--launcher CMD] [--target TRIPLE]\n"
      "          [--standalone] [-Werror]\n"
      "  dump    [-f FILE] [--stage parsed|normalized]   the IR as JSON\n"
      "  explain [--man] [KIN-NNN]              what a code means\n"
      "  cache   list | show NAME [--target TRIPLE]   what the caches hold\n"
      "  init    [--name N] [--type T] FILE...   write a .kindler file\n"
      "  module  list [-f FILE]                 the modules found, and where\n"
      "\n"
      "exporters (-e, several at once): make (the default), gmake, ninja,\n"
      "  compdb, dot, json, and those modules register\n"
      "build types (--config): debugoptimized (the default), debug, release,\n"
      "  minsize, plain\n"
      "global options: -C DIR, --cache-dir DIR, -q, -v, --version, --help\n"
      "exit status: 0 success, 1 fatal diagnostics, 2 usage, 3 environment\n",
      out);
}
