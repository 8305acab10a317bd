/* cleanup.cc: cleanup.h, with POSIX signals. The handler uses only
** async-signal-safe calls: kill, fork, execv of /bin/rm, waitpid, access,
** sleep, sigaction and raise. */
#include "cleanup.h"

#include <cerrno>
#include <csignal>
#include <cstring>

#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

static char g_dir[4096];
static volatile pid_t g_child_group = 0;

/* Runs rm -rf on g_dir once. */
static void RemoveDir() {
  pid_t pid = fork();
  if (pid == 0) {
    char rm[] = "rm";
    char flags[] = "-rf";
    char* argv[] = {rm, flags, g_dir, NULL};
    execv("/bin/rm", argv);
    _exit(127);
  }
  if (pid > 0)
    while (waitpid(pid, NULL, 0) < 0 && errno == EINTR) {
    }
}

static void RemoveAndDie(int sig) {
  pid_t group = g_child_group;
  if (group > 0) {
    /* The same signal first, so that a compiler driver removes its own
    ** temporary files; what still runs after two seconds is killed. */
    kill(-group, sig);
    for (int waited = 0; waited < 2 && waitpid(group, NULL, WNOHANG) == 0; ++waited)
      sleep(1);
    kill(-group, SIGKILL);
    while (waitpid(group, NULL, 0) < 0 && errno == EINTR) {
    }
  }
  if (g_dir[0] != '\0') {
    /* A pass of the killed group may still be dying, its last file not
    ** yet made: rm is tried again while the directory stands. */
    for (int tries = 0; tries < 3 && access(g_dir, F_OK) == 0; ++tries) {
      if (tries > 0)
        sleep(1);
      RemoveDir();
    }
  }
  /* The signal is blocked while its handler runs: raised again with the
  ** default action, it ends the process once the handler returns. */
  struct sigaction dfl;
  std::memset(&dfl, 0, sizeof dfl);
  dfl.sa_handler = SIG_DFL;
  sigemptyset(&dfl.sa_mask);
  sigaction(sig, &dfl, NULL);
  raise(sig);
}

static const int kSignals[] = {SIGINT, SIGTERM, SIGHUP};
static const int kSignalCount = 3;

void RemoveOnSignals() {
  struct sigaction sa;
  std::memset(&sa, 0, sizeof sa);
  sa.sa_handler = RemoveAndDie;
  sigemptyset(&sa.sa_mask);
  for (int i = 0; i < kSignalCount; ++i)
    sigaddset(&sa.sa_mask, kSignals[i]);
  for (int i = 0; i < kSignalCount; ++i) {
    struct sigaction old;
    /* A signal ignored when we started (nohup) stays ignored. */
    if (sigaction(kSignals[i], NULL, &old) == 0 && old.sa_handler == SIG_IGN)
      continue;
    sigaction(kSignals[i], &sa, NULL);
  }
}

void SetSignalCleanupDir(const char* path) {
  sigset_t block, old;
  sigemptyset(&block);
  for (int i = 0; i < kSignalCount; ++i)
    sigaddset(&block, kSignals[i]);
  /* No handler may read a half-copied path. */
  sigprocmask(SIG_BLOCK, &block, &old);
  if (std::strlen(path) < sizeof g_dir)
    std::strcpy(g_dir, path);
  else
    g_dir[0] = '\0';
  sigprocmask(SIG_SETMASK, &old, NULL);
}

void SetSignalChildGroup(pid_t group) {
  g_child_group = group;
}
