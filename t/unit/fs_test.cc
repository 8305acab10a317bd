// fs_test.cc: whole-file reads, atomic writes (changed, untouched, mode,
// failure leaves the old file), directories, path helpers, PATH lookup
// (src/fs.cc). Every test works in its own temporary directory.
#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <utime.h>

#include <cstdlib>
#include <string>
#include <vector>

#include "fs.h"
#include "testutil.h"

using testutil::TempDir;

namespace {

void SetMtime(const std::string& path, time_t when) {
  struct utimbuf t;
  t.actime = when;
  t.modtime = when;
  REQUIRE(utime(path.c_str(), &t) == 0);
}

// Names in dir other than the expected ones (leftover temporary files).
std::vector<std::string> Names(const std::string& dir) {
  std::vector<std::string> names;
  std::string error;
  REQUIRE(ListDir(dir, &names, &error));
  return names;
}

// Restores an environment variable at the end of a scope.
class EnvGuard {
 public:
  explicit EnvGuard(const char* name) : name_(name) {
    const char* v = std::getenv(name);
    had_ = v != NULL;
    if (had_) value_ = v;
  }
  ~EnvGuard() {
    if (had_) setenv(name_, value_.c_str(), 1);
    else unsetenv(name_);
  }

 private:
  const char* name_;
  bool had_;
  std::string value_;
};

}  // namespace

TEST_CASE("fs: ReadFile reads bytes exactly, including NUL and >64 KiB",
          "[fs]") {
  TempDir tmp;
  REQUIRE_FALSE(tmp.path().empty());
  std::string data;
  for (int i = 0; i < 200000; ++i) data += static_cast<char>(i * 7 % 256);
  REQUIRE(testutil::WriteRaw(tmp / "f", data));
  std::string got, error;
  REQUIRE(ReadFile(tmp / "f", &got, &error));
  CHECK(got.size() == data.size());
  CHECK((got == data));  // not decomposed: no 200 KB message

  REQUIRE(testutil::WriteRaw(tmp / "empty", ""));
  got = "stale";
  REQUIRE(ReadFile(tmp / "empty", &got, &error));
  CHECK(got.empty());
}

TEST_CASE("fs: ReadFile of a directory or a missing file fails with a "
          "message",
          "[fs]") {
  TempDir tmp;
  std::string got, error;
  CHECK_FALSE(ReadFile(tmp.path(), &got, &error));
  CHECK(error.find(tmp.path()) != std::string::npos);
  CHECK(error.find("directory") != std::string::npos);

  error.clear();
  CHECK_FALSE(ReadFile(tmp / "missing", &got, &error));
  CHECK(error.find(tmp / "missing") != std::string::npos);
  CHECK(error.size() > (tmp / "missing").size());
}

TEST_CASE("fs: WriteFileAtomic writes a new file, reports changed, applies "
          "the mode",
          "[fs]") {
  TempDir tmp;
  bool changed = false;
  std::string error;
  REQUIRE(WriteFileAtomic(tmp / "out", "hello\n", 0640, &changed, &error));
  CHECK(changed);
  CHECK(testutil::ReadRaw(tmp / "out") == "hello\n");
  FileInfo info = StatPath(tmp / "out");
  CHECK(info.is_file);
  CHECK(info.mode == 0640u);
  CHECK(info.size == 6);

  // The umask does not take bits away from the mode asked for.
  mode_t old_mask = umask(077);
  bool ok = WriteFileAtomic(tmp / "exe", "#!/bin/sh\n", 0755, &changed, &error);
  umask(old_mask);
  REQUIRE(ok);
  CHECK(StatPath(tmp / "exe").mode == 0755u);

  // Binary content with NUL bytes; an empty file.
  std::string bin("a\0b\0", 4);
  REQUIRE(WriteFileAtomic(tmp / "bin", bin, 0644, &changed, &error));
  CHECK(testutil::ReadRaw(tmp / "bin") == bin);
  REQUIRE(WriteFileAtomic(tmp / "empty", "", 0644, &changed, &error));
  CHECK(changed);
  CHECK(StatPath(tmp / "empty").is_file);
  CHECK(StatPath(tmp / "empty").size == 0);

  // No temporary file is left behind.
  std::vector<std::string> names = Names(tmp.path());
  CHECK(names == std::vector<std::string>({"bin", "empty", "exe", "out"}));
}

