/* process.cc: fork, exec and poll, POSIX only. */
#include "process.h"

#include "cleanup.h"

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <ctime>

#include <fcntl.h>
#include <poll.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

/* In the child: leads a process group of its own (cleanup.h: a signal
** that ends Kindler kills it whole, a time-out too), wires the pipes and
** /dev/null, changes directory, execs. Uses only async-signal-safe calls.
** When exec fails it writes one byte to fail_fd (closed on a successful
** exec) and exits 127. */
static void ExecChild(char* const* argv, const char* dir, int out_fd,
                      int err_fd, int fail_fd) {
  setpgid(0, 0);
  int null_fd = open("/dev/null", O_RDONLY);
  if (null_fd >= 0 && dup2(null_fd, 0) >= 0 && dup2(out_fd, 1) >= 0 &&
      dup2(err_fd, 2) >= 0 && (!*dir || chdir(dir) == 0))
    execvp(argv[0], argv);
  char failed = 1;
  if (write(fail_fd, &failed, 1) < 0)
    _exit(127);
  _exit(127);
}

static void Drain(int* fd, std::string* into, size_t limit) {
  char buf[8192];
  ssize_t n = read(*fd, buf, sizeof buf);
  if (n > 0) {
    size_t room = into->size() < limit ? limit - into->size() : 0;
    into->append(buf, static_cast<size_t>(n) < room ? static_cast<size_t>(n)
                                                    : room);
  } else if (n == 0 || (errno != EINTR && errno != EAGAIN)) {
    close(*fd);
    *fd = -1;
  }
}

void RunProcess(const std::vector<std::string>& args, const std::string& dir,
                int seconds, size_t limit, ProcessResult* result) {
  result->status = 127;
  result->timed_out = false;
  result->started = false;
  result->out.clear();
  result->err.clear();
  if (args.empty())
    return;
  std::vector<char*> argv;
  for (size_t i = 0; i < args.size(); ++i)
    argv.push_back(const_cast<char*>(args[i].c_str()));
  argv.push_back(NULL);
  int out_pipe[2], err_pipe[2], fail_pipe[2];
  if (pipe(out_pipe) != 0)
    return;
  if (pipe(err_pipe) != 0) {
    close(out_pipe[0]);
    close(out_pipe[1]);
    return;
  }
  if (pipe(fail_pipe) != 0) {
    close(out_pipe[0]);
    close(out_pipe[1]);
    close(err_pipe[0]);
    close(err_pipe[1]);
    return;
  }
  fcntl(fail_pipe[1], F_SETFD, FD_CLOEXEC);
  pid_t pid = fork();
  if (pid == 0) {
    close(out_pipe[0]);
    close(err_pipe[0]);
    close(fail_pipe[0]);
    ExecChild(&argv[0], dir.c_str(), out_pipe[1], err_pipe[1], fail_pipe[1]);
  }
  if (pid > 0) {
    /* Set here too, so that it holds before a signal can need it. */
    setpgid(pid, pid);
    SetSignalChildGroup(pid);
  }
  close(out_pipe[1]);
  close(err_pipe[1]);
  close(fail_pipe[1]);
  if (pid < 0) {
    close(out_pipe[0]);
    close(err_pipe[0]);
    close(fail_pipe[0]);
    return;
  }
  int fds[2] = {out_pipe[0], err_pipe[0]};
  std::string* into[2] = {&result->out, &result->err};
  time_t deadline = time(NULL) + seconds;
  while (fds[0] >= 0 || fds[1] >= 0) {
    struct pollfd p[2];
    nfds_t count = 0;
    int which[2];
    for (int i = 0; i < 2; ++i) {
      if (fds[i] < 0) continue;
      p[count].fd = fds[i];
      p[count].events = POLLIN;
      p[count].revents = 0;
      which[count++] = i;
    }
    long left = static_cast<long>(deadline - time(NULL));
    if (left <= 0) {
      kill(-pid, SIGKILL);
      result->timed_out = true;
      break;
    }
    int ready = poll(p, count, static_cast<int>(left > 1 ? 1000 : left * 1000));
    if (ready < 0 && errno != EINTR)
      break;
    for (nfds_t k = 0; k < count && ready > 0; ++k)
      if (p[k].revents)
        Drain(&fds[which[k]], into[which[k]], limit);
  }
  for (int i = 0; i < 2; ++i)
    if (fds[i] >= 0)
      close(fds[i]);
  int wait_status = 0;
  while (waitpid(pid, &wait_status, 0) < 0 && errno == EINTR) {
  }
  SetSignalChildGroup(0);
  if (WIFEXITED(wait_status))
    result->status = WEXITSTATUS(wait_status);
  else if (WIFSIGNALED(wait_status))
    result->status = 128 + WTERMSIG(wait_status);
  char failed;
  ssize_t n;
  while ((n = read(fail_pipe[0], &failed, 1)) < 0 && errno == EINTR) {
  }
  close(fail_pipe[0]);
  result->started = n == 0;
}
