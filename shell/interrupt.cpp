// The handler talks to the reader through a self-pipe rather than EINTR alone: a signal that lands
// between the reader's check of the flag and its blocking read would otherwise be noticed only at
// the next key press. The reader polls the terminal and the pipe together.
#include "shell/interrupt.h"

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <mutex>
#include <vector>

namespace plurix::shell {
namespace {

std::atomic<int> runningDepth{0};
std::atomic<bool> interruptPending{false};
std::atomic<std::function<void()>*> callback{nullptr};
int wakePipe[2] = {-1, -1};

void onInterrupt(int) {
  const int savedErrno = errno;
  if (runningDepth.load() > 0) {
    std::function<void()>* current = callback.load();
    if (current != nullptr && *current) (*current)();
  } else {
    interruptPending.store(true);
    const char byte = 0;
    // Non-blocking: when the pipe is full a wake-up is already pending.
    [[maybe_unused]] ssize_t written = write(wakePipe[1], &byte, 1);
  }
  errno = savedErrno;
}

void drainWakePipe() {
  char buffer[64];
  while (read(wakePipe[0], buffer, sizeof buffer) > 0) {
  }
}

}  // namespace

void installInterruptHandler() {
  static std::once_flag installed;
  std::call_once(installed, [] {
    if (pipe2(wakePipe, O_CLOEXEC | O_NONBLOCK) != 0) wakePipe[0] = wakePipe[1] = -1;
    struct sigaction action = {};
    action.sa_handler = onInterrupt;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
  });
}

void setInterruptCallback(std::function<void()> newCallback) {
  static std::mutex retiredLock;
  static std::vector<std::function<void()>*> retired;
  auto* fresh = newCallback ? new std::function<void()>(std::move(newCallback)) : nullptr;
  std::function<void()>* old = callback.exchange(fresh);
  if (old == nullptr) return;
  std::lock_guard<std::mutex> lock(retiredLock);
  retired.push_back(old);
}

RunningCommand::RunningCommand() {
  runningDepth.fetch_add(1);
}

RunningCommand::~RunningCommand() {
  runningDepth.fetch_sub(1);
}

bool takeInterrupt() {
  if (wakePipe[0] >= 0) drainWakePipe();
  return interruptPending.exchange(false);
}

int interruptWakeDescriptor() {
  return wakePipe[0];
}

}  // namespace plurix::shell