TEST_CASE("fs: WriteFileAtomic leaves an identical file untouched", "[fs]") {
  TempDir tmp;
  bool changed = true;
  std::string error;
  const std::string path = tmp / "same";
  REQUIRE(WriteFileAtomic(path, "content", 0644, &changed, &error));
  REQUIRE(changed);
  SetMtime(path, 1000000000);
  struct stat before;
  REQUIRE(stat(path.c_str(), &before) == 0);

  changed = true;
  REQUIRE(WriteFileAtomic(path, "content", 0644, &changed, &error));
  CHECK_FALSE(changed);
  struct stat after;
  REQUIRE(stat(path.c_str(), &after) == 0);
  CHECK(after.st_mtime == 1000000000);
  CHECK(StatPath(path).mtime == 1000000000.0);
  CHECK(after.st_ino == before.st_ino);  // not replaced by a rename
  CHECK(testutil::ReadRaw(path) == "content");

  // Different bytes (even only longer) replace it.
  REQUIRE(WriteFileAtomic(path, "content!", 0644, &changed, &error));
  CHECK(changed);
  CHECK(testutil::ReadRaw(path) == "content!");
  CHECK(StatPath(path).mtime != 1000000000.0);
  REQUIRE(WriteFileAtomic(path, "", 0644, &changed, &error));
  CHECK(changed);
  CHECK(testutil::ReadRaw(path) == "");
  CHECK(Names(tmp.path()) == std::vector<std::string>({"same"}));
}

TEST_CASE("fs: WriteFileAtomic replaces a file through a rename", "[fs]") {
  TempDir tmp;
  const std::string path = tmp / "f";
  REQUIRE(testutil::WriteRaw(path, "old"));
  // A hard link keeps the old inode: an atomic write leaves it alone
  // (an in-place rewrite would change both names).
  REQUIRE(link(path.c_str(), (tmp / "link").c_str()) == 0);
  bool changed = false;
  std::string error;
  REQUIRE(WriteFileAtomic(path, "new", 0644, &changed, &error));
  CHECK(changed);
  CHECK(testutil::ReadRaw(path) == "new");
  CHECK(testutil::ReadRaw(tmp / "link") == "old");
}

TEST_CASE("fs: a failed WriteFileAtomic leaves the old file intact", "[fs]") {
  TempDir tmp;
  bool changed = false;
  std::string error;

  SECTION("the directory is not writable") {
    // Directory permissions do not stop root: as root this section checks
    // nothing (the next section covers the same failure as root too).
    if (geteuid() == 0) return;
    const std::string dir = tmp / "ro";
    REQUIRE(testutil::MkDir(dir));
    REQUIRE(testutil::WriteRaw(dir + "/f", "old"));
    REQUIRE(chmod(dir.c_str(), 0555) == 0);
    bool ok = WriteFileAtomic(dir + "/f", "new", 0644, &changed, &error);
    chmod(dir.c_str(), 0755);
    CHECK_FALSE(ok);
    CHECK_FALSE(changed);
    CHECK_FALSE(error.empty());
    CHECK(testutil::ReadRaw(dir + "/f") == "old");
    CHECK(Names(dir) == std::vector<std::string>({"f"}));
  }

  SECTION("no temporary file can be created (works as root too)") {
    // The temporaries are "<path>.tmp.<pid>.<n>", n from 0 to 99, each
    // created only if it did not exist: directories at every name make
    // creating one fail, as an unwritable directory would.
    const std::string path = tmp / "f";
    REQUIRE(testutil::WriteRaw(path, "old"));
    for (int n = 0; n < 100; ++n)
      REQUIRE(testutil::MkDir(path + ".tmp." + std::to_string(getpid()) +
                              "." + std::to_string(n)));
    bool ok = WriteFileAtomic(path, "new", 0644, &changed, &error);
    CHECK_FALSE(ok);
    CHECK_FALSE(changed);
    CHECK_FALSE(error.empty());
    CHECK(testutil::ReadRaw(path) == "old");
  }

  SECTION("the target is a directory") {
    const std::string path = tmp / "d";
    REQUIRE(testutil::MkDir(path));
    REQUIRE(testutil::WriteRaw(path + "/inside", "x"));
    bool ok = WriteFileAtomic(path, "new", 0644, &changed, &error);
    CHECK_FALSE(ok);
    CHECK_FALSE(error.empty());
    CHECK(StatPath(path).is_dir);
    CHECK(testutil::ReadRaw(path + "/inside") == "x");
    // The temporary file is cleaned up.
    CHECK(Names(tmp.path()) == std::vector<std::string>({"d"}));
  }

  SECTION("the parent directory does not exist") {
    bool ok = WriteFileAtomic(tmp / "no/such/f", "new", 0644, &changed,
                              &error);
    CHECK_FALSE(ok);
    CHECK(error.find("no/such") != std::string::npos);
  }
}

