// lua_bridge_test.cc: the embedded Lua state (src/lua_bridge.cc) and the
// host functions (src/lua_host.cc), driven through fake
// lua/kindler/command/kindler/main.lua files (the entry point of `kindler`)
// written into a temporary data directory.
#include <catch2/catch.hpp>

extern "C" {
#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>
}

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <utime.h>

#include <csignal>
#include <cstdio>
#include <sstream>
#include <string>
#include <vector>

#include "diag.h"
#include "document.h"
#include "fs.h"
#include "lua_bridge.h"
#include "parser.h"
#include "testutil.h"

namespace {

std::string DescribeDiags(const DiagSink& diags) {
  std::ostringstream out;
  for (size_t i = 0; i < diags.Count(); ++i)
    out << (i ? " | " : "") << FormatDiagnostic(diags.At(i));
  return testutil::Printable(out.str(), 1000);
}

// The module src/kindler.cc runs, and its file below lua/.
const char kMain[] = "kindler.command.kindler.main";
const char kMainFile[] = "kindler/command/kindler/main.lua";

// A temporary Kindler data directory holding lua/kindler/.
class FakeHome {
 public:
  FakeHome() {
    std::string error;
    ok_ = !tmp_.path().empty() && MakeDirs(tmp_ / "lua/kindler", &error);
  }
  bool ok() const { return ok_; }
  const std::string& path() const { return tmp_.path(); }
  std::string operator/(const std::string& name) const { return tmp_ / name; }

  // Writes lua/<rel>.
  bool Lua(const std::string& rel, const std::string& source) const {
    std::string path = tmp_ / ("lua/" + rel);
    std::string error;
    return MakeDirs(DirName(path), &error) &&
           testutil::WriteRaw(path, source);
  }
  bool Driver(const std::string& source) const {
    return Lua(kMainFile, source);
  }

 private:
  testutil::TempDir tmp_;
  bool ok_;
};

DriverRequest Request(const std::vector<std::string>& operands =
                          std::vector<std::string>(),
                      Document* doc = NULL) {
  DriverRequest r;
  r.command = "check";
  r.operands = operands;
  r.document = doc;
  return r;
}

// Opens a bridge on home and runs the driver once.
int RunOnce(const FakeHome& home, DiagSink* diags,
            const DriverRequest& request) {
  LuaBridge lua(home.path(), diags);
  REQUIRE(lua.Open());
  return lua.RunDriver(kMain, request);
}

// The one KIN-790 diagnostic a failed run must leave.
std::string Kin790(const DiagSink& diags) {
  INFO(DescribeDiags(diags));
  REQUIRE(diags.Count() == 1);
  CHECK(diags.At(0).code == "KIN-790");
  CHECK(diags.At(0).severity == SEV_ERROR);
  CHECK(diags.ExitStatus(false) == 3);
  return diags.At(0).message;
}

int DumpWriter(lua_State*, const void* p, size_t size, void* ud) {
  static_cast<std::string*>(ud)->append(static_cast<const char*>(p), size);
  return 0;
}

// Real Lua 5.1 bytecode for `source`, made by a separate state.
std::string Bytecode(const std::string& source) {
  lua_State* L = luaL_newstate();
  REQUIRE(L != NULL);
  std::string out;
  int status = luaL_loadbuffer(L, source.data(), source.size(), "=x");
  if (status == 0) lua_dump(L, DumpWriter, &out);
  lua_close(L);
  REQUIRE(status == 0);
  REQUIRE(!out.empty());
  REQUIRE(out[0] == '\033');
  return out;
}

std::string Repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

}  // namespace

TEST_CASE("lua_bridge: the driver's return value is the status",
          "[lua_bridge]") {
  FakeHome home;
  REQUIRE(home.ok());
  DiagSink diags;
  REQUIRE(home.Driver("return { main = function(request) return 7 end }\n"));
  CHECK(RunOnce(home, &diags, Request()) == 7);
  INFO(DescribeDiags(diags));
  CHECK(diags.Count() == 0);

  REQUIRE(home.Driver("return { main = function(request) end }\n"));
  CHECK(RunOnce(home, &diags, Request()) == 0);
  REQUIRE(home.Driver("return { main = function() return 'x' end }\n"));
  CHECK(RunOnce(home, &diags, Request()) == 0);
  CHECK(diags.Count() == 0);
}

