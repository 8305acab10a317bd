// syntax_test.cc: the output syntax modules (lua/kindler/syntax/*.lua)
// against the programs that read what they write. Every byte value (but
// NUL, which no file name, argument or project value can hold) alone and
// between letters, and strings of several metacharacters, go through
// shell.quote (read back by /bin/sh), make.word (by make, then sh: GNU make
// and bmake), make.name_problem (an accepted name works as a target and
// prerequisite under both makes), ninja.word and ninja.path (by ninja),
// json.encode (read back by a strict JSON string reader here) and
// dot.quote (accepted by Graphviz's dot). Run from
// the top of the tree.
#include <catch2/catch.hpp>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

extern "C" {
#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>
}

#include "testutil.h"

using testutil::TempDir;

namespace {

// The values every module is tried with.
std::vector<std::string> Values() {
  std::vector<std::string> v;
  for (int b = 1; b < 256; ++b) {
    std::string c(1, static_cast<char>(b));
    v.push_back(c);
    v.push_back("a" + c + "b");
  }
  const char* mixed[] = {"", "'", "''", "a'b'c", "$$", "$(x)", "${x}", "`id`",
                         "$(shell id)", "\\", "a\\", "\\\\n", "#x", "a#b#",
                         "\"'\"", "-n", "--", "*", "?[a]", "~user", "a b\tc",
                         "%", "x=y", "a:b", "!x", "{a,b}", "\xc3\xa9t\xc3\xa9"};
  for (size_t i = 0; i < sizeof mixed / sizeof mixed[0]; ++i) v.push_back(mixed[i]);
  return v;
}

// A Lua state with lua/ on the module path.
class Lua {
 public:
  Lua() : L_(luaL_newstate()) {
    luaL_openlibs(L_);
    if (luaL_dostring(L_, "package.path = 'lua/?.lua'") != 0) std::abort();
  }
  ~Lua() { lua_close(L_); }
  Lua(const Lua&) = delete;
  Lua& operator=(const Lua&) = delete;

  // module.fn(value): true and its string result, or false for nil.
  bool Call(const char* module, const char* fn, const std::string& value,
            std::string* out) {
    lua_getglobal(L_, "require");
    lua_pushstring(L_, module);
    if (lua_pcall(L_, 1, 1, 0) != 0) FAIL(lua_tostring(L_, -1));
    lua_getfield(L_, -1, fn);
    lua_pushlstring(L_, value.data(), value.size());
    if (lua_pcall(L_, 1, 1, 0) != 0) FAIL(lua_tostring(L_, -1));
    bool is_string = lua_isstring(L_, -1) != 0;
    if (is_string) {
      size_t n;
      const char* s = lua_tolstring(L_, -1, &n);
      out->assign(s, n);
    }
    lua_pop(L_, 2);
    return is_string;
  }

 private:
  lua_State* L_;
};

int Run(const std::string& command) { return std::system(command.c_str()); }

bool Have(const char* program) {
  return Run(std::string("command -v ") + program + " >/dev/null 2>&1") == 0;
}

std::string Number(size_t i) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%u", static_cast<unsigned>(i));
  return buf;
}

// A strict reader of one JSON string: the value, or false when text is not
// exactly one valid JSON string (raw control characters, bad escapes).
bool ReadJsonString(const std::string& text, std::string* out) {
  if (text.size() < 2 || text[0] != '"' || text[text.size() - 1] != '"') return false;
  out->clear();
  for (size_t i = 1; i + 1 < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x20 || c == '"') return false;
    if (c != '\\') {
      *out += static_cast<char>(c);
      continue;
    }
    if (++i + 1 >= text.size()) return false;
    switch (text[i]) {
      case '"': *out += '"'; break;
      case '\\': *out += '\\'; break;
      case '/': *out += '/'; break;
      case 'b': *out += '\b'; break;
      case 'f': *out += '\f'; break;
      case 'n': *out += '\n'; break;
      case 'r': *out += '\r'; break;
      case 't': *out += '\t'; break;
      case 'u': {
        if (i + 5 >= text.size()) return false;
        unsigned long code = std::strtoul(text.substr(i + 1, 4).c_str(), NULL, 16);
        if (code >= 0x80) return false;  // Kindler escapes only ASCII controls
        *out += static_cast<char>(code);
        i += 4;
        break;
      }
      default: return false;
    }
  }
  return true;
}

}  // namespace

