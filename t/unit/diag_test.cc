// diag_test.cc: the shape of a printed diagnostic, severity and remedy from
// the catalog, the stable sort by place, and the exit status (src/diag.cc).
#include <catch2/catch.hpp>

#include <cstdio>
#include <string>

#include "codes.h"
#include "diag.h"

namespace {

Diagnostic Make(const std::string& code, Severity sev, const std::string& file,
                int line, int col, const std::string& message,
                const std::string& remedy) {
  Diagnostic d;
  d.code = code;
  d.severity = sev;
  d.file = file;
  d.line = line;
  d.col = col;
  d.message = message;
  d.remedy = remedy;
  return d;
}

// What Print writes, through a temporary FILE.
std::string Printed(DiagSink* sink, bool quiet) {
  FILE* f = std::tmpfile();
  REQUIRE(f != NULL);
  sink->Print(f, quiet);
  std::rewind(f);
  std::string out;
  char buf[4096];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
  std::fclose(f);
  return out;
}

}  // namespace

TEST_CASE("diag: FormatDiagnostic with a place and no remedy", "[diag]") {
  Diagnostic d = Make("KIN-200", SEV_WARNING, "hello.kindler", 12, 5,
                      "standard c++11 is not a C standard", "");
  CHECK(FormatDiagnostic(d) ==
        "hello.kindler:12:5: warning KIN-200: standard c++11 is not a C "
        "standard\n");
}

TEST_CASE("diag: FormatDiagnostic with a remedy", "[diag]") {
  Diagnostic d = Make("KIN-105", SEV_ERROR, "a.kindler", 3, 1,
                      "duplicate key 'x'", "remove one");
  CHECK(FormatDiagnostic(d) ==
        "a.kindler:3:1: error KIN-105: duplicate key 'x'\n"
        "    remedy: remove one\n");
}

TEST_CASE("diag: FormatDiagnostic without a place", "[diag]") {
  // A file but no line: the file alone.
  Diagnostic d = Make("KIN-117", SEV_ERROR, "gone.kindler", 0, 0,
                      "cannot open", "");
  CHECK(FormatDiagnostic(d) == "gone.kindler: error KIN-117: cannot open\n");
  // No file: the program's name.
  d = Make("KIN-700", SEV_ERROR, "", 0, 0, "no cache", "run it");
  CHECK(FormatDiagnostic(d) ==
        "kindler: error KIN-700: no cache\n    remedy: run it\n");
  // Advice.
  d = Make("KIN-900", SEV_ADVICE, "x.kindler", 1, 2, "empty list", "");
  CHECK(FormatDiagnostic(d) == "x.kindler:1:2: advice KIN-900: empty list\n");
}

TEST_CASE("diag: severity comes from the catalog", "[diag]") {
  DiagSink sink;
  sink.Report("KIN-105", "f", 1, 1, "m", "");
  sink.Report("KIN-200", "f", 1, 1, "m", "");
  sink.Report("KIN-900", "f", 1, 1, "m", "");
  sink.Report("KIN-700", "f", 1, 1, "m", "");
  sink.Report("KIN-999", "f", 1, 1, "m", "");  // not in the catalog
  REQUIRE(sink.Count() == 5);
  CHECK(sink.At(0).severity == SEV_ERROR);
  CHECK(sink.At(1).severity == SEV_WARNING);
  CHECK(sink.At(2).severity == SEV_ADVICE);
  CHECK(sink.At(3).severity == SEV_ERROR);
  CHECK(sink.At(4).severity == SEV_ERROR);
  // Every catalog entry.
  for (const CodeInfo* c = AllCodes(); c->code; ++c) {
    DiagSink one;
    one.Report(c->code, "", 0, 0, "m", "");
    CAPTURE(c->code);
    CHECK(one.At(0).severity == c->severity);
  }
}

TEST_CASE("diag: an empty remedy takes the catalog's default", "[diag]") {
  DiagSink sink;
  sink.Report("KIN-105", "f", 2, 3, "dup", "");
  sink.Report("KIN-105", "f", 2, 3, "dup", "my own remedy");
  sink.Report("KIN-999", "f", 2, 3, "unknown", "");
  REQUIRE(sink.Count() == 3);
  const CodeInfo* info = FindCode("KIN-105");
  REQUIRE(info != NULL);
  CHECK(sink.At(0).remedy == info->remedy);
  CHECK_FALSE(sink.At(0).remedy.empty());
  CHECK(sink.At(1).remedy == "my own remedy");
  CHECK(sink.At(2).remedy.empty());
  // The other fields are kept as given.
  CHECK(sink.At(0).code == "KIN-105");
  CHECK(sink.At(0).file == "f");
  CHECK(sink.At(0).line == 2);
  CHECK(sink.At(0).col == 3);
  CHECK(sink.At(0).message == "dup");
}

