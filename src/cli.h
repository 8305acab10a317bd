/* cli.h: the command line of `kindler` (kindler(1)), parsed against the
** option table of cli.cc. */
#ifndef KINDLER_CLI_H
#define KINDLER_CLI_H

#include <cstdio>
#include <string>
#include <vector>

struct CommandLine {
  std::string command;                 /* "" when none was given */
  std::vector<std::string> operands;
  std::vector<std::string> option_names;   /* command options, long form */
  std::vector<std::string> option_values;
  std::string directory;               /* -C */
  std::string file;                    /* -f */
  bool werror;
  bool quiet;
  bool verbose;
  bool help;
  bool version;
};

/* Fills *cl; false with *error set on a usage error (exit status 2). */
bool ParseCommandLine(int argc, char** argv, CommandLine* cl,
                      std::string* error);
/* The value of a command option, or "" */
std::string OptionValue(const CommandLine& cl, const std::string& name);
bool HasOption(const CommandLine& cl, const std::string& name);
void PrintUsage(FILE* out);

#endif
