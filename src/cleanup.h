/* cleanup.h: the temporary directory that a signal must not leave behind.
** kindler-bootstrap probes in one directory below $TMPDIR; when SIGINT,
** SIGTERM or SIGHUP ends the run, the handler first ends the process
** group of the command running then (a compiler driver and the passes it
** started, which would go on writing into the directory): the same
** signal, then SIGKILL for what outlives it by two seconds; it removes the
** directory, and the process then dies of the signal, as it would have
** without Kindler's handler. (A kill -9 cannot be caught: the next run
** removes what it left, lua/kindler/tempdir.lua.) */
#ifndef KINDLER_CLEANUP_H
#define KINDLER_CLEANUP_H

#include <sys/types.h>

/* Installs the handlers; call once, before any directory is set. */
void RemoveOnSignals();
/* The directory to remove on a signal; "" for none. Absolute, shorter
** than 4096 bytes (a longer one is not removed). */
void SetSignalCleanupDir(const char* path);
/* The process group of the command running now (process.cc puts each in
** a group of its own); 0 for none. */
void SetSignalChildGroup(pid_t group);

#endif