TEST_CASE("fs: WriteFileAtomic never follows what was planted at its "
          "temporary name",
          "[fs]") {
  // A symbolic link at the first temporary name, pointing outside: the
  // write goes to a fresh name, the file it points to keeps its bytes and
  // mode, and the link is left as it was.
  TempDir tmp;
  REQUIRE(testutil::MkDir(tmp / "build"));
  const std::string victim = tmp / "victim";
  REQUIRE(testutil::WriteRaw(victim, "precious"));
  REQUIRE(chmod(victim.c_str(), 0600) == 0);
  const std::string path = tmp / "build/Makefile";
  const std::string planted = path + ".tmp." + std::to_string(getpid()) + ".0";
  REQUIRE(symlink(victim.c_str(), planted.c_str()) == 0);
  bool changed = false;
  std::string error;
  REQUIRE(WriteFileAtomic(path, "all:\n", 0644, &changed, &error));
  CHECK(changed);
  CHECK(testutil::ReadRaw(path) == "all:\n");
  CHECK(testutil::ReadRaw(victim) == "precious");
  CHECK(StatPath(victim).mode == 0600);
  struct stat st;
  REQUIRE(lstat(planted.c_str(), &st) == 0);
  CHECK(S_ISLNK(st.st_mode));
}

TEST_CASE("fs: WriteFileAtomic removes the temporaries of a process that "
          "is gone from the directory it writes in, and only those",
          "[fs]") {
  TempDir tmp;
  // The number of a process that has ended: a child, waited for.
  pid_t dead = fork();
  REQUIRE(dead >= 0);
  if (dead == 0) _exit(0);
  REQUIRE(waitpid(dead, NULL, 0) == dead);
  const std::string path = tmp / "f";
  const std::string stale = path + ".tmp." + std::to_string(dead) + ".0";
  const std::string old_form = path + ".tmp." + std::to_string(dead);
  const std::string live = path + ".tmp." + std::to_string(getppid()) + ".3";
  const std::string other = tmp / "g.tmp." + std::to_string(dead) + ".0";
  const std::string other_live = tmp / "g.tmp." + std::to_string(getppid()) + ".0";
  const std::string users = tmp / "notes.tmp.txt";
  const std::string users_too = tmp / "x.tmp.1.2.old";
  for (const std::string& p : {stale, old_form, live, other, other_live, users, users_too})
    REQUIRE(testutil::WriteRaw(p, "partial"));
  bool changed = false;
  std::string error;
  REQUIRE(WriteFileAtomic(path, "new", 0644, &changed, &error));
  CHECK_FALSE(StatPath(stale).exists);
  CHECK_FALSE(StatPath(old_form).exists);
  CHECK(StatPath(live).exists);    // its writer may still be at work
  CHECK_FALSE(StatPath(other).exists);  // another file's, its writer gone
  CHECK(StatPath(other_live).exists);
  CHECK(StatPath(users).exists);   // not of the temporaries' form
  CHECK(StatPath(users_too).exists);
}

TEST_CASE("fs: ReadFile refuses what is not a regular file, at once",
          "[fs]") {
  // A FIFO with no writer would block an open for reading, /dev/zero never
  // ends: both are refused before a byte is read.
  TempDir tmp;
  const std::string fifo = tmp / "fifo";
  REQUIRE(mkfifo(fifo.c_str(), 0600) == 0);
  std::string got, error;
  CHECK_FALSE(ReadFile(fifo, &got, &error));
  CHECK(error.find("not a regular file") != std::string::npos);
  error.clear();
  CHECK_FALSE(ReadFile("/dev/zero", &got, &error));
  CHECK(error.find("not a regular file") != std::string::npos);
  CHECK(got.empty());
}

