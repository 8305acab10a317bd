// options_test.cc: the option tables of src/options.cc: ParseArguments
// (values inline and as the next word, either dash form, unknown options,
// missing values, values given to flags, operands), what a table checks
// besides the names (ValueSpec, groups), DropRepeatedOptions, FindOption,
// OptionAccepts, IsGlobalOption, OptionSynopsis and PrintOptionList.
#include <catch2/catch.hpp>

#include <cstdio>
#include <initializer_list>
#include <string>
#include <vector>

#include "options.h"
#include "testutil.h"

namespace {

bool StartsWithX(const std::string& value) {
  return !value.empty() && value[0] == 'x';
}

const ValueSpec kExWord = {"a word that starts with x", StartsWithX};

// A table of its own, the like of kindler's (commands) and of
// kindler-bootstrap's (values that must be right, groups).
const OptionSpec kTable[] = {
  {"-C", "DIR", "change to DIR first", "*", NULL, NULL},
  {"--cache-dir", "DIR", "the caches", NULL, &kDirectory, "place"},
  {"--system", NULL, "the system's caches", NULL, NULL, "place"},
  {"--user", NULL, "the user's caches", NULL, NULL, "place"},
  {"--word", "WORD", "a word", "check", &kExWord, NULL},
  {"--any", "TEXT", "any text, even none", "check export", NULL, NULL},
  {"-v", NULL, "verbose", "*", NULL, "verbosity"},
  {"-q", NULL, "quiet", "*", NULL, "verbosity"},
  {"-Werror", NULL, "fail on warnings too", "check export", NULL, NULL},
  {"--a-long-option-name", "VALUE", "help past the column", "export", NULL,
   NULL},
  {NULL, NULL, NULL, NULL, NULL, NULL}
};

// Parses "prog ARGS..." against kTable into *parsed; the usage error, ""
// when there is none.
std::string ParseError(std::initializer_list<const char*> args,
                       ParsedArguments* parsed) {
  testutil::Argv argv("prog", args);
  std::string error = "not set";
  bool ok = ParseArguments(kTable, argv.argc(), argv.argv(), parsed, &error);
  CHECK(ok == error.empty());
  return error;
}

ParsedArguments Good(std::initializer_list<const char*> args) {
  ParsedArguments parsed;
  std::string error = ParseError(args, &parsed);
  INFO("error: " << error);
  REQUIRE(error.empty());
  REQUIRE(parsed.option_names.size() == parsed.option_values.size());
  return parsed;
}

std::string Bad(std::initializer_list<const char*> args) {
  ParsedArguments parsed;
  std::string error = ParseError(args, &parsed);
  REQUIRE_FALSE(error.empty());
  return error;
}

typedef std::vector<std::string> Words;

}  // namespace

TEST_CASE("options: a value as the next word or after =", "[options]") {
  ParsedArguments p =
      Good({"--cache-dir", "/c", "--cache-dir=/d", "--any=a=b"});
  CHECK(p.option_names == (Words{"cache-dir", "cache-dir", "any"}));
  CHECK(p.option_values == (Words{"/c", "/d", "a=b"}));
  CHECK(p.operands.empty());
}

TEST_CASE("options: the next word is the value, even one with a dash",
          "[options]") {
  ParsedArguments p = Good({"-C", "-q", "--any", "--user"});
  CHECK(p.option_names == (Words{"C", "any"}));
  CHECK(p.option_values == (Words{"-q", "--user"}));
}

TEST_CASE("options: either dash form names an option", "[options]") {
  ParsedArguments p =
      Good({"-C", "d", "--C", "e", "-Werror", "--Werror", "-user"});
  CHECK(p.option_names == (Words{"C", "C", "Werror", "Werror", "user"}));
  CHECK(p.option_values == (Words{"d", "e", "", "", ""}));
}

TEST_CASE("options: = splits only the double-dash form", "[options]") {
  // -C=x is looked up whole, as the name "C=x".
  CHECK(Bad({"-C=x"}) == "unknown option '-C=x'");
}

TEST_CASE("options: operands keep their order among the options",
          "[options]") {
  ParsedArguments p = Good({"one", "-v", "two", "-", "--any", "x", "three"});
  CHECK(p.operands == (Words{"one", "two", "-", "three"}));
  CHECK(p.option_names == (Words{"v", "any"}));
}

TEST_CASE("options: usage errors of the names", "[options]") {
  CHECK(Bad({"--nosuch"}) == "unknown option '--nosuch'");
  CHECK(Bad({"-x", "-v"}) == "unknown option '-x'");
  CHECK(Bad({"--cache"}) == "unknown option '--cache'");
  CHECK(Bad({"-v", "--cache-dir"}) == "option '--cache-dir' needs a value");
  CHECK(Bad({"-C"}) == "option '-C' needs a value");
  CHECK(Bad({"--user=yes"}) == "option '--user' takes no value");
  CHECK(Bad({"--Werror="}) == "option '--Werror' takes no value");
}

TEST_CASE("options: a ValueSpec without a check refuses only \"\"",
          "[options]") {
  CHECK(Bad({"--cache-dir", ""}) == "--cache-dir needs a directory");
  CHECK(Bad({"--cache-dir="}) == "--cache-dir needs a directory");
  CHECK(Bad({"-cache-dir", ""}) == "--cache-dir needs a directory");
  ParsedArguments p = Good({"--cache-dir", " "});
  CHECK(p.option_values == (Words{" "}));
  // No ValueSpec: any value will do, even none.
  p = Good({"--any=", "-C", ""});
  CHECK(p.option_values == (Words{"", ""}));
}

