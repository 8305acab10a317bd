/* home.h: where Kindler's data directory (lua/ and hints/) is. */
#ifndef KINDLER_HOME_H
#define KINDLER_HOME_H

#include <string>

/* KINDLER_HOME when set; else the source tree the program was built in, when
** run uninstalled; else PREFIX/share/kindler beside the installed program;
** else the data directory configured at build time. "" when none holds
** lua/kindler/command/kindler/main.lua (or KINDLER_HOME is set and does
** not). argv0 is the program's argv[0]. */
std::string FindHome(const char* argv0);
/* How to run this program again from any directory: the absolute path of
** argv0 when it names one, else argv0 itself (a name found on PATH). */
std::string ProgramPath(const char* argv0);
/* Why FindHome found nothing, for the KIN-706 diagnostic. */
std::string HomeProblem();

#endif