TEST_CASE("fs: StatPath", "[fs]") {
  TempDir tmp;
  FileInfo none = StatPath(tmp / "missing");
  CHECK_FALSE(none.exists);
  CHECK_FALSE(none.is_file);
  CHECK_FALSE(none.is_dir);
  FileInfo dir = StatPath(tmp.path());
  CHECK(dir.exists);
  CHECK(dir.is_dir);
  CHECK_FALSE(dir.is_file);
  CHECK(dir.uid == static_cast<unsigned long>(geteuid()));
  REQUIRE(testutil::WriteRaw(tmp / "f", "12345"));
  REQUIRE(chmod((tmp / "f").c_str(), 0604) == 0);
  FileInfo f = StatPath(tmp / "f");
  CHECK(f.is_file);
  CHECK(f.size == 5);
  CHECK(f.mode == 0604u);
}

TEST_CASE("fs: MakeDirs creates nested directories", "[fs]") {
  TempDir tmp;
  std::string error;
  REQUIRE(MakeDirs(tmp / "a/b/c/d", &error));
  CHECK(StatPath(tmp / "a").is_dir);
  CHECK(StatPath(tmp / "a/b/c/d").is_dir);
  CHECK((StatPath(tmp / "a/b/c/d").mode & 0777) != 0);
  // Again: nothing to do.
  REQUIRE(MakeDirs(tmp / "a/b/c/d", &error));
  // Part of the path exists; a trailing slash.
  REQUIRE(MakeDirs(tmp / "a/b/x/y/", &error));
  CHECK(StatPath(tmp / "a/b/x/y").is_dir);
  // The empty path.
  CHECK(MakeDirs("", &error));
  // A file in the way.
  REQUIRE(testutil::WriteRaw(tmp / "file", "x"));
  error.clear();
  CHECK_FALSE(MakeDirs(tmp / "file/sub", &error));
  CHECK_FALSE(error.empty());
}

TEST_CASE("fs: MakeDirs of a path that is a file fails",
          "[fs]") {
  // mkdir fails with EEXIST, which MakeDirs takes for "already there"
  // without checking that what is there is a directory.
  TempDir tmp;
  std::string error;
  REQUIRE(testutil::WriteRaw(tmp / "file", "x"));
  CHECK_FALSE(MakeDirs(tmp / "file", &error));
  CHECK_FALSE(error.empty());
  CHECK_FALSE(MakeDirs(tmp / "file/", &error));
}

TEST_CASE("fs: MakeDirs with a relative path", "[fs]") {
  TempDir tmp;
  std::string saved = CurrentDir();
  std::string error;
  REQUIRE(ChangeDir(tmp.path(), &error));
  bool ok = MakeDirs("rel/sub", &error);
  REQUIRE(ChangeDir(saved, &error));
  CHECK(ok);
  CHECK(StatPath(tmp / "rel/sub").is_dir);
}

TEST_CASE("fs: ListDir lists names sorted, without . and ..", "[fs]") {
  TempDir tmp;
  const char* names[] = {"b", "a.txt", "C", "a", "_z", "10", "9"};
  for (const char* n : names) REQUIRE(testutil::WriteRaw(tmp / n, "x"));
  REQUIRE(testutil::MkDir(tmp / "dir"));
  std::vector<std::string> got;
  std::string error;
  REQUIRE(ListDir(tmp.path(), &got, &error));
  CHECK(got == std::vector<std::string>(
                   {"10", "9", "C", "_z", "a", "a.txt", "b", "dir"}));

  got.push_back("stale");
  REQUIRE(ListDir(tmp / "dir", &got, &error));
  CHECK(got.empty());

  CHECK_FALSE(ListDir(tmp / "missing", &got, &error));
  CHECK(error.find("missing") != std::string::npos);
}

TEST_CASE("fs: RemoveFile", "[fs]") {
  TempDir tmp;
  std::string error;
  REQUIRE(testutil::WriteRaw(tmp / "f", "x"));
  CHECK(RemoveFile(tmp / "f", &error));
  CHECK_FALSE(StatPath(tmp / "f").exists);
  CHECK(RemoveFile(tmp / "f", &error));  // missing is fine
  REQUIRE(testutil::MkDir(tmp / "d"));
  CHECK_FALSE(RemoveFile(tmp / "d", &error));
  CHECK_FALSE(error.empty());
}