TEST_CASE("options: a ValueSpec's check decides", "[options]") {
  CHECK(Bad({"--word", "yes"}) == "--word needs a word that starts with x");
  CHECK(Bad({"--word="}) == "--word needs a word that starts with x");
  ParsedArguments p = Good({"--word", "xyz"});
  CHECK(p.option_values == (Words{"xyz"}));
}

TEST_CASE("options: two options of one group are a usage error",
          "[options]") {
  CHECK(Bad({"-v", "-q"}) == "give -v or -q, not both");
  CHECK(Bad({"-q", "x", "-v"}) == "give -v or -q, not both");
  CHECK(Bad({"--system", "--user"}) ==
        "give one of --cache-dir, --system and --user");
  CHECK(Bad({"--cache-dir", "d", "-v", "--user"}) ==
        "give one of --cache-dir, --system and --user");
}

TEST_CASE("options: one option twice, or options of two groups, will do",
          "[options]") {
  ParsedArguments p = Good({"-v", "-v", "--user", "--user", "-C", "d"});
  CHECK(p.option_names == (Words{"v", "v", "user", "user", "C"}));
  Good({"--cache-dir", "a", "--cache-dir", "b", "-q"});
}

TEST_CASE("options: the names are checked before the values and groups",
          "[options]") {
  CHECK(Bad({"--cache-dir", "", "--nosuch"}) == "unknown option '--nosuch'");
  CHECK(Bad({"-v", "-q", "--cache-dir"}) ==
        "option '--cache-dir' needs a value");
  // the values before the groups
  CHECK(Bad({"-v", "-q", "--word", "no"}) ==
        "--word needs a word that starts with x");
}

TEST_CASE("options: DropRepeatedOptions keeps the first of each repeat",
          "[options]") {
  ParsedArguments p = Good({"--any", "a", "-v", "--any", "b", "--any", "a",
                            "-v", "--any", "b", "--any", "c", "op"});
  DropRepeatedOptions(&p);
  CHECK(p.option_names == (Words{"any", "v", "any", "any"}));
  CHECK(p.option_values == (Words{"a", "", "b", "c"}));
  CHECK(p.operands == (Words{"op"}));
}

TEST_CASE("options: FindOption and OptionGiven name options without dashes",
          "[options]") {
  const OptionSpec* o = FindOption(kTable, "cache-dir");
  REQUIRE(o != NULL);
  CHECK(std::string(o->name) == "--cache-dir");
  o = FindOption(kTable, "C");
  REQUIRE(o != NULL);
  CHECK(std::string(o->name) == "-C");
  CHECK(FindOption(kTable, "--cache-dir") == NULL);
  CHECK(FindOption(kTable, "cache") == NULL);
  CHECK(FindOption(kTable, "") == NULL);
  CHECK(OptionGiven(Words{"v", "cache-dir"}, "cache-dir"));
  CHECK_FALSE(OptionGiven(Words{"v", "cache-dir"}, "q"));
  CHECK_FALSE(OptionGiven(Words{}, "v"));
}

TEST_CASE("options: OptionAccepts and IsGlobalOption", "[options]") {
  const OptionSpec& all = *FindOption(kTable, "C");
  const OptionSpec& none = *FindOption(kTable, "cache-dir");
  const OptionSpec& two = *FindOption(kTable, "any");
  CHECK(IsGlobalOption(all));
  CHECK(IsGlobalOption(none));
  CHECK_FALSE(IsGlobalOption(two));
  CHECK(OptionAccepts(all, "anything"));
  CHECK(OptionAccepts(none, "anything"));
  CHECK(OptionAccepts(two, "check"));
  CHECK(OptionAccepts(two, "export"));
  CHECK_FALSE(OptionAccepts(two, "dump"));
  // whole words of the list only
  CHECK_FALSE(OptionAccepts(two, "port"));
  CHECK_FALSE(OptionAccepts(two, "chec"));
  CHECK_FALSE(OptionAccepts(two, ""));
}

TEST_CASE("options: OptionSynopsis", "[options]") {
  CHECK(OptionSynopsis(*FindOption(kTable, "C")) == "-C DIR");
  CHECK(OptionSynopsis(*FindOption(kTable, "cache-dir")) ==
        "--cache-dir DIR");
  CHECK(OptionSynopsis(*FindOption(kTable, "q")) == "-q");
  CHECK(OptionSynopsis(*FindOption(kTable, "Werror")) == "-Werror");
}

namespace {

// What PrintOptionList writes for global.
std::string OptionList(bool global) {
  FILE* f = std::tmpfile();
  REQUIRE(f != NULL);
  PrintOptionList(f, kTable, global);
  std::rewind(f);
  std::string text;
  int c;
  while ((c = std::fgetc(f)) != EOF) text += static_cast<char>(c);
  std::fclose(f);
  return text;
}

}  // namespace

TEST_CASE("options: PrintOptionList, global or command options",
          "[options]") {
  CHECK(OptionList(true) ==
        "  -C DIR             change to DIR first\n"
        "  --cache-dir DIR    the caches\n"
        "  --system           the system's caches\n"
        "  --user             the user's caches\n"
        "  -v                 verbose\n"
        "  -q                 quiet\n");
  CHECK(OptionList(false) ==
        "  --word WORD        a word\n"
        "  --any TEXT         any text, even none\n"
        "  -Werror            fail on warnings too\n"
        "  --a-long-option-name VALUE\n"
        "                     help past the column\n");
}
