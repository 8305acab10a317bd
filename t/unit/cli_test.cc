// cli_test.cc: ParseCommandLine (src/cli.cc): global options before and
// after the command, --opt=value, unknown options and commands, options that
// do not apply, missing values.
#include <catch2/catch.hpp>

#include <initializer_list>
#include <string>
#include <vector>

#include "cli.h"
#include "testutil.h"

namespace {

struct Parsed {
  bool ok;
  CommandLine cl;
  std::string error;
};

// Parses "kindler ARGS...".
Parsed ParseArgs(std::initializer_list<const char*> args) {
  testutil::Argv argv("kindler", args);
  Parsed p;
  p.ok = ParseCommandLine(argv.argc(), argv.argv(), &p.cl, &p.error);
  return p;
}

Parsed Good(std::initializer_list<const char*> args) {
  Parsed p = ParseArgs(args);
  INFO("error: " << p.error);
  REQUIRE(p.ok);
  return p;
}

std::string Bad(std::initializer_list<const char*> args) {
  Parsed p = ParseArgs(args);
  REQUIRE_FALSE(p.ok);
  CHECK_FALSE(p.error.empty());
  return p.error;
}

}  // namespace

TEST_CASE("cli: no arguments at all", "[cli]") {
  Parsed p = Good({});
  CHECK(p.cl.command.empty());
  CHECK(p.cl.operands.empty());
  CHECK_FALSE(p.cl.werror);
  CHECK_FALSE(p.cl.quiet);
  CHECK_FALSE(p.cl.verbose);
  CHECK_FALSE(p.cl.help);
  CHECK_FALSE(p.cl.version);
}

TEST_CASE("cli: every command is known", "[cli]") {
  const char* commands[] = {"check", "export", "dump",
                            "explain", "cache", "init"};
  for (const char* c : commands) {
    Parsed p = ParseArgs({c});
    CAPTURE(c, p.error);
    CHECK(p.ok);
    CHECK(p.cl.command == c);
  }
}

TEST_CASE("cli: global options before the command", "[cli]") {
  Parsed p = Good({"-q", "-v", "-C", "dir", "--cache-dir", "/c", "check"});
  CHECK(p.cl.command == "check");
  CHECK(p.cl.quiet);
  CHECK(p.cl.verbose);
  CHECK(p.cl.directory == "dir");
  CHECK(OptionValue(p.cl, "cache-dir") == "/c");
  CHECK(HasOption(p.cl, "q"));
  CHECK(p.cl.operands.empty());
}

TEST_CASE("cli: global options after the command", "[cli]") {
  Parsed p = Good({"export", "-q", "-C", "dir", "-v", "--cache-dir", "/c"});
  CHECK(p.cl.command == "export");
  CHECK(p.cl.quiet);
  CHECK(p.cl.verbose);
  CHECK(p.cl.directory == "dir");
  CHECK(OptionValue(p.cl, "cache-dir") == "/c");

  p = Good({"dump", "--help"});
  CHECK(p.cl.help);
  p = Good({"--version"});
  CHECK(p.cl.version);
  CHECK(p.cl.command.empty());
  p = Good({"explain", "--version"});
  CHECK(p.cl.version);
}

TEST_CASE("cli: command options and their values", "[cli]") {
  Parsed p = Good({"export", "-f", "p.kindler", "-e", "ninja", "-B", "build",
                   "--toolchain", "gcc", "-Werror"});
  CHECK(p.cl.file == "p.kindler");
  CHECK(p.cl.werror);
  CHECK(OptionValue(p.cl, "e") == "ninja");
  CHECK(OptionValue(p.cl, "B") == "build");
  CHECK(OptionValue(p.cl, "toolchain") == "gcc");
  CHECK(OptionValue(p.cl, "f") == "p.kindler");
  CHECK(OptionValue(p.cl, "stage") == "");
  CHECK_FALSE(HasOption(p.cl, "stage"));
  // The order given is kept.
  REQUIRE(p.cl.option_names.size() == 5);
  CHECK(p.cl.option_names[0] == "f");
  CHECK(p.cl.option_names[4] == "Werror");
  CHECK(p.cl.option_values[4] == "");
  REQUIRE(p.cl.option_values.size() == p.cl.option_names.size());

  // Command options may also come before the command.
  p = Good({"-f", "x.kindler", "check"});
  CHECK(p.cl.file == "x.kindler");
  p = Good({"-Werror", "check"});
  CHECK(p.cl.werror);
}

TEST_CASE("cli: --opt=value", "[cli]") {
  Parsed p = Good({"--cache-dir=/tmp/c", "dump", "--stage=parsed",
                   "--toolchain=clang"});
  CHECK(OptionValue(p.cl, "cache-dir") == "/tmp/c");
  CHECK(OptionValue(p.cl, "stage") == "parsed");
  CHECK(OptionValue(p.cl, "toolchain") == "clang");
  // Only the first '=' splits.
  p = Good({"init", "--name=a=b"});
  CHECK(OptionValue(p.cl, "name") == "a=b");
  // "--stage=" gives the empty value, which --stage refuses (an empty
  // value as such is options_test.cc's).
  CHECK(Bad({"dump", "--stage="}) == "--stage needs parsed or normalized");
  // A value that looks like an option is taken as the value.
  p = Good({"check", "-f", "-q"});
  CHECK(p.cl.file == "-q");
  CHECK_FALSE(p.cl.quiet);
  // The last of a repeated option wins.
  p = Good({"export", "-e", "make", "-e", "ninja"});
  CHECK(OptionValue(p.cl, "e") == "ninja");
}

