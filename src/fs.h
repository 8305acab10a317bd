/* fs.h: the file system as Kindler needs it: whole-file reads, atomic
** writes that leave the old file on failure, and small path helpers.
** Functions that can fail return false and fill *error. */
#ifndef KINDLER_FS_H
#define KINDLER_FS_H

#include <string>
#include <vector>

struct FileInfo {
  bool exists;
  bool is_dir;
  bool is_file;
  bool is_link;     /* only from StatPath's nofollow form */
  double size;
  double mtime;     /* seconds since the epoch */
  unsigned mode;    /* permission bits */
  unsigned long uid;
};

bool ReadFile(const std::string& path, std::string* contents,
              std::string* error);
/* Writes through a temporary file in the same directory and rename, so a
** reader sees the old file or the new one, never a part. `durable` adds an
** fsync before the rename (caches: they must survive a crash; build files
** are rewritten by the next export anyway). When the file already holds
** exactly these bytes it is left untouched and *changed is false, unless
** `always` asks for a new file all the same (its time then tells make
** when it was written). */
bool WriteFileAtomic(const std::string& path, const std::string& contents,
                     unsigned mode, bool* changed, std::string* error,
                     bool durable = true, bool always = false);
/* The first half of WriteFileAtomic: writes contents to a fresh temporary
** beside path ("path.tmp.PID.N", created with O_EXCL and O_NOFOLLOW),
** named in *tmp, for RenameFile to put in place. An export stages all its
** files before it renames any (lua/kindler/commit.lua). */
bool StageFile(const std::string& path, const std::string& contents,
               unsigned mode, bool durable, std::string* tmp,
               std::string* error);
bool RenameFile(const std::string& from, const std::string& to,
                std::string* error);
/* stat(2) of path; with nofollow, lstat(2): a symbolic link is is_link
** and not followed. */
FileInfo StatPath(const std::string& path, bool nofollow = false);
/* Creates path and its missing parents with mode 0755. */
bool MakeDirs(const std::string& path, std::string* error);
/* Names in a directory, sorted, without "." and "..". */
bool ListDir(const std::string& path, std::vector<std::string>* names,
             std::string* error);
bool RemoveFile(const std::string& path, std::string* error);
std::string DirName(const std::string& path);
std::string JoinPath(const std::string& dir, const std::string& name);
std::string CurrentDir();
/* path with every symbolic link, "." and ".." resolved, or "" when it
** cannot be (it does not exist). */
std::string RealPath(const std::string& path);
bool ChangeDir(const std::string& path, std::string* error);
/* The full path of an executable named on PATH, or "" */
std::string FindOnPath(const std::string& name);

#endif
