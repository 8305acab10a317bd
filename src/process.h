/* process.h: running a program and capturing what it prints, for the
** bootstrap's compiler probes. No shell is involved: argv goes to execvp. */
#ifndef KINDLER_PROCESS_H
#define KINDLER_PROCESS_H

#include <string>
#include <vector>

struct ProcessResult {
  int status;          /* exit status; 128 + N when killed by signal N */
  bool timed_out;      /* killed after the time limit */
  bool started;        /* false when the program could not be executed */
  std::string out;     /* standard output */
  std::string err;     /* standard error */
};

/* Runs argv[0] (searched on PATH) with standard input from /dev/null, in
** directory `dir` ("" for the current one), for at most `seconds`. Output
** beyond `limit` bytes per stream is dropped. */
void RunProcess(const std::vector<std::string>& argv, const std::string& dir,
                int seconds, size_t limit, ProcessResult* result);

#endif
