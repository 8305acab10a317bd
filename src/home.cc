/* home.cc: finding the data directory, so that an installed Kindler can be
** moved to another prefix and an uninstalled one runs from its tree. */
#include "home.h"

#include <cstdlib>

#include "fs.h"

#ifndef KINDLER_DATADIR
#define KINDLER_DATADIR "/usr/local/share/kindler"
#endif

/* The file whose presence makes a directory Kindler's data directory: the
** entry point of the kindler command. */
#define HOME_MARK "lua/kindler/command/kindler/main.lua"

static bool HoldsKindler(const std::string& dir) {
  return StatPath(JoinPath(dir, HOME_MARK)).is_file;
}

std::string HomeProblem() {
  const char* env = std::getenv("KINDLER_HOME");
  if (env && *env)
    return std::string("KINDLER_HOME is ") + env +
           ", which holds no " HOME_MARK;
  return "cannot find Kindler's Lua modules (" HOME_MARK ") beside "
         "the program or in " KINDLER_DATADIR;
}

std::string FindHome(const char* argv0) {
  const char* env = std::getenv("KINDLER_HOME");
  if (env && *env)
    return HoldsKindler(env) ? env : "";
  std::string exe = argv0 ? argv0 : "";
  if (exe.find('/') == std::string::npos)
    exe = FindOnPath(exe);
  if (!exe.empty()) {
    std::string dir = DirName(exe);
    if (dir[0] != '/')
      dir = dir == "." ? CurrentDir() : JoinPath(CurrentDir(), dir);
    if (HoldsKindler(dir))
      return dir;
    std::string installed = JoinPath(DirName(dir), "share/kindler");
    if (HoldsKindler(installed))
      return installed;
  }
  if (HoldsKindler(KINDLER_DATADIR))
    return KINDLER_DATADIR;
  return "";
}

std::string ProgramPath(const char* argv0) {
  std::string exe = argv0 ? argv0 : "kindler";
  if (exe.find('/') == std::string::npos)
    return exe;
  std::string dir = exe[0] == '/' ? "" : CurrentDir();
  exe = JoinPath(dir, exe);
  for (size_t at; (at = exe.find("/./")) != std::string::npos;)
    exe.erase(at, 2);
  return exe;
}
