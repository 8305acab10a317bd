/* options.h: a program's options written once, as a table that both the
** command-line parser and --help read, and that says what the parser
** checks besides the names: the value each option needs, and which
** options exclude each other. */
#ifndef KINDLER_OPTIONS_H
#define KINDLER_OPTIONS_H

#include <cstdio>
#include <string>
#include <vector>

/* What the value of an option must be. */
struct ValueSpec {
  const char* what;  /* as the usage error says it: "a directory" in
                        "--hints needs a directory" */
  bool (*accepts)(const std::string& value);  /* whether value will do;
                        NULL when any value but "" will */
};

/* The value of --target in both programs: a target triple, which names a
** profile directory below the cache directory (cache/FORMAT, section 6). */
extern const ValueSpec kTargetTriple;
/* A directory (-C, --cache-dir, --hints): anything but "". */
extern const ValueSpec kDirectory;

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
  const ValueSpec* value;  /* what its value must be; NULL when any value,
                            even "", will do */
  const char* group;     /* options of one group exclude each other
                            ("place"); NULL for none */
};
/* A table ends with an entry whose name is NULL. */

struct ParsedArguments {
  std::vector<std::string> option_names;   /* in the order given */
  std::vector<std::string> option_values;  /* "" for an option without one */
  std::vector<std::string> operands;       /* the other words, in order */
};

/* Splits argv[1..] into options and operands. A value follows its option
** as the next word, or as --name=VALUE. True with *error "", or false with
** *error set (a usage error) on an unknown option, a missing value, a
** value given to an option that takes none, a value its ValueSpec refuses
** ("--hints needs a directory") or two options of one group ("give -v or
** -q, not both", "give one of --system, --user and --cache-dir"). */
bool ParseArguments(const OptionSpec* table, int argc, char** argv,
                    ParsedArguments* parsed, std::string* error);
/* Keeps the first of the options given more than once with the same
** value ("--compiler gcc --compiler gcc" says gcc once). */
void DropRepeatedOptions(ParsedArguments* parsed);
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
