// The thread that has long steps serve waiting messages (request_watcher.h).
#include "cluster/request_watcher.h"

#include <poll.h>
#include <sys/eventfd.h>
#include <time.h>
#include <unistd.h>

#include "txn/transaction.h"

namespace plurix::cluster {

RequestWatcher::RequestWatcher(int readiness, StationNode& node)
    : readiness_(readiness), node_(node), wake_(eventfd(0, EFD_CLOEXEC)) {
  if (wake_ >= 0) thread_ = std::thread([this] { run(); });
}

RequestWatcher::~RequestWatcher() {
  if (wake_ < 0) return;
  uint64_t one = 1;
  ssize_t written = write(wake_, &one, sizeof one);
  (void)written;
  thread_.join();
  close(wake_);
}

void RequestWatcher::enterIdle() {
  std::lock_guard<std::mutex> hold(idleLock_);
  idle_ = true;
}

void RequestWatcher::leaveIdle() {
  std::lock_guard<std::mutex> hold(idleLock_);
  idle_ = false;
}

void RequestWatcher::run() {
  pollfd watched[2] = {{readiness_, POLLIN, 0}, {wake_, POLLIN, 0}};
  auto waiting = [&](int timeoutMillis) {
    watched[0].revents = watched[1].revents = 0;
    if (poll(watched, 2, timeoutMillis) < 0) return false;  // EINTR: look again
    return (watched[0].revents & POLLIN) != 0 && watched[1].revents == 0;
  };
  auto servedIdle = [&] {
    std::lock_guard<std::mutex> hold(idleLock_);
    if (!idle_) return false;
    node_.pump(0);
    return true;
  };
  for (;;) {
    if (!waiting(-1)) {
      if (watched[1].revents != 0) return;
      continue;
    }
    if (servedIdle()) continue;  // what waited is read: the descriptor no longer polls readable
    if (!node_.interruptible()) {
      // The station's thread reads it itself (between steps, or waiting for a page): look again
      // in a moment, in case it started to compute meanwhile.
      timespec grace{0, static_cast<long>(kGraceNanos)};
      nanosleep(&grace, nullptr);
      continue;
    }
    txn::requestService();
    // The station reads it at its next safepoint, or between steps: give it that long.
    timespec pause{0, static_cast<long>(kRepeatNanos)};
    nanosleep(&pause, nullptr);
  }
}

}  // namespace plurix::cluster
