// A thread that watches a station's transport while the station computes: when a message waits
// (another station's page request, a write set) it has the running step serve it at its next
// safepoint (txn::requestService), instead of after the step, which may take a long time. It
// never calls the transport itself (transport.h: one thread does all of its I/O).
// Invariant: it asks again at most every kRepeatNanos while the message stays unread, so a
// station busy outside compiled code costs it only a system call now and then.
#pragma once

#include <atomic>
#include <cstdint>
#include <thread>

namespace plurix::cluster {

class RequestWatcher {
 public:
  static constexpr uint64_t kRepeatNanos = 500'000;

  // Requires readiness a descriptor that polls readable while a message waits
  // (Transport::readinessDescriptor), open while this lives, and txn::setServiceHook set.
  // Guarantees the thread started, or ok() false if it could not be.
  explicit RequestWatcher(int readiness);
  // Guarantees the thread stopped.
  ~RequestWatcher();
  RequestWatcher(const RequestWatcher&) = delete;
  RequestWatcher& operator=(const RequestWatcher&) = delete;

  bool ok() const { return wake_ >= 0; }
  uint64_t requests() const { return requests_.load(std::memory_order_relaxed); }

 private:
  void run();

  int readiness_;
  int wake_ = -1;  // an eventfd: readable once the thread must stop
  std::atomic<uint64_t> requests_{0};
  std::thread thread_;
};

}  // namespace plurix::cluster
