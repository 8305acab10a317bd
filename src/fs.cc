/* fs.cc: POSIX implementation of fs.h. */
#include "fs.h"

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <set>

#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

/* No input Kindler reads (project file, hint, module, cache) may be
** larger: kindler(1), LIMITS. */
static const long kMaxInputBytes = 64L * 1024 * 1024;

static std::string Describe(const std::string& path, const char* what) {
  return path + ": " + what + ": " + std::strerror(errno);
}

bool ReadFile(const std::string& path, std::string* contents,
              std::string* error) {
  contents->clear();
  /* O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused
  ** below, as is every file that is not a regular one. */
  int fd = open(path.c_str(), O_RDONLY | O_NONBLOCK);
  if (fd < 0) {
    *error = Describe(path, "cannot open");
    return false;
  }
  struct stat st;
  if (fstat(fd, &st) != 0) {
    *error = Describe(path, "cannot examine");
    close(fd);
    return false;
  }
  if (!S_ISREG(st.st_mode)) {
    close(fd);
    *error = path + (S_ISDIR(st.st_mode) ? ": is a directory, not a file"
                                         : ": is not a regular file");
    return false;
  }
  if (st.st_size > kMaxInputBytes) {
    close(fd);
    *error = path + ": is larger than 64 MiB, the limit for any input";
    return false;
  }
  fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);
  char buf[65536];
  for (;;) {
    ssize_t n = read(fd, buf, sizeof buf);
    if (n == 0) break;
    if (n < 0) {
      if (errno == EINTR) continue;
      *error = Describe(path, "cannot read");
      close(fd);
      return false;
    }
    contents->append(buf, static_cast<size_t>(n));
    if (contents->size() > static_cast<size_t>(kMaxInputBytes)) {
      close(fd);
      contents->clear();
      *error = path + ": grew past 64 MiB, the limit for any input, while "
               "it was read";
      return false;
    }
  }
  close(fd);
  return true;
}