TEST_CASE("lua_bridge: error() in the driver is -1 and KIN-790",
          "[lua_bridge]") {
  FakeHome home;
  REQUIRE(home.ok());
  DiagSink diags;
  REQUIRE(home.Driver(
      "return { main = function(request)\n  error('boom in driver')\nend }\n"));
  CHECK(RunOnce(home, &diags, Request()) == -1);
  std::string msg = Kin790(diags);
  CHECK(msg.find("boom in driver") != std::string::npos);
  CHECK(msg.find("main.lua:2") != std::string::npos);
}

TEST_CASE("lua_bridge: an error value that is not a string", "[lua_bridge]") {
  FakeHome home;
  REQUIRE(home.ok());
  DiagSink diags;
  REQUIRE(home.Driver("return { main = function() error({}) end }\n"));
  CHECK(RunOnce(home, &diags, Request()) == -1);
  std::string msg = Kin790(diags);
  CHECK_FALSE(msg.empty());
}

TEST_CASE("lua_bridge: a driver with a syntax error is KIN-790",
          "[lua_bridge]") {
  FakeHome home;
  REQUIRE(home.ok());
  DiagSink diags;
  REQUIRE(home.Driver("return { main = function( }\n"));
  CHECK(RunOnce(home, &diags, Request()) == -1);
  std::string msg = Kin790(diags);
  CHECK(msg.find("main.lua") != std::string::npos);
}

TEST_CASE("lua_bridge: no driver at all is KIN-790", "[lua_bridge]") {
  FakeHome home;
  REQUIRE(home.ok());
  DiagSink diags;
  CHECK(RunOnce(home, &diags, Request()) == -1);
  std::string msg = Kin790(diags);
  CHECK(msg.find(kMain) != std::string::npos);
}

TEST_CASE("lua_bridge: a driver file that is bytecode is refused",
          "[lua_bridge]") {
  FakeHome home;
  REQUIRE(home.ok());
  SECTION("a file that starts with \\033") {
    DiagSink diags;
    REQUIRE(home.Driver("\033Lua garbage that must never be loaded"));
    CHECK(RunOnce(home, &diags, Request()) == -1);
    std::string msg = Kin790(diags);
    CHECK(msg.find("bytecode") != std::string::npos);
  }
  SECTION("real bytecode of a working driver") {
    DiagSink diags;
    REQUIRE(home.Driver(Bytecode("return { main = function() return 5 end }")));
    CHECK(RunOnce(home, &diags, Request()) == -1);
    std::string msg = Kin790(diags);
    CHECK(msg.find("bytecode") != std::string::npos);
  }
  SECTION("a module the driver requires") {
    DiagSink diags;
    REQUIRE(home.Driver("local m = require('kindler.evil')\n"
                        "return { main = function() return m.x end }\n"));
    REQUIRE(home.Lua("kindler/evil.lua", Bytecode("return { x = 9 }")));
    CHECK(RunOnce(home, &diags, Request()) == -1);
    std::string msg = Kin790(diags);
    CHECK(msg.find("bytecode") != std::string::npos);
  }
}

TEST_CASE("lua_bridge: require of a missing module is KIN-790",
          "[lua_bridge]") {
  FakeHome home;
  REQUIRE(home.ok());
  DiagSink diags;
  REQUIRE(home.Driver("local m = require('kindler.nowhere')\n"
                      "return { main = function() return 1 end }\n"));
  CHECK(RunOnce(home, &diags, Request()) == -1);
  std::string msg = Kin790(diags);
  CHECK(msg.find("kindler.nowhere") != std::string::npos);

  // Inside main() too.
  DiagSink diags2;
  REQUIRE(home.Driver("return { main = function() require('x.y.z') end }\n"));
  CHECK(RunOnce(home, &diags2, Request()) == -1);
  msg = Kin790(diags2);
  CHECK(msg.find("x.y.z") != std::string::npos);
}

