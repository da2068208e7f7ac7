// A station that joined the cluster, as the transaction machinery sees the cluster: where pages
// that are not present come from (their owner, the station that committed them last, or the home
// for pages nobody wrote), what every commit must do first (get the right to commit from the home,
// validate, send the addresses it wrote: the pages stay here, and this station answers other
// stations' requests for them), and what a station does when it leaves (hand the pages it owns
// back to the home). Runs on the station's transaction thread only, which is also the only thread
// using the transport (transport.h); fetches run inside the fault handler of the faulting
// transaction, and answer other stations' requests while they wait.
// Invariants: every write set the home sent before a grant or a redirect is applied here (its
// pages invalidated, the running transaction validated against it) before that grant or redirect
// is used; a fetched page is installed only once this station has applied every commit up to the
// version the owner sent, and only if none of them wrote it since; a request for a page is
// answered with the committed version, never with a running transaction's writes.
#pragma once

#include <atomic>
#include <cstdint>
#include <vector>

#include "cluster/page_messages.h"
#include "drivers/network/transport.h"
#include "txn/shadow_pages.h"
#include "txn/transaction.h"

namespace plurix::cluster {

class StationNode final : public txn::PageSource, public txn::CommitGate {
 public:
  static constexpr uint64_t kReplyTimeoutNanos = 10'000'000'000;

  // Requires transport to outlive this, connected to the home (a transport station id).
  StationNode(network::Transport& transport, uint32_t server) : transport_(transport), server_(server) {
    readAhead_.reserve(size_t{kMaxRunPages - 1} * platform::kPageSize);  // filled in the fault handler
  }

  // Requires base and size page-aligned: the heap's range. Guarantees ownership recorded for it
  // (every page the home's until a write set says otherwise). Before the first transaction.
  void setHeapRange(uintptr_t base, size_t size);
  // Requires the payload of the home's kMembers message. Guarantees a connection to every member
  // listed that could be reached within timeoutNanos each; returns how many were not.
  size_t connectMembers(const network::Message& members, uint64_t timeoutNanos);

  // Guarantees into holds the page's committed version, fetched from its owner (or the home,
  // following its redirect), or false if neither answered in time or the page was lost.
  bool fetchPage(uintptr_t page, void* into) override;
  // Guarantees the right to commit obtained, the running transaction validated against every
  // commit before it, and its pages with the home: the addresses of those in long runs, which
  // this station keeps and owns, and the contents of the rest, which the home owns from then
  // on; false (the right passed on) if it must abort.
  bool beforeCommit() override;
  // Guarantees the right to commit held (every earlier write set applied) before the next step.
  void reserveBeforeStep() override;
  // Guarantees a right still held after an abort handed back to the home.
  void releaseAfterAbort() override;
  // Guarantees every write set that has arrived applied (pump without waiting).
  void beforeTransaction() override { pump(0); }
  // Guarantees everything that arrived handled (write sets applied, page requests answered),
  // waiting up to timeoutNanos for the first message.
  void pump(uint64_t timeoutNanos);
  // Guarantees every page this station owns handed back to the home (which then serves it), the
  // home's acknowledgement awaited up to timeoutNanos; false if it did not come. Once only: the
  // station must leave the cluster afterwards (it owns nothing and answers with redirects).
  bool handBack(uint64_t timeoutNanos);

  // Any thread. Whether a running step is computing, not waiting in this node for a message
  // (then it reads what arrives itself): the moment to interrupt it for one (request_watcher.h).
  bool interruptible() const { return txn::inTransaction() && !inTransport_.load(std::memory_order_relaxed); }

  uint64_t pagesFetched() const { return fetched_; }
  // Pages that came with a fetched page, read ahead, and were made present here.
  uint64_t pagesReadAhead() const { return readAheadAdopted_; }
  uint64_t fetchNanos() const { return fetchNanos_; }
  uint64_t pagesServed() const { return served_; }
  // Where fetching time went: waiting for owners other than the home, for the home, and for the
  // commits up to an answer's version.
  uint64_t ownerWaitNanos() const { return ownerWaitNanos_; }
  uint64_t homeWaitNanos() const { return homeWaitNanos_; }
  uint64_t catchUpNanos() const { return catchUpNanos_; }
  // Time spent waiting for the right to commit, and how many times it was granted.
  uint64_t grantWaitNanos() const { return grantWaitNanos_; }
  uint64_t grants() const { return grants_; }
  uint64_t ownerRequests() const { return ownerRequests_; }
  uint64_t homeRequests() const { return homeRequests_; }
  uint64_t redirectsFollowed() const { return redirects_; }
  uint64_t pagesHandedBack() const { return handedBack_; }
  uint64_t commits() const { return commits_; }
  uint64_t conflicts() const { return conflicts_; }
  uint64_t writeSetsApplied() const { return writeSetsApplied_; }
  uint64_t reservations() const { return reservations_; }
  // Times this station found it had missed commits (a write set or grant numbered beyond the
  // next) and dropped every page it does not own, so that its next touches fetch them anew.
  uint64_t recoveries() const { return recoveries_; }
  uint64_t commitNumber() const { return commitNumber_; }
  void setCommitNumber(uint64_t number) { commitNumber_ = number; }
  // The page's owner as this station knows it: a transport id, the home's for pages nobody wrote.
  uint32_t ownerOf(uintptr_t page) const;