TEST_CASE("syntax/shell: sh reads every quoted value back as itself", "[syntax]") {
  Lua lua;
  TempDir dir;
  std::vector<std::string> values = Values();
  std::string script;
  for (size_t i = 0; i < values.size(); ++i) {
    std::string word;
    REQUIRE(lua.Call("kindler.syntax.shell", "quote", values[i], &word));
    script += "printf '%s' " + word + " >" + dir / ("out." + Number(i)) + "\n";
  }
  REQUIRE(testutil::WriteRaw(dir / "script.sh", script));
  REQUIRE(Run("/bin/sh " + dir / "script.sh") == 0);
  for (size_t i = 0; i < values.size(); ++i) {
    INFO("value " << testutil::Printable(values[i]));
    CHECK(testutil::ReadRaw(dir / ("out." + Number(i))) == values[i]);
  }
}

TEST_CASE("syntax/make: make, then sh, read every recipe word back as itself",
          "[syntax]") {
  Lua lua;
  std::vector<std::string> values = Values();
  const char* makes[] = {"make", "bmake"};
  for (size_t m = 0; m < 2; ++m) {
    if (!Have(makes[m])) {
      WARN(makes[m] << " is not installed: its half of this test is skipped");
      continue;
    }
    TempDir dir;
    std::string makefile = ".POSIX:\nall:";
    std::string rules;
    std::vector<size_t> carried;
    for (size_t i = 0; i < values.size(); ++i) {
      std::string word;
      bool line_break = values[i].find_first_of("\r\n") != std::string::npos;
      INFO("value " << testutil::Printable(values[i]));
      if (!lua.Call("kindler.syntax.make", "word", values[i], &word)) {
        CHECK(line_break);  // refused: exactly the values make cannot carry
        continue;
      }
      CHECK_FALSE(line_break);
      CHECK(word.find('#') == std::string::npos);
      carried.push_back(i);
      makefile += " out." + Number(i);
      rules += "out." + Number(i) + ":\n\tprintf '%s' " + word + " >$@\n";
    }
    REQUIRE(testutil::WriteRaw(dir / "Makefile", makefile + "\n" + rules));
    INFO(makes[m]);
    REQUIRE(Run("cd " + dir.path() + " && " + makes[m] + " -s >/dev/null") == 0);
    for (size_t k = 0; k < carried.size(); ++k) {
      size_t i = carried[k];
      INFO(makes[m] << ": value " << testutil::Printable(values[i]));
      CHECK(testutil::ReadRaw(dir / ("out." + Number(i))) == values[i]);
    }
  }
}

TEST_CASE("syntax/make: every name it accepts is one target and prerequisite "
          "to make; what it refuses is make's own syntax", "[syntax]") {
  Lua lua;
  const char* makes[] = {"make", "bmake"};
  std::string special = ":#$=;()*?[]\\'\"`|&<>!{}% \t";
  for (size_t m = 0; m < 2; ++m) {
    if (!Have(makes[m])) {
      WARN(makes[m] << " is not installed: its half of this test is skipped");
      continue;
    }
    TempDir dir;
    std::string makefile = ".POSIX:\nall:";
    std::string rules;
    std::vector<std::string> names;
    for (int b = 1; b < 256; ++b) {
      if (b == '/') continue;  // a directory separator, tried in every e2e case
      std::string name = std::string("p") + static_cast<char>(b) + "q";
      std::string problem;
      bool refused = lua.Call("kindler.syntax.make", "name_problem", name, &problem);
      bool make_syntax = special.find(static_cast<char>(b)) != std::string::npos ||
                         b == '\n' || b == '\r' || b == '\v' || b == '\f';
      INFO("byte " << b);
      CHECK(refused == make_syntax);
      if (refused) continue;
      std::string word;
      REQUIRE(lua.Call("kindler.syntax.make", "word", name, &word));
      REQUIRE(testutil::WriteRaw(dir / name, name));
      std::string out = "t." + Number(static_cast<size_t>(b));
      makefile += " " + out;
      rules += out + ": " + name + "\n\tcat " + word + " >$@\n";
      names.push_back(name);
    }
    REQUIRE(testutil::WriteRaw(dir / "Makefile", makefile + "\n" + rules));
    INFO(makes[m]);
    REQUIRE(Run("cd " + dir.path() + " && " + makes[m] + " -s >/dev/null") == 0);
    for (size_t k = 0; k < names.size(); ++k) {
      unsigned char b = static_cast<unsigned char>(names[k][1]);
      INFO(makes[m] << ": byte " << static_cast<int>(b));
      CHECK(testutil::ReadRaw(dir / ("t." + Number(b))) == names[k]);
    }
  }
}