TEST_CASE("lua_bridge: modules load from the data directory only",
          "[lua_bridge]") {
  FakeHome home;
  REQUIRE(home.ok());
  REQUIRE(home.Lua("kindler/helper.lua", "return { answer = 40 }\n"));
  REQUIRE(home.Lua("other/deep/mod.lua", "return 2\n"));
  // host.home is compared with the path as a Lua long string.
  REQUIRE(home.Driver(
      "local host = require('kindler.host')\n"
      "local helper = require('kindler.helper')\n"
      "return { main = function()\n"
      "  assert(package.path == '', 'package.path: ' .. package.path)\n"
      "  assert(package.cpath == '', 'package.cpath')\n"
      "  assert(dofile == nil, 'dofile is reachable')\n"
      "  assert(loadfile == nil, 'loadfile is reachable')\n"
      "  assert(host.home == [==[" + home.path() + "]==],\n"
      "         'host.home: ' .. tostring(host.home))\n"
      "  assert(type(host.version) == 'string' and #host.version > 0)\n"
      "  assert(require('kindler.helper') == helper, 'not cached')\n"
      "  return helper.answer + require('other.deep.mod')\n"
      "end }\n"));
  DiagSink diags;
  CHECK(RunOnce(home, &diags, Request()) == 42);
  INFO(DescribeDiags(diags));
  CHECK(diags.Count() == 0);
}

TEST_CASE("lua_bridge: the request carries command, operands and options",
          "[lua_bridge]") {
  FakeHome home;
  REQUIRE(home.ok());
  REQUIRE(home.Driver(
      "return { main = function(r)\n"
      "  assert(r.command == 'dump', 'command')\n"
      "  assert(#r.operands == 2 and r.operands[1] == 'a' and\n"
      "         r.operands[2] == 'b c', 'operands')\n"
      "  assert(#r.options == 2, 'options')\n"
      "  assert(r.options[1][1] == 'stage' and r.options[1][2] == 'parsed')\n"
      "  assert(r.options[2][1] == 'q' and r.options[2][2] == '')\n"
      "  assert(r.document == nil, 'document')\n"
      "  return 11\n"
      "end }\n"));
  DriverRequest req;
  req.command = "dump";
  req.operands.push_back("a");
  req.operands.push_back("b c");
  req.option_names.push_back("stage");
  req.option_values.push_back("parsed");
  req.option_names.push_back("q");
  req.option_values.push_back("");
  req.document = NULL;
  DiagSink diags;
  CHECK(RunOnce(home, &diags, req) == 11);
  INFO(DescribeDiags(diags));
  CHECK(diags.Count() == 0);
}

TEST_CASE("lua_bridge: the driver reads request.document.tree",
          "[lua_bridge]") {
  FakeHome home;
  REQUIRE(home.ok());
  Document doc;
  doc.path = "proj.kindler";
  DiagSink parse_diags;
  REQUIRE(ParseText("project { name = \"p\"; }\n"
                    "target \"a\" { type = executable; sources = []; }\n"
                    "targets { b { n = 3; ok = yes; }\n"
                    "          c { deps = [ \"a\", \"b\" ]; } }\n",
                    &doc, &parse_diags));
  REQUIRE(home.Driver(
      "return { main = function(request)\n"
      "  local d = request.document\n"
      "  assert(d.path == 'proj.kindler', 'path')\n"
      "  local n = 0\n"
      "  for name, t in pairs(d.tree.targets) do n = n + 1 end\n"
      "  return n\n"
      "end }\n"));
  DiagSink diags;
  CHECK(RunOnce(home, &diags, Request(std::vector<std::string>(), &doc)) ==
        3);
  INFO(DescribeDiags(diags));
  CHECK(diags.Count() == 0);

  // Values, list marks and places.
  REQUIRE(home.Driver(
      "return { main = function(request)\n"
      "  local d = request.document\n"
      "  local t = d.tree.targets\n"
      "  assert(d.tree.project.name == 'p', 'name')\n"
      "  assert(t.b.n == 3 and t.b.ok == true, 'scalars')\n"
      "  assert(t.a.type == 'executable', 'bareword')\n"
      "  assert(#t.c.deps == 2 and t.c.deps[2] == 'b', 'list')\n"
      "  local mt = getmetatable(t.c.deps)\n"
      "  assert(mt and mt.__kindler == 'array', 'list mark')\n"
      "  assert(getmetatable(t.a.sources).__kindler == 'array', 'empty list')\n"
      "  assert(getmetatable(t.b) == nil, 'object marked')\n"
      "  local where = d.where[t]\n"
      "  assert(where, 'no places for targets')\n"
      "  assert(where.a == 2 * 2^24 + 8, 'place of a: ' .. tostring(where.a))\n"
      "  assert(where.c == 4 * 2^24 + 11, 'place of c')\n"
      "  assert(d.where[t.c.deps][2] == 4 * 2^24 + 29, 'item place')\n"
      "  return 0\n"
      "end }\n"));
  DiagSink diags2;
  CHECK(RunOnce(home, &diags2, Request(std::vector<std::string>(), &doc)) ==
        0);
  INFO(DescribeDiags(diags2));
  CHECK(diags2.Count() == 0);
}

