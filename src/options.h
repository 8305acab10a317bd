/* options.h: a program's options written once, as a table that both the
** command-line parser and --help read. */
#ifndef KINDLER_OPTIONS_H
#define KINDLER_OPTIONS_H

#include <cstdio>
#include <string>
#include <vector>

struct OptionSpec {
  const char* name;      /* as --help writes it: "-C", "--cache-dir",
                            "-Werror" (the parser accepts either dash
                            form, and names it without dashes) */
  const char* argument;  /* the value's name in --help ("DIR"); NULL for
                            an option that takes no value */
  const char* help;      /* what it does, one line of --help */
  const char* commands;  /* the commands that accept it, space-separated,
                            "*" for every one; NULL in a program without
                            commands */
};
/* A table ends with an entry whose name is NULL. */

struct ParsedArguments {
  std::vector<std::string> option_names;   /* in the order given */
  std::vector<std::string> option_values;  /* "" for an option without one */
  std::vector<std::string> operands;       /* the other words, in order */
};

/* Splits argv[1..] into options and operands. A value follows its option
** as the next word, or as --name=VALUE. False with *error set (a usage
** error) on an unknown option, a missing value or a value given to an
** option that takes none. */
bool ParseArguments(const OptionSpec* table, int argc, char** argv,
                    ParsedArguments* parsed, std::string* error);
/* The option named name, written without dashes ("cache-dir"); NULL when
** the table has none. */
const OptionSpec* FindOption(const OptionSpec* table, const std::string& name);
/* Whether the option named name (without dashes) is among names. */
bool OptionGiven(const std::vector<std::string>& names, const std::string& name);
/* Whether option o applies to command. */
bool OptionAccepts(const OptionSpec& o, const std::string& command);
/* Whether option o applies to every command (or the program has none). */
bool IsGlobalOption(const OptionSpec& o);
/* "-C DIR", "--cache-dir DIR", "-q": the option as a user writes it. */
std::string OptionSynopsis(const OptionSpec& o);
/* One line for each global option (global true) or each command option
** (false): its synopsis, then its help, in the order of the table. */
void PrintOptionList(FILE* out, const OptionSpec* table, bool global);

#endif