 private:
  // kVersion: every commit up to the awaited page's version applied, or the page written since.
  enum class Awaited { kGrant, kPage, kHandBack, kVersion };
  // What the awaited page request came to.
  enum class Answer { kNone, kData, kRedirect };
  // Handles one message; returns true if it was the one awaited.
  bool handle(const network::Message& message);
  void applyWriteSet(const network::Message& message);
  void answerPageRequest(const network::Message& message);
  void takePageAnswer(const network::Message& message);
  // Sends the home the pages the commit keeps (addresses) and those it writes through (contents).
  bool sendCommit();
  // Waits for what is awaited, handling everything else meanwhile; false if it did not come by
  // deadline, or (for a page) its owner went away.
  bool waitFor(Awaited what, uint64_t deadline);
  void obtainGrant();
  void recover(uint64_t newest);
  void setOwner(uintptr_t page, uint32_t owner);

  // Set while this node's thread waits in or reads from the transport.
  class InTransport {
   public:
    explicit InTransport(std::atomic<bool>& flag) : flag_(flag), was_(flag.exchange(true, std::memory_order_relaxed)) {}
    ~InTransport() { flag_.store(was_, std::memory_order_relaxed); }
   private:
    std::atomic<bool>& flag_;
    bool was_;
  };

  network::Transport& transport_;
  uint32_t server_;
  std::atomic<bool> inTransport_{false};
  uintptr_t heapBase_ = 0;
  std::vector<uint32_t> owners_;  // per page: the owner's transport id; 0: the home's
  bool granted_ = false;
  bool handBackDone_ = false;
  bool leaving_ = false;
  // The page being fetched: from whom, and what came back.
  uintptr_t fetching_ = 0;
  uint32_t fetchTarget_ = 0;
  void* fetchInto_ = nullptr;
  Answer answer_ = Answer::kNone;
  uint64_t answerVersion_ = 0;
  uint32_t redirectOwner_ = 0;
  bool fetchStale_ = false;  // a write set applied during the fetch wrote the page
  // Read-ahead: faults that go forward by at most kMaxRunPages pages ask the home for runs of
  // pages, doubling up to kMaxRunPages while they do. What came with the page fetched waits here until the
  // fetch is done, then is adopted if no commit came between.
  uintptr_t lastFetched_ = 0;
  uint32_t runPages_ = 1;
  std::vector<unsigned char> readAhead_;
  uintptr_t readAheadFirst_ = 0;
  size_t readAheadCount_ = 0;
  uint64_t readAheadVersion_ = 0;
  uint64_t readAheadAdopted_ = 0;
  // How many pages to ask the home for, page first: 1 unless faults come in address order.
  uint32_t runLength(uintptr_t page);
  void adoptReadAhead();
  uint64_t recoveries_ = 0;
  bool reserved_ = false;  // the grant was taken before the step (reserveBeforeStep)
  uint64_t reservations_ = 0;
  uint64_t commitNumber_ = 0;
  uint64_t fetched_ = 0;
  uint64_t fetchNanos_ = 0;
  uint64_t served_ = 0;
  uint64_t ownerWaitNanos_ = 0;
  uint64_t ownerRequests_ = 0;
  uint64_t homeRequests_ = 0;
  uint64_t homeWaitNanos_ = 0;
  uint64_t catchUpNanos_ = 0;
  uint64_t grantWaitNanos_ = 0;
  uint64_t grants_ = 0;
  uint64_t redirects_ = 0;
  uint64_t handedBack_ = 0;
  uint64_t commits_ = 0;
  uint64_t conflicts_ = 0;
  uint64_t writeSetsApplied_ = 0;
};

}  // namespace plurix::cluster