namespace {

// Runs the driver on `text` in a child process, so that a crash fails the
// test instead of ending the run. The child's exit status is the driver's
// result (0..255); -2 when the child died from a signal, -3 when the
// document did not parse.
int DepthInChild(const FakeHome& home, const std::string& text, int* signo) {
  *signo = 0;
  std::fflush(NULL);
  pid_t pid = fork();
  if (pid == 0) {
    // Catch2's handlers would report the crash as if from the parent.
    const int fatal[] = {SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL};
    for (int sig : fatal) signal(sig, SIG_DFL);
    // glibc's "realloc(): invalid next size" and the like stay out of the
    // test output.
    int devnull = open("/dev/null", O_WRONLY);
    if (devnull >= 0) dup2(devnull, 2);
    int result;
    {
      Document doc;
      DiagSink diags;
      if (!ParseText(text, &doc, &diags)) _exit(253);
      LuaBridge lua(home.path(), &diags);
      if (!lua.Open()) _exit(254);
      result = lua.RunDriver(kMain,
                             Request(std::vector<std::string>(), &doc));
    }
    _exit(result < 0 ? 255 : result);
  }
  REQUIRE(pid > 0);
  int status = 0;
  REQUIRE(waitpid(pid, &status, 0) == pid);
  if (WIFSIGNALED(status)) {
    *signo = WTERMSIG(status);
    return -2;
  }
  REQUIRE(WIFEXITED(status));
  return WEXITSTATUS(status) == 253 ? -3 : WEXITSTATUS(status);
}

const char kDepthDriver[] =
    "return { main = function(request)\n"
    "  local v, depth = request.document.tree.a, 0\n"
    "  while type(v) == 'table' do\n"
    "    depth = depth + 1\n"
    "    v = v[1] or v.k\n"
    "  end\n"
    "  return depth\n"
    "end }\n";

}  // namespace

TEST_CASE("lua_bridge: a shallow nested document reaches Lua",
          "[lua_bridge]") {
  FakeHome home;
  REQUIRE(home.ok());
  REQUIRE(home.Driver(kDepthDriver));
  int signo;
  CHECK(DepthInChild(home, "a = " + Repeat("[", 8) + Repeat("]", 8),
                     &signo) == 8);
  CHECK(signo == 0);
  CHECK(DepthInChild(home, "a " + Repeat("{ k ", 7) + "{ }" + Repeat(" }", 7),
                     &signo) == 8);
  CHECK(signo == 0);
}

TEST_CASE("lua_bridge: a document nested 100 levels deep reaches Lua",
          "[lua_bridge]") {
  // The parser accepts 100 levels. PushNode (src/lua_bridge.cc) recurses
  // once per level and keeps two (list) or three (object) values on the Lua
  // stack per level without lua_checkstack; Lua guarantees a C function
  // only LUA_MINSTACK (20) free slots, so deeper documents write past the
  // end of the Lua stack (heap corruption; kindler check crashes on a list
  // nested 20 deep). Run in a child process: the failure is a crash.
  FakeHome home;
  REQUIRE(home.ok());
  REQUIRE(home.Driver(kDepthDriver));
  int depths[] = {20, 100};
  for (int depth : depths) {
    int list_signal, object_signal;
    int lists = DepthInChild(home, "a = " + Repeat("[", depth) +
                                       Repeat("]", depth), &list_signal);
    int objects = DepthInChild(home, "a " + Repeat("{ k ", depth - 1) +
                                         "{ }" + Repeat(" }", depth - 1),
                               &object_signal);
    CAPTURE(depth, list_signal, object_signal);
    CHECK(lists == depth);
    CHECK(objects == depth);
  }
}