TEST_CASE("diag: Print sorts by file, line and column, stably", "[diag]") {
  DiagSink sink;
  sink.Report("KIN-901", "b.kindler", 1, 1, "b1", "x");
  sink.Report("KIN-901", "a.kindler", 10, 1, "a10", "x");
  sink.Report("KIN-901", "a.kindler", 2, 1, "a2-first", "x");
  sink.Report("KIN-901", "a.kindler", 1, 5, "a1c5", "x");
  sink.Report("KIN-901", "a.kindler", 1, 3, "a1c3", "x");
  sink.Report("KIN-901", "a.kindler", 2, 1, "a2-second", "x");
  sink.Report("KIN-700", "", 0, 0, "nofile", "x");
  sink.Report("KIN-901", "a.kindler", 9, 1, "a9", "x");
  // Many at one place: their order must survive the sort.
  for (int i = 0; i < 40; ++i)
    sink.Report("KIN-901", "a.kindler", 2, 1, "same" + std::to_string(i), "x");
  sink.Report("KIN-901", "a.kindler", 2, 1, "a2-last", "x");

  std::string out = Printed(&sink, false);
  const char* order[] = {"kindler: error KIN-700: nofile",
                         "a.kindler:1:3: ",
                         "a.kindler:1:5: ",
                         "a2-first",
                         "a2-second",
                         "same0\n",
                         "same1\n",
                         "same39\n",
                         "a2-last",
                         "a.kindler:9:1: ",
                         "a.kindler:10:1: ",
                         "b.kindler:1:1: "};
  size_t at = 0;
  for (const char* want : order) {
    std::string wanted = want;
    if (wanted[wanted.size() - 1] == '\n') wanted.erase(wanted.size() - 1);
    CAPTURE(wanted);
    size_t found = out.find(want, at);
    REQUIRE(found != std::string::npos);
    at = found;
  }
  // At() sees the sorted order after Print.
  REQUIRE(sink.Count() == 49);
  CHECK(sink.At(0).message == "nofile");
  CHECK(sink.At(3).message == "a2-first");
  CHECK(sink.At(4).message == "a2-second");
  for (int i = 0; i < 40; ++i)
    CHECK(sink.At(5 + static_cast<size_t>(i)).message ==
          "same" + std::to_string(i));
  CHECK(sink.At(45).message == "a2-last");
  CHECK(sink.At(48).message == "b1");
}

TEST_CASE("diag: Print -q prints errors only", "[diag]") {
  DiagSink sink;
  sink.Report("KIN-901", "f", 1, 1, "warn", "");
  sink.Report("KIN-900", "f", 1, 2, "advice", "");
  sink.Report("KIN-105", "f", 1, 3, "err", "");
  std::string out = Printed(&sink, true);
  CHECK(out.find("warn") == std::string::npos);
  CHECK(out.find("advice") == std::string::npos);
  CHECK(out.find("error KIN-105: err") != std::string::npos);
  out = Printed(&sink, false);
  CHECK(out.find("warning KIN-901: warn") != std::string::npos);
  CHECK(out.find("advice KIN-900: advice") != std::string::npos);
  // Every diagnostic ends with a newline, and so does every remedy.
  CHECK(out[out.size() - 1] == '\n');
}

TEST_CASE("diag: ExitStatus", "[diag]") {
  SECTION("nothing reported: 0") {
    DiagSink sink;
    CHECK(sink.ExitStatus(false) == 0);
    CHECK(sink.ExitStatus(true) == 0);
    CHECK_FALSE(sink.HasErrors());
    CHECK_FALSE(sink.HasWarnings());
    CHECK_FALSE(sink.HasEnvironmentErrors());
  }
  SECTION("advice: 0, even under -Werror") {
    DiagSink sink;
    sink.Report("KIN-900", "f", 1, 1, "m", "");
    CHECK(sink.ExitStatus(false) == 0);
    CHECK(sink.ExitStatus(true) == 0);
  }
  SECTION("a warning: 0, or 1 under -Werror") {
    DiagSink sink;
    sink.Report("KIN-901", "f", 1, 1, "m", "");
    CHECK(sink.HasWarnings());
    CHECK_FALSE(sink.HasErrors());
    CHECK(sink.ExitStatus(false) == 0);
    CHECK(sink.ExitStatus(true) == 1);
  }
  SECTION("a structural error: 1") {
    DiagSink sink;
    sink.Report("KIN-105", "f", 1, 1, "m", "");
    CHECK(sink.HasErrors());
    CHECK_FALSE(sink.HasEnvironmentErrors());
    CHECK(sink.ExitStatus(false) == 1);
    CHECK(sink.ExitStatus(true) == 1);
  }
  SECTION("an environment error: 3") {
    const char* codes[] = {"KIN-700", "KIN-701", "KIN-702", "KIN-703",
                           "KIN-704", "KIN-706", "KIN-707", "KIN-790"};
    for (const char* code : codes) {
      DiagSink sink;
      sink.Report(code, "", 0, 0, "m", "");
      CAPTURE(code);
      CHECK(sink.HasEnvironmentErrors());
      CHECK(sink.ExitStatus(false) == 3);
      CHECK(sink.ExitStatus(true) == 3);
    }
  }
  SECTION("3 wins over 1, in either order") {
    DiagSink a;
    a.Report("KIN-105", "f", 1, 1, "m", "");
    a.Report("KIN-700", "", 0, 0, "m", "");
    CHECK(a.ExitStatus(false) == 3);
    DiagSink b;
    b.Report("KIN-700", "", 0, 0, "m", "");
    b.Report("KIN-105", "f", 1, 1, "m", "");
    b.Report("KIN-901", "f", 1, 1, "m", "");
    CHECK(b.ExitStatus(false) == 3);
    CHECK(b.ExitStatus(true) == 3);
  }
  SECTION("a KIN-7xx warning is a warning, not an environment error") {
    DiagSink sink;
    sink.Report("KIN-705", "c.bin", 0, 0, "writable by others", "");
    CHECK_FALSE(sink.HasEnvironmentErrors());
    CHECK(sink.ExitStatus(false) == 0);
    CHECK(sink.ExitStatus(true) == 1);
  }
  SECTION("an unknown code counts as a structural error") {
    DiagSink sink;
    sink.Report("KIN-999", "f", 1, 1, "m", "");
    CHECK(sink.ExitStatus(false) == 1);
  }
}
