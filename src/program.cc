/* program.cc: the start-up and the exit status that both programs share. */
#include "program.h"

#include <cstdio>

#include "cleanup.h"
#include "home.h"

int UsageError(const char* program, const std::string& message) {
  fprintf(stderr, "%s: %s\n", program, message.c_str());
  fprintf(stderr, "Try '%s --help'.\n", program);
  return EXIT_USAGE;
}

int RunDriverModule(const std::string& home, const char* module,
                    const DriverRequest& request, DiagSink* diags) {
  if (home.empty()) {
    diags->Report("KIN-706", "", 0, 0, HomeProblem(), "");
    return EXIT_OK;
  }
  /* A signal that ends the run ends the command it runs too, and removes
  ** the probe directory (cleanup.h). */
  RemoveOnSignals();
  LuaBridge lua(home, diags);
  if (!lua.Open())
    return EXIT_OK;
  return lua.RunDriver(module, request);
}

int FinishRun(DiagSink* diags, int driver_status, bool quiet,
              bool warnings_are_errors) {
  diags->Print(stderr, quiet && !warnings_are_errors);
  if (driver_status == EXIT_USAGE)
    return EXIT_USAGE;
  int diag_status = diags->ExitStatus(warnings_are_errors);
  if (diag_status != EXIT_OK)
    return diag_status;
  return driver_status > 0 ? driver_status : EXIT_OK;
}
