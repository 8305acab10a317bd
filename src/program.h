/* program.h: what the main() of kindler and of kindler-bootstrap share:
** the usage error, running a Lua driver module from the data directory,
** and the end of a run, where the exit status is decided for both
** (kindler(1) and kindler-bootstrap(8), EXIT STATUS). */
#ifndef KINDLER_PROGRAM_H
#define KINDLER_PROGRAM_H

#include <string>

#include "diag.h"
#include "lua_bridge.h"

enum { EXIT_OK = 0, EXIT_FATAL = 1, EXIT_USAGE = 2, EXIT_ENVIRONMENT = 3 };

/* Prints "PROGRAM: message" and "Try 'PROGRAM --help'." on standard error;
** returns EXIT_USAGE. */
int UsageError(const char* program, const std::string& message);

/* Runs require(module).main(request) in a Lua state over the data
** directory home; reports KIN-706 instead when home is "" (FindHome found
** none). Returns the status the driver asks for, 0 when it asks for none
** or cannot run (its diagnostics then decide). */
int RunDriverModule(const std::string& home, const char* module,
                    const DriverRequest& request, DiagSink* diags);

/* Prints the diagnostics (under -Werror even when quiet) and returns the
** exit status: EXIT_USAGE when the driver asked for it, else the status
** the diagnostics decide, else the driver's own. */
int FinishRun(DiagSink* diags, int driver_status, bool quiet,
              bool warnings_are_errors);

#endif
