/* cleanup.h: the temporary directory that a signal must not leave behind.
** kindler-bootstrap probes in one directory below $TMPDIR; when SIGINT,
** SIGTERM or SIGHUP ends the run, the handler removes that directory and
** the process then dies of the signal, as it would have without Kindler's
** handler. (A kill -9 cannot be caught: the next run removes what it left,
** lua/kindler/bootstrap.lua.) */
#ifndef KINDLER_CLEANUP_H
#define KINDLER_CLEANUP_H

/* Installs the handlers; call once, before any directory is set. */
void RemoveOnSignals();
/* The directory to remove on a signal; "" for none. Absolute, shorter
** than 4096 bytes (a longer one is not removed). */
void SetSignalCleanupDir(const char* path);

#endif
