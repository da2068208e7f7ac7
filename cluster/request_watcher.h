// A thread that watches a station's transport while the station computes: when a message waits
// (another station's page request, a write set) it has the running step serve it at its next
// safepoint (txn::requestService), instead of after the step, which may take a long time. While
// the station's own thread is idle outside the transport (a shell waiting for a line), the
// watcher serves in its place: the idle thread hands it the transport (transport.h: one thread at
// a time does its I/O).
// Invariant: it interrupts a step only while the step computes (not while the station's thread
// waits in the transport itself, or between steps, which read what comes anyway), and asks
// again at most every kRepeatNanos while a message stays unread, so a station busy outside
// compiled code costs it only a system call now and then.
#pragma once

#include <atomic>
#include <cstdint>
#include <mutex>
#include <thread>

#include "cluster/station_node.h"

namespace plurix::cluster {

class RequestWatcher {
 public:
  static constexpr uint64_t kRepeatNanos = 200'000;
  // How long the watcher leaves a message to the station's thread when it is not computing.
  static constexpr uint64_t kGraceNanos = 50'000;

  // Requires readiness a descriptor that polls readable while a message waits
  // (Transport::readinessDescriptor) and node the station's, both living longer than this, and
  // txn::setServiceHook set to pump node. Guarantees the thread started, or ok() false if it
  // could not be.
  RequestWatcher(int readiness, StationNode& node);
  // Guarantees the thread stopped.
  ~RequestWatcher();
  RequestWatcher(const RequestWatcher&) = delete;
  RequestWatcher& operator=(const RequestWatcher&) = delete;

  bool ok() const { return wake_ >= 0; }
  // Requires the calling thread to be the station's, and to touch neither the transport nor the
  // heap until leaveIdle. Guarantees the watcher serves what arrives meanwhile.
  void enterIdle();
  // Guarantees the watcher serves no more (a serving in progress has finished).
  void leaveIdle();

 private:
  void run();

  int readiness_;
  StationNode& node_;
  std::mutex idleLock_;  // held while the watcher serves, and to switch idle on and off
  bool idle_ = false;
  int wake_ = -1;  // an eventfd: readable once the thread must stop
  std::thread thread_;
};

}  // namespace plurix::cluster