TEST_CASE("syntax/ninja: ninja, then sh, read every command word back as "
          "itself, and every path as a path", "[syntax]") {
  if (!Have("ninja")) {
    WARN("ninja (Debian's ninja-build) is not installed: this test is skipped");
    return;
  }
  Lua lua;
  TempDir dir;
  std::vector<std::string> values = Values();
  std::string ninja =
      "rule say\n  command = printf '%s' $value >$out\n"
      "rule copy\n  command = cat $in >$out\n";
  std::vector<size_t> carried;
  for (size_t i = 0; i < values.size(); ++i) {
    const std::string& v = values[i];
    bool line_break = v.find_first_of("\r\n") != std::string::npos;
    std::string word, path;
    INFO("value " << testutil::Printable(v));
    bool has_word = lua.Call("kindler.syntax.ninja", "word", v, &word);
    bool has_path = lua.Call("kindler.syntax.ninja", "path", "p" + v, &path);
    bool bar = v.find('|') != std::string::npos;  // ends a path, no escape
    CHECK(has_word == !line_break);
    CHECK(has_path == !(line_break || bar));
    if (line_break) continue;
    carried.push_back(i);
    ninja += "build out." + Number(i) + ": say\n  value = " + word + "\n";
    // Files named "p" + v, but for a slash (a directory) and the names
    // "p." and "p.." alone, which stand for directories.
    if (has_path && v.find('/') == std::string::npos && v != "." && v != "..") {
      REQUIRE(testutil::WriteRaw(dir / ("p" + v), "p" + v));
      ninja += "build copy." + Number(i) + ": copy " + path + "\n";
    }
  }
  REQUIRE(testutil::WriteRaw(dir / "build.ninja", ninja));
  REQUIRE(Run("cd " + dir.path() + " && ninja >/dev/null") == 0);
  for (size_t k = 0; k < carried.size(); ++k) {
    size_t i = carried[k];
    INFO("value " << testutil::Printable(values[i]));
    CHECK(testutil::ReadRaw(dir / ("out." + Number(i))) == values[i]);
    if (values[i].find_first_of("/|") == std::string::npos && values[i] != "." &&
        values[i] != "..")
      CHECK(testutil::ReadRaw(dir / ("copy." + Number(i))) == "p" + values[i]);
  }
}

TEST_CASE("syntax/json: every string is one valid JSON string of the same bytes",
          "[syntax]") {
  Lua lua;
  std::vector<std::string> values = Values();
  for (size_t i = 0; i < values.size(); ++i) {
    std::string text, back;
    REQUIRE(lua.Call("kindler.syntax.json", "encode", values[i], &text));
    INFO("value " << testutil::Printable(values[i]) << " as " << testutil::Printable(text));
    REQUIRE(text.size() > 0);
    CHECK(text[text.size() - 1] == '\n');
    CHECK(ReadJsonString(text.substr(0, text.size() - 1), &back));
    CHECK(back == values[i]);
  }
}

TEST_CASE("syntax/dot: Graphviz reads every quoted string", "[syntax]") {
  if (!Have("dot")) {
    WARN("dot (Debian's graphviz) is not installed: this test is skipped");
    return;
  }
  Lua lua;
  TempDir dir;
  std::vector<std::string> values = Values();
  std::string graph = "digraph g {\n";
  for (size_t i = 0; i < values.size(); ++i) {
    std::string text;
    REQUIRE(lua.Call("kindler.syntax.dot", "quote", values[i], &text));
    graph += "  n" + Number(i) + " [label=" + text + "];\n";
  }
  graph += "}\n";
  REQUIRE(testutil::WriteRaw(dir / "g.dot", graph));
  REQUIRE(Run("dot -Tcanon " + dir / "g.dot" + " >" + dir / "out" + " 2>&1") == 0);
  std::string out = testutil::ReadRaw(dir / "out");
  size_t nodes = 0;  // lines "\tnN\t[label=...]"
  for (size_t at = out.find("\n\tn"); at != std::string::npos; at = out.find("\n\tn", at + 1)) {
    if (at + 3 < out.size() && out[at + 3] >= '0' && out[at + 3] <= '9') ++nodes;
  }
  CHECK(nodes == values.size());
}