static bool WriteAll(int fd, const std::string& data) {
  size_t done = 0;
  while (done < data.size()) {
    ssize_t n = write(fd, data.data() + done, data.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    done += static_cast<size_t>(n);
  }
  return true;
}

/* The temporaries StageFile makes for "base" are "base.tmp.PID.N". Those
** of a process that is gone (a killed export or bootstrap) were never
** renamed into place: they are removed from a directory the first time
** this process writes there (one listing per directory and run: an export
** writes thousands of files into hundreds of directories). */
static void RemoveStaleTemporaries(const std::string& dir) {
  static std::set<std::string> swept;
  if (!swept.insert(dir).second)
    return;
  std::vector<std::string> names;
  std::string ignored;
  if (!ListDir(dir, &names, &ignored))
    return;
  for (size_t i = 0; i < names.size(); ++i) {
    const std::string& name = names[i];
    std::string::size_type at = name.rfind(".tmp.");
    if (at == std::string::npos || at == 0)
      continue;
    const char* digits = name.c_str() + at + 5;
    char* end = 0;
    long pid = std::strtol(digits, &end, 10);
    if (end == digits || pid <= 0)
      continue;
    if (*end == '.') {  /* "PID.N"; earlier builds wrote "PID" alone */
      const char* serial = end + 1;
      std::strtol(serial, &end, 10);
      if (end == serial)
        continue;
    }
    if (*end != 0)
      continue;
    if (kill(static_cast<pid_t>(pid), 0) == 0 || errno != ESRCH)
      continue;
    unlink(JoinPath(dir, name).c_str());
  }
}

/* Creates a temporary beside path that did not exist before: O_EXCL (and
** O_NOFOLLOW) so that nothing planted at the name, a symbolic link above
** all, is ever followed or truncated. */
static int CreateTemporary(const std::string& path, std::string* tmp) {
  int flags = O_WRONLY | O_CREAT | O_EXCL;
#ifdef O_NOFOLLOW
  flags |= O_NOFOLLOW;
#endif
  for (int attempt = 0; attempt < 100; ++attempt) {
    char suffix[64];
    std::sprintf(suffix, ".tmp.%ld.%d", static_cast<long>(getpid()), attempt);
    *tmp = path + suffix;
    int fd = open(tmp->c_str(), flags, 0600);
    if (fd >= 0 || errno != EEXIST)
      return fd;
  }
  return -1;
}

bool StageFile(const std::string& path, const std::string& contents,
               unsigned mode, bool durable, std::string* tmp,
               std::string* error) {
  RemoveStaleTemporaries(DirName(path));
  int fd = CreateTemporary(path, tmp);
  if (fd < 0) {
    *error = Describe(*tmp, "cannot create");
    return false;
  }
  bool written = WriteAll(fd, contents) && (!durable || fsync(fd) == 0) &&
                 fchmod(fd, static_cast<mode_t>(mode)) == 0;
  if (close(fd) != 0)
    written = false;
  if (!written) {
    *error = Describe(*tmp, "cannot write");
    unlink(tmp->c_str());
  }
  return written;
}

bool RenameFile(const std::string& from, const std::string& to,
                std::string* error) {
  if (rename(from.c_str(), to.c_str()) != 0) {
    *error = Describe(to, "cannot replace");
    return false;
  }
  return true;
}

bool WriteFileAtomic(const std::string& path, const std::string& contents,
                     unsigned mode, bool* changed, std::string* error,
                     bool durable, bool always) {
  std::string old, ignored, tmp;
  *changed = false;
  if (!always && ReadFile(path, &old, &ignored) && old == contents)
    return true;
  if (!StageFile(path, contents, mode, durable, &tmp, error))
    return false;
  if (!RenameFile(tmp, path, error)) {
    unlink(tmp.c_str());
    return false;
  }
  *changed = true;
  return true;
}

FileInfo StatPath(const std::string& path, bool nofollow) {
  FileInfo info;
  struct stat st;
  std::memset(&info, 0, sizeof info);
  if ((nofollow ? lstat(path.c_str(), &st) : stat(path.c_str(), &st)) != 0)
    return info;
  info.exists = true;
  info.is_link = S_ISLNK(st.st_mode);
  info.is_dir = S_ISDIR(st.st_mode);
  info.is_file = S_ISREG(st.st_mode);
  info.size = static_cast<double>(st.st_size);
  info.mtime = static_cast<double>(st.st_mtime);
  info.mode = static_cast<unsigned>(st.st_mode & 07777);
  info.uid = static_cast<unsigned long>(st.st_uid);
  return info;
}

bool MakeDirs(const std::string& path, std::string* error) {
  if (path.empty() || StatPath(path).is_dir)
    return true;
  std::string parent = DirName(path);
  if (parent != path && !MakeDirs(parent, error))
    return false;
  if (mkdir(path.c_str(), 0755) != 0 &&
      (errno != EEXIST || !StatPath(path).is_dir)) {
    *error = Describe(path, "cannot create directory");
    return false;
  }
  return true;
}

bool ListDir(const std::string& path, std::vector<std::string>* names,
             std::string* error) {
  names->clear();
  DIR* dir = opendir(path.c_str());
  if (!dir) {
    *error = Describe(path, "cannot list");
    return false;
  }
  for (;;) {
    errno = 0;
    struct dirent* e = readdir(dir);
    if (!e) break;
    std::string name = e->d_name;
    if (name != "." && name != "..")
      names->push_back(name);
  }
  /* readdir answers NULL at the end and on an error (EOVERFLOW, say, for a
  ** 32-bit build without large-file support): only errno tells which. */
  if (errno != 0) {
    *error = Describe(path, "cannot list");
    closedir(dir);
    return false;
  }
  closedir(dir);
  std::sort(names->begin(), names->end());
  return true;
}

bool RemoveFile(const std::string& path, std::string* error) {
  if (unlink(path.c_str()) != 0 && errno != ENOENT) {
    *error = Describe(path, "cannot remove");
    return false;
  }
  return true;
}

std::string DirName(const std::string& path) {
  std::string::size_type slash = path.find_last_of('/');
  if (slash == std::string::npos)
    return ".";
  if (slash == 0)
    return "/";
  return path.substr(0, slash);
}

std::string JoinPath(const std::string& dir, const std::string& name) {
  if (dir.empty() || dir == "." || (!name.empty() && name[0] == '/'))
    return name;
  if (dir[dir.size() - 1] == '/')
    return dir + name;
  return dir + "/" + name;
}

std::string CurrentDir() {
  std::vector<char> buf(4096);
  while (getcwd(&buf[0], buf.size()) == NULL) {
    if (errno != ERANGE)
      return ".";
    buf.resize(buf.size() * 2);
  }
  return &buf[0];
}

std::string RealPath(const std::string& path) {
  char buf[PATH_MAX + 1];
  if (realpath(path.c_str(), buf) == NULL)
    return "";
  return buf;
}

bool ChangeDir(const std::string& path, std::string* error) {
  if (chdir(path.c_str()) != 0) {
    *error = Describe(path, "cannot change directory");
    return false;
  }
  return true;
}

std::string FindOnPath(const std::string& name) {
  if (name.find('/') != std::string::npos)
    return access(name.c_str(), X_OK) == 0 ? name : "";
  const char* env = std::getenv("PATH");
  std::string path = env ? env : "/usr/bin:/bin";
  std::string::size_type start = 0;
  for (;;) {
    std::string::size_type colon = path.find(':', start);
    std::string dir = path.substr(start, colon == std::string::npos
                                             ? std::string::npos
                                             : colon - start);
    std::string candidate = JoinPath(dir.empty() ? "." : dir, name);
    FileInfo info = StatPath(candidate);
    if (info.is_file && access(candidate.c_str(), X_OK) == 0)
      return candidate;
    if (colon == std::string::npos)
      return "";
    start = colon + 1;
  }
}