TEST_CASE("lua_bridge: a later request without a document has none",
          "[lua_bridge]") {
  // RunDriver leaves the document in the registry slot "kindler.document";
  // a later request with document == NULL still hands the old one to Lua.
  FakeHome home;
  REQUIRE(home.ok());
  REQUIRE(home.Driver("return { main = function(r)\n"
                      "  return r.document and 1 or 0\n"
                      "end }\n"));
  Document doc;
  DiagSink pd;
  REQUIRE(ParseText("a = 1;", &doc, &pd));
  DiagSink diags;
  LuaBridge lua(home.path(), &diags);
  REQUIRE(lua.Open());
  CHECK(lua.RunDriver(kMain, Request(std::vector<std::string>(), &doc)) == 1);
  CHECK(lua.RunDriver(kMain, Request()) == 0);
}

TEST_CASE("lua_bridge: one bridge runs the driver more than once",
          "[lua_bridge]") {
  FakeHome home;
  REQUIRE(home.ok());
  REQUIRE(home.Driver("local calls = 0\n"
                      "return { main = function(r)\n"
                      "  calls = calls + 1\n"
                      "  if r.operands[1] == 'fail' then error('asked') end\n"
                      "  return calls\n"
                      "end }\n"));
  DiagSink diags;
  LuaBridge lua(home.path(), &diags);
  REQUIRE(lua.Open());
  std::vector<std::string> fail(1, "fail");
  CHECK(lua.RunDriver(kMain, Request()) == 1);
  CHECK(lua.RunDriver(kMain, Request(fail)) == -1);
  CHECK(lua.RunDriver(kMain, Request()) == 3);
  CHECK(diags.Count() == 1);
}

TEST_CASE("lua_bridge: host.read_file", "[lua_bridge][host]") {
  FakeHome home;
  REQUIRE(home.ok());
  REQUIRE(testutil::WriteRaw(home / "data.bin", std::string("a\0b\n", 4)));
  REQUIRE(home.Driver(
      "local host = require('kindler.host')\n"
      "return { main = function(r)\n"
      "  local s, err = host.read_file(r.operands[1])\n"
      "  assert(s == 'a\\0b\\n', 'content: ' .. tostring(s) .. tostring(err))\n"
      "  local none, msg = host.read_file(r.operands[2])\n"
      "  assert(none == nil, 'missing file read')\n"
      "  assert(type(msg) == 'string' and msg:find('missing', 1, true),\n"
      "         'message: ' .. tostring(msg))\n"
      "  local dir, dmsg = host.read_file(r.operands[3])\n"
      "  assert(dir == nil and dmsg:find('directory'), 'directory')\n"
      "  return #s\n"
      "end }\n"));
  std::vector<std::string> ops;
  ops.push_back(home / "data.bin");
  ops.push_back(home / "missing");
  ops.push_back(home.path());
  DiagSink diags;
  CHECK(RunOnce(home, &diags, Request(ops)) == 4);
  INFO(DescribeDiags(diags));
  CHECK(diags.Count() == 0);
}

TEST_CASE("lua_bridge: host.write_file is atomic and returns changed",
          "[lua_bridge][host]") {
  FakeHome home;
  REQUIRE(home.ok());
  REQUIRE(testutil::MkDir(home / "out"));
  REQUIRE(home.Driver(
      "local host = require('kindler.host')\n"
      "return { main = function(r)\n"
      "  local p, content, mode = r.operands[1], r.operands[2], r.operands[3]\n"
      "  local changed, err = host.write_file(p, content, tonumber(mode))\n"
      "  assert(changed ~= nil, 'write failed: ' .. tostring(err))\n"
      "  return changed and 1 or 0\n"
      "end }\n"));
  const std::string path = home / "out/file.txt";
  DiagSink diags;
  LuaBridge lua(home.path(), &diags);
  REQUIRE(lua.Open());

  std::vector<std::string> ops;
  ops.push_back(path);
  ops.push_back("first");
  CHECK(lua.RunDriver(kMain, Request(ops)) == 1);
  CHECK(testutil::ReadRaw(path) == "first");
  CHECK(StatPath(path).mode == 0644u);  // the default mode

  // The same bytes: untouched, mtime kept.
  struct utimbuf t;
  t.actime = t.modtime = 1000000000;
  REQUIRE(utime(path.c_str(), &t) == 0);
  CHECK(lua.RunDriver(kMain, Request(ops)) == 0);
  CHECK(StatPath(path).mtime == 1000000000.0);

  // New bytes with a mode (decimal 448 is 0700).
  ops[1] = "second";
  ops.push_back("448");
  CHECK(lua.RunDriver(kMain, Request(ops)) == 1);
  CHECK(testutil::ReadRaw(path) == "second");
  CHECK(StatPath(path).mode == 0700u);

  std::vector<std::string> names;
  std::string error;
  REQUIRE(ListDir(home / "out", &names, &error));
  CHECK(names == std::vector<std::string>(1, "file.txt"));
  INFO(DescribeDiags(diags));
  CHECK(diags.Count() == 0);

  // A failure is nil and a message, not a Lua error.
  REQUIRE(home.Driver(
      "local host = require('kindler.host')\n"
      "return { main = function(r)\n"
      "  local changed, err = host.write_file(r.operands[1], 'x')\n"
      "  assert(changed == nil, 'wrote into a missing directory')\n"
      "  assert(type(err) == 'string' and err:find('no/such', 1, true),\n"
      "         'message: ' .. tostring(err))\n"
      "  return 2\n"
      "end }\n"));
  DiagSink diags2;
  CHECK(RunOnce(home, &diags2,
                Request(std::vector<std::string>(1, home / "no/such/f"))) ==
        2);
  INFO(DescribeDiags(diags2));
  CHECK(diags2.Count() == 0);
}

