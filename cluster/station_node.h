// A station that joined the cluster, as the transaction machinery sees the cluster: where pages
// that are not present come from (the page server), and what every commit must do first (get
// the right to commit, validate, hand its pages to the server). Runs on the station's transaction
// thread only, which is also the only thread using the transport (transport.h); fetches run
// inside the fault handler of the faulting transaction.
// Invariant: every write set the server sent before a grant is applied here (its pages
// invalidated, the running transaction validated against it) before that grant is used.
#pragma once

#include <cstdint>

#include "drivers/network/transport.h"
#include "txn/shadow_pages.h"
#include "txn/transaction.h"

namespace plurix::cluster {

class StationNode final : public txn::PageSource, public txn::CommitGate {
 public:
  static constexpr uint64_t kReplyTimeoutNanos = 10'000'000'000;

  // Requires transport to outlive this, connected to the page server (a transport station id).
  StationNode(network::Transport& transport, uint32_t server) : transport_(transport), server_(server) {}

  // Guarantees into holds the server's committed page, or false if it did not answer in time.
  bool fetchPage(uintptr_t page, void* into) override;
  // Guarantees the right to commit obtained, the running transaction validated against every
  // commit before it, and its pages with the server; false (the right passed on) if it must abort.
  bool beforeCommit() override;
  // Guarantees the right to commit held (every earlier write set applied) before the next step.
  void reserveBeforeStep() override;
  // Guarantees a right still held after an abort handed back to the server.
  void releaseAfterAbort() override;
  // Guarantees every write set that has arrived applied (pump without waiting).
  void beforeTransaction() override { pump(0); }
  // Guarantees everything that arrived handled, waiting up to timeoutNanos for the first message.
  void pump(uint64_t timeoutNanos);

  uint64_t pagesFetched() const { return fetched_; }
  uint64_t fetchNanos() const { return fetchNanos_; }
  uint64_t commits() const { return commits_; }
  uint64_t conflicts() const { return conflicts_; }
  uint64_t writeSetsApplied() const { return writeSetsApplied_; }
  uint64_t reservations() const { return reservations_; }
  // Times this station found it had missed commits (a write set or grant numbered beyond the
  // next) and dropped every page so that its next touches fetch the committed versions.
  uint64_t recoveries() const { return recoveries_; }
  uint64_t commitNumber() const { return commitNumber_; }
  void setCommitNumber(uint64_t number) { commitNumber_ = number; }

 private:
  // Handles one message; returns true if it was the one waited for (a reply to page, or a grant).
  bool handle(const network::Message& message, uintptr_t awaitedPage, void* into);
  void applyWriteSet(const network::Message& message);
  bool sendPages();
  bool waitFor(uintptr_t awaitedPage, void* into);
  void obtainGrant();
  void recover(uint64_t newest);

  network::Transport& transport_;
  uint32_t server_;
  bool granted_ = false;
  uint64_t recoveries_ = 0;
  bool reserved_ = false;  // the grant was taken before the step (reserveBeforeStep)
  uint64_t reservations_ = 0;
  uint64_t commitNumber_ = 0;
  uint64_t fetched_ = 0;
  uint64_t fetchNanos_ = 0;
  uint64_t commits_ = 0;
  uint64_t conflicts_ = 0;
  uint64_t writeSetsApplied_ = 0;
};

}  // namespace plurix::cluster
