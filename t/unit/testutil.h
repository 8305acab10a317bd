// testutil.h: small helpers shared by the unit tests (C++11, test code only):
// a temporary directory removed at the end of its scope, whole-file I/O
// that does not go through the code under test, and a command line as
// main() gets it.
#ifndef KINDLER_TESTUTIL_H
#define KINDLER_TESTUTIL_H

#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <initializer_list>
#include <sstream>
#include <string>
#include <vector>

namespace testutil {

// Removes path and everything below it; does not follow symbolic links.
inline void RemoveTree(const std::string& path) {
  struct stat st;
  if (lstat(path.c_str(), &st) != 0) return;
  if (S_ISDIR(st.st_mode)) {
    chmod(path.c_str(), 0700);  // a test may have made it read-only
    if (DIR* d = opendir(path.c_str())) {
      while (struct dirent* e = readdir(d)) {
        std::string name = e->d_name;
        if (name != "." && name != "..") RemoveTree(path + "/" + name);
      }
      closedir(d);
    }
    rmdir(path.c_str());
  } else {
    unlink(path.c_str());
  }
}

class TempDir {
 public:
  TempDir() {
    const char* base = std::getenv("TMPDIR");
    std::string tmpl = std::string(base && *base ? base : "/tmp") +
                       "/kindler-unit.XXXXXX";
    char buf[4096];
    std::snprintf(buf, sizeof buf, "%s", tmpl.c_str());
    if (mkdtemp(buf)) path_ = buf;
  }
  ~TempDir() {
    if (!path_.empty()) RemoveTree(path_);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::string& path() const { return path_; }
  std::string operator/(const std::string& name) const {
    return path_ + "/" + name;
  }

 private:
  std::string path_;
};

// "PROGRAM ARGS...": a writable argv, NULL-terminated, as main() gets it.
class Argv {
 public:
  Argv(const char* program, std::initializer_list<const char*> args) {
    words_.push_back(program);
    for (const char* a : args) words_.push_back(a);
    for (std::string& w : words_) argv_.push_back(&w[0]);
    argv_.push_back(nullptr);
  }
  Argv(const Argv&) = delete;
  Argv& operator=(const Argv&) = delete;

  int argc() const { return static_cast<int>(words_.size()); }
  char** argv() { return &argv_[0]; }

 private:
  std::vector<std::string> words_;
  std::vector<char*> argv_;
};

inline bool WriteRaw(const std::string& path, const std::string& data) {
  std::ofstream out(path.c_str(), std::ios::binary | std::ios::trunc);
  out.write(data.data(), static_cast<std::streamsize>(data.size()));
  return static_cast<bool>(out);
}

inline std::string ReadRaw(const std::string& path) {
  std::ifstream in(path.c_str(), std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline bool MkDir(const std::string& path) {
  return mkdir(path.c_str(), 0755) == 0;
}

// A one-line, ASCII rendering of s for test messages (the TAP reporter
// prints messages on the assertion's line: a raw newline would break it).
// Long strings are cut to `max` bytes.
inline std::string Printable(const std::string& s, size_t max = 160) {
  std::string out;
  for (size_t i = 0; i < s.size() && i < max; ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    char buf[8];
    if (c == '\n') out += "\\n";
    else if (c == '\t') out += "\\t";
    else if (c == '\r') out += "\\r";
    else if (c == '\\') out += "\\\\";
    else if (c < 0x20 || c >= 0x7F) {
      std::snprintf(buf, sizeof buf, "\\x%02X", c);
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
  }
  if (s.size() > max) out += "...";
  return out;
}

}  // namespace testutil

#endif