TEST_CASE("lua_bridge: host.report", "[lua_bridge][host]") {
  FakeHome home;
  REQUIRE(home.ok());
  SECTION("known codes become diagnostics") {
    REQUIRE(home.Driver(
        "local host = require('kindler.host')\n"
        "return { main = function()\n"
        "  host.report('KIN-901', 'p.kindler', 3, 4, \"unknown key 'x'\")\n"
        "  host.report('KIN-105', 'p.kindler', 5, 6, 'dup', 'custom remedy')\n"
        "  host.report('KIN-900', nil, nil, nil, 'no place')\n"
        "  return 0\n"
        "end }\n"));
    DiagSink diags;
    CHECK(RunOnce(home, &diags, Request()) == 0);
    INFO(DescribeDiags(diags));
    REQUIRE(diags.Count() == 3);
    CHECK(diags.At(0).code == "KIN-901");
    CHECK(diags.At(0).severity == SEV_WARNING);
    CHECK(diags.At(0).file == "p.kindler");
    CHECK(diags.At(0).line == 3);
    CHECK(diags.At(0).col == 4);
    CHECK(diags.At(0).message == "unknown key 'x'");
    CHECK_FALSE(diags.At(0).remedy.empty());  // the catalog's
    CHECK(diags.At(1).severity == SEV_ERROR);
    CHECK(diags.At(1).remedy == "custom remedy");
    CHECK(diags.At(2).severity == SEV_ADVICE);
    CHECK(diags.At(2).file.empty());
    CHECK(diags.At(2).line == 0);
  }
  SECTION("an unknown code raises an error") {
    REQUIRE(home.Driver(
        "local host = require('kindler.host')\n"
        "return { main = function()\n"
        "  local ok, err = pcall(host.report, 'KIN-999', 'f', 1, 2, 'msg')\n"
        "  assert(not ok, 'report accepted KIN-999')\n"
        "  assert(tostring(err):find('KIN-999', 1, true), tostring(err))\n"
        "  return 3\n"
        "end }\n"));
    DiagSink diags;
    CHECK(RunOnce(home, &diags, Request()) == 3);
    INFO(DescribeDiags(diags));
    CHECK(diags.Count() == 0);  // nothing was reported
  }
  SECTION("uncaught, the error ends the run with KIN-790") {
    REQUIRE(home.Driver(
        "local host = require('kindler.host')\n"
        "return { main = function()\n"
        "  host.report('KIN-998', 'f', 1, 2, 'msg')\n"
        "  return 0\n"
        "end }\n"));
    DiagSink diags;
    CHECK(RunOnce(home, &diags, Request()) == -1);
    std::string msg = Kin790(diags);
    CHECK(msg.find("KIN-998") != std::string::npos);
  }
  SECTION("missing arguments raise an error") {
    REQUIRE(home.Driver(
        "local host = require('kindler.host')\n"
        "return { main = function()\n"
        "  assert(not pcall(host.report), 'no code')\n"
        "  assert(not pcall(host.report, 'KIN-901', 'f', 1, 1), 'no message')\n"
        "  return 4\n"
        "end }\n"));
    DiagSink diags;
    CHECK(RunOnce(home, &diags, Request()) == 4);
    INFO(DescribeDiags(diags));
    CHECK(diags.Count() == 0);
  }
}