TEST_CASE("fs: DirName", "[fs]") {
  CHECK(DirName("a/b") == "a");
  CHECK(DirName("a/b/c.txt") == "a/b");
  CHECK(DirName("/a/b") == "/a");
  CHECK(DirName("/a") == "/");
  CHECK(DirName("/") == "/");
  CHECK(DirName("a") == ".");
  CHECK(DirName("") == ".");
  CHECK(DirName("./x") == ".");
  CHECK(DirName("../x") == "..");
}

TEST_CASE("fs: JoinPath", "[fs]") {
  CHECK(JoinPath("a", "b") == "a/b");
  CHECK(JoinPath("a/", "b") == "a/b");
  CHECK(JoinPath("/", "b") == "/b");
  CHECK(JoinPath("/usr", "lib/x.so") == "/usr/lib/x.so");
  CHECK(JoinPath("", "b") == "b");
  CHECK(JoinPath(".", "b") == "b");
  CHECK(JoinPath("a", "/abs") == "/abs");
  CHECK(JoinPath("a/b", "../c") == "a/b/../c");
  // Round trip with DirName.
  CHECK(DirName(JoinPath("x/y", "z")) == "x/y");
}

TEST_CASE("fs: CurrentDir and ChangeDir", "[fs]") {
  TempDir tmp;
  std::string saved = CurrentDir();
  REQUIRE(saved[0] == '/');
  std::string error;
  REQUIRE(ChangeDir(tmp.path(), &error));
  std::string here = CurrentDir();
  REQUIRE(ChangeDir(saved, &error));
  char* real = realpath(tmp.path().c_str(), NULL);
  REQUIRE(real != NULL);
  CHECK(here == real);
  std::free(real);
  CHECK_FALSE(ChangeDir(tmp / "missing", &error));
  CHECK(error.find("missing") != std::string::npos);
  CHECK(CurrentDir() == saved);
}

TEST_CASE("fs: FindOnPath", "[fs]") {
  std::string sh = FindOnPath("sh");
  REQUIRE_FALSE(sh.empty());
  CHECK(sh[0] == '/');
  CHECK(sh.size() > 3);
  CHECK(sh.compare(sh.size() - 3, 3, "/sh") == 0);
  CHECK(access(sh.c_str(), X_OK) == 0);

  CHECK(FindOnPath("no-such-program-kindler-unit") == "");
  CHECK(FindOnPath("/bin/sh") == "/bin/sh");
  CHECK(FindOnPath("/no/such/program") == "");
}

TEST_CASE("fs: FindOnPath skips directories and files that are not "
          "executable, in PATH order",
          "[fs]") {
  TempDir tmp;
  EnvGuard guard("PATH");
  REQUIRE(testutil::MkDir(tmp / "d1"));
  REQUIRE(testutil::MkDir(tmp / "d2"));
  REQUIRE(testutil::MkDir(tmp / "d3"));
  REQUIRE(testutil::MkDir(tmp / "d1/tool"));            // a directory
  REQUIRE(testutil::WriteRaw(tmp / "d2/tool", "x"));    // not executable
  REQUIRE(chmod((tmp / "d2/tool").c_str(), 0644) == 0);
  REQUIRE(testutil::WriteRaw(tmp / "d3/tool", "#!/bin/sh\n"));
  REQUIRE(chmod((tmp / "d3/tool").c_str(), 0755) == 0);
  std::string path = tmp / "d1" + ":" + tmp / "d2" + ":" + tmp / "d3";
  setenv("PATH", path.c_str(), 1);
  CHECK(FindOnPath("tool") == tmp / "d3/tool");
  // An empty PATH entry is the current directory.
  setenv("PATH", (tmp / "d1" + "::").c_str(), 1);
  std::string saved = CurrentDir();
  std::string error;
  REQUIRE(ChangeDir(tmp / "d3", &error));
  std::string found = FindOnPath("tool");
  REQUIRE(ChangeDir(saved, &error));
  // Found in the current directory (named relative to it).
  CHECK((found == "tool" || found == "./tool"));
}