TEST_CASE("cli: operands", "[cli]") {
  Parsed p = Good({"explain", "KIN-105"});
  CHECK(p.cl.command == "explain");
  REQUIRE(p.cl.operands.size() == 1);
  CHECK(p.cl.operands[0] == "KIN-105");

  p = Good({"init", "--name", "n", "src/*.c", "-q", "include/*.h"});
  REQUIRE(p.cl.operands.size() == 2);
  CHECK(p.cl.operands[0] == "src/*.c");
  CHECK(p.cl.operands[1] == "include/*.h");
  CHECK(p.cl.quiet);

  p = Good({"cache", "show", "gcc"});
  REQUIRE(p.cl.operands.size() == 2);
  CHECK(p.cl.operands[0] == "show");

  // A lone "-" is an operand, and so is a second command word.
  p = Good({"init", "-", "check"});
  REQUIRE(p.cl.operands.size() == 2);
  CHECK(p.cl.operands[0] == "-");
  CHECK(p.cl.operands[1] == "check");
}

TEST_CASE("cli: an unknown option fails", "[cli]") {
  std::string e = Bad({"check", "--bogus"});
  CHECK(e.find("--bogus") != std::string::npos);
  e = Bad({"-z", "check"});
  CHECK(e.find("-z") != std::string::npos);
  e = Bad({"check", "--bogus=1"});
  CHECK(e.find("bogus") != std::string::npos);
  Bad({"check", "-f=x.kindler"});  // short options take no '='
  Bad({"check", "--"});
}

TEST_CASE("cli: an unknown command fails", "[cli]") {
  std::string e = Bad({"frobnicate"});
  CHECK(e.find("frobnicate") != std::string::npos);
  e = Bad({"-q", "Check"});
  CHECK(e.find("Check") != std::string::npos);
  Bad({"-C", "dir", "build"});
}

TEST_CASE("cli: an option that does not apply to the command fails",
          "[cli]") {
  std::string e = Bad({"check", "--standalone"});
  CHECK(e.find("'standalone'") != std::string::npos);
  CHECK(e.find("check") != std::string::npos);
  e = Bad({"--standalone", "check"});  // before the command too
  CHECK(e.find("check") != std::string::npos);
  Bad({"dump", "-B", "build"});
  Bad({"check", "--stage", "parsed"});
  Bad({"export", "--stage=parsed"});
  Bad({"init", "-Werror"});
  Bad({"explain", "-f", "x.kindler"});
  Bad({"-f", "x.kindler", "explain"});
  Bad({"cache", "--toolchain", "gcc"});
  Bad({"check", "--name", "n"});
  Bad({"check", "--man"});
  // ...while the same options are fine where they apply.
  Good({"explain", "--man"});
  Good({"init", "--name", "n", "--type", "executable"});
  Good({"dump", "--stage", "parsed", "-f", "x"});
}

TEST_CASE("cli: a missing value fails", "[cli]") {
  std::string e = Bad({"check", "-f"});
  CHECK(e.find("-f") != std::string::npos);
  Bad({"-C"});
  Bad({"check", "-C"});
  Bad({"export", "--toolchain"});
  Bad({"export", "-e"});
  Bad({"--cache-dir"});
}

TEST_CASE("cli: --target takes a triple, never a path", "[cli]") {
  Good({"export", "--target", "x86_64-w64-mingw32"});
  std::string e = Bad({"export", "--target", "../x"});
  CHECK(e.find("--target needs a target triple") != std::string::npos);
  Bad({"cache", "--target", "a/b", "list"});
  Bad({"check", "--target="});
}

TEST_CASE("cli: an empty value fails where it would mean nothing", "[cli]") {
  std::string e = Bad({"check", "-f", ""});
  CHECK(e == "-f needs a file");
  CHECK(Bad({"-C", "", "check"}) == "-C needs a directory");
  CHECK(Bad({"--cache-dir=", "check"}) == "--cache-dir needs a directory");
  CHECK(Bad({"export", "-B", ""}) == "-B needs a directory");
  CHECK(Bad({"export", "-e", ""}) == "-e needs an exporter's name");
  CHECK(Bad({"export", "--config="}) == "--config needs a build type");
  CHECK(Bad({"export", "--toolchain", ""}) == "--toolchain needs a compiler's name");
  CHECK(Bad({"export", "--launcher", ""}) == "--launcher needs a command");
  CHECK(Bad({"dump", "--stage", ""}) == "--stage needs parsed or normalized");
  CHECK(Bad({"init", "--name", "", "a.c"}) == "--name needs a name");
  CHECK(Bad({"init", "--type", "", "a.c"}) == "--type needs a target type");
}

TEST_CASE("cli: a flag given a value fails", "[cli]") {
  std::string e = Bad({"check", "--Werror=yes"});
  CHECK(e.find("Werror") != std::string::npos);
  Bad({"--help=1"});
  Bad({"-q", "--version=2"});
}

TEST_CASE("cli: PrintUsage names every command", "[cli]") {
  FILE* f = std::tmpfile();
  REQUIRE(f != NULL);
  PrintUsage(f);
  std::rewind(f);
  std::string out;
  char buf[4096];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
  std::fclose(f);
  const char* commands[] = {"check", "export", "dump",
                            "explain", "cache", "init"};
  for (const char* c : commands) {
    CAPTURE(c);
    CHECK(out.find(std::string("  ") + c + " ") != std::string::npos);
  }
}