TEST_CASE("lua_bridge: host.code_info", "[lua_bridge][host]") {
  FakeHome home;
  REQUIRE(home.ok());
  REQUIRE(home.Driver(
      "local host = require('kindler.host')\n"
      "return { main = function()\n"
      "  local i = host.code_info('KIN-901')\n"
      "  assert(i.severity == 'warning' and #i.title > 0, 'KIN-901')\n"
      "  assert(host.code_info('KIN-105').severity == 'error')\n"
      "  assert(host.code_info('KIN-900').severity == 'advice')\n"
      "  assert(host.code_info('KIN-999') == nil, 'unknown')\n"
      "  return 6\n"
      "end }\n"));
  DiagSink diags;
  CHECK(RunOnce(home, &diags, Request()) == 6);
  INFO(DescribeDiags(diags));
  CHECK(diags.Count() == 0);
}

TEST_CASE("lua_bridge: host.load_text loads text and refuses bytecode",
          "[lua_bridge][host]") {
  FakeHome home;
  REQUIRE(home.ok());
  REQUIRE(testutil::WriteRaw(home / "hint.lua", "return { n = 20 }\n"));
  REQUIRE(testutil::WriteRaw(home / "hint.bin", Bytecode("return { n = 1 }")));
  REQUIRE(home.Driver(
      "local host = require('kindler.host')\n"
      "return { main = function(r)\n"
      "  local f, err = host.load_text(r.operands[1], '@hint.lua')\n"
      "  assert(f, 'text refused: ' .. tostring(err))\n"
      "  local g, gerr = host.load_text(r.operands[2])\n"
      "  assert(g == nil, 'bytecode loaded')\n"
      "  assert(gerr:find('bytecode'), gerr)\n"
      "  return f().n + 1\n"
      "end }\n"));
  std::vector<std::string> ops;
  ops.push_back(home / "hint.lua");
  ops.push_back(home / "hint.bin");
  DiagSink diags;
  CHECK(RunOnce(home, &diags, Request(ops)) == 21);
  INFO(DescribeDiags(diags));
  CHECK(diags.Count() == 0);
}

TEST_CASE("lua_bridge: host file and environment helpers",
          "[lua_bridge][host]") {
  FakeHome home;
  REQUIRE(home.ok());
  REQUIRE(home.Driver(
      "local host = require('kindler.host')\n"
      "return { main = function(r)\n"
      "  local base = r.operands[1]\n"
      "  assert(host.mkdirs(base .. '/x/y'), 'mkdirs')\n"
      "  assert(host.write_file(base .. '/x/b', 'bb'))\n"
      "  assert(host.write_file(base .. '/x/a', 'a'))\n"
      "  local names = host.list_dir(base .. '/x')\n"
      "  assert(#names == 3 and names[1] == 'a' and names[2] == 'b' and\n"
      "         names[3] == 'y', 'list_dir')\n"
      "  local st = host.stat(base .. '/x/b')\n"
      "  assert(st.type == 'file' and st.size == 2, 'stat file')\n"
      "  assert(host.stat(base .. '/x/y').type == 'dir', 'stat dir')\n"
      "  assert(host.stat(base .. '/none') == nil, 'stat missing')\n"
      "  assert(host.remove(base .. '/x/a'), 'remove')\n"
      "  assert(host.remove(base .. '/x/a'), 'remove missing')\n"
      "  assert(host.stat(base .. '/x/a') == nil, 'removed')\n"
      "  local none, err = host.list_dir(base .. '/none')\n"
      "  assert(none == nil and type(err) == 'string', 'list missing')\n"
      "  assert(host.getenv('KINDLER_UNIT_SURELY_UNSET_VAR') == nil)\n"
      "  assert(host.getenv('PATH'), 'PATH')\n"
      "  assert(host.cwd():sub(1, 1) == '/', 'cwd')\n"
      "  assert(host.which('sh'), 'which sh')\n"
      "  assert(host.which('no-such-program-kindler-unit') == nil)\n"
      "  return 8\n"
      "end }\n"));
  DiagSink diags;
  CHECK(RunOnce(home, &diags,
                Request(std::vector<std::string>(1, home.path()))) == 8);
  INFO(DescribeDiags(diags));
  CHECK(diags.Count() == 0);
}
