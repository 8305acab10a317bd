/* options.cc: parsing a command line against an option table, checking
** what the table says of the values and groups, and the option lines of
** --help. */
#include "options.h"

#include <cstring>

const OptionSpec* FindOption(const OptionSpec* table, const std::string& name) {
  for (const OptionSpec* o = table; o->name; ++o)
    if (name == o->name + std::strspn(o->name, "-"))
      return o;
  return NULL;
}

bool OptionGiven(const std::vector<std::string>& names, const std::string& name) {
  for (size_t i = 0; i < names.size(); ++i)
    if (names[i] == name)
      return true;
  return false;
}

bool IsGlobalOption(const OptionSpec& o) {
  return !o.commands || std::strcmp(o.commands, "*") == 0;
}

bool OptionAccepts(const OptionSpec& o, const std::string& command) {
  if (IsGlobalOption(o))
    return true;
  std::string list = std::string(" ") + o.commands + " ";
  return list.find(" " + command + " ") != std::string::npos;
}

/* "give -v or -q, not both", "give one of --system, --user and
** --cache-dir": the options of group, in the order of the table. */
static std::string GroupError(const OptionSpec* table, const char* group) {
  std::vector<std::string> names;
  for (const OptionSpec* o = table; o->name; ++o)
    if (o->group && std::strcmp(o->group, group) == 0)
      names.push_back(o->name);
  if (names.size() == 2)
    return "give " + names[0] + " or " + names[1] + ", not both";
  std::string text = "give one of";
  for (size_t i = 0; i < names.size(); ++i)
    text += (i == 0 ? " " : i + 1 < names.size() ? ", " : " and ") + names[i];
  return text;
}

/* The usage error of the first value its option's ValueSpec refuses, else
** of the first option given after another of its group; "" when the
** options given, each known to table, are all right together. */
static std::string CheckedError(const OptionSpec* table,
                                const ParsedArguments& parsed) {
  std::vector<const OptionSpec*> given;
  for (size_t i = 0; i < parsed.option_names.size(); ++i) {
    const OptionSpec* o = FindOption(table, parsed.option_names[i]);
    const std::string& value = parsed.option_values[i];
    if (o->value && !(o->value->accepts ? o->value->accepts(value)
                                        : !value.empty()))
      return std::string(o->name) + " needs " + o->value->what;
    given.push_back(o);
  }
  for (size_t i = 0; i < given.size(); ++i)
    for (size_t k = 0; k < i; ++k)
      if (given[i]->group && given[k] != given[i] && given[k]->group &&
          std::strcmp(given[k]->group, given[i]->group) == 0)
        return GroupError(table, given[i]->group);
  return "";
}

bool ParseArguments(const OptionSpec* table, int argc, char** argv,
                    ParsedArguments* parsed, std::string* error) {
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg.size() < 2 || arg[0] != '-') {
      parsed->operands.push_back(arg);
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
    const OptionSpec* spec = FindOption(table, name);
    if (!spec) {
      *error = "unknown option '" + arg + "'";
      return false;
    }
    if (spec->argument && !inline_value) {
      if (i + 1 >= argc) {
        *error = "option '" + arg + "' needs a value";
        return false;
      }
      value = argv[++i];
    } else if (!spec->argument && inline_value) {
      *error = "option '--" + name + "' takes no value";
      return false;
    }
    parsed->option_names.push_back(name);
    parsed->option_values.push_back(value);
  }
  *error = CheckedError(table, *parsed);
  return error->empty();
}

void DropRepeatedOptions(ParsedArguments* parsed) {
  std::vector<std::string> names, values;
  for (size_t i = 0; i < parsed->option_names.size(); ++i) {
    bool seen = false;
    for (size_t k = 0; k < names.size() && !seen; ++k)
      seen = names[k] == parsed->option_names[i] &&
             values[k] == parsed->option_values[i];
    if (!seen) {
      names.push_back(parsed->option_names[i]);
      values.push_back(parsed->option_values[i]);
    }
  }
  parsed->option_names.swap(names);
  parsed->option_values.swap(values);
}

std::string OptionSynopsis(const OptionSpec& o) {
  std::string text = o.name;
  if (o.argument)
    text += std::string(" ") + o.argument;
  return text;
}

/* Where the help of each option starts in its line. */
static const int kHelpColumn = 21;

void PrintOptionList(FILE* out, const OptionSpec* table, bool global) {
  for (const OptionSpec* o = table; o->name; ++o) {
    if (IsGlobalOption(*o) != global)
      continue;
    std::string synopsis = OptionSynopsis(*o);
    if (synopsis.size() > kHelpColumn - 3)
      fprintf(out, "  %s\n%*s%s\n", synopsis.c_str(), kHelpColumn, "", o->help);
    else
      fprintf(out, "  %-*s%s\n", kHelpColumn - 2, synopsis.c_str(), o->help);
  }
}

/* A letter, digit or underscore, then those, dots, pluses and hyphens
** ("x86_64-w64-mingw32", "mips-sgi-irix6.5"): never a path. */
static bool IsTargetTriple(const std::string& value) {
  for (size_t i = 0; i < value.size(); ++i) {
    char c = value[i];
    bool word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                (c >= '0' && c <= '9') || c == '_';
    if (!word && (i == 0 || (c != '.' && c != '+' && c != '-')))
      return false;
  }
  return !value.empty();
}

const ValueSpec kTargetTriple = {
  "a target triple, such as x86_64-w64-mingw32", IsTargetTriple};

const ValueSpec kDirectory = {"a directory", NULL};
