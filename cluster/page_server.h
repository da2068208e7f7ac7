// Station 0, the cluster's home: it grants the right to commit to one station at a time, first
// come first served; records the pages a commit keeps as owned by the committer, stores the pages
// it writes through, and sends every other station the commit's write set; answers requests for
// the pages it owns (those nobody wrote since the heap was created, those written through, and
// those handed back by stations that left) with its committed copy, and redirects requests for
// the others to their owner. It introduces the stations to one another: a
// joiner learns every member's address and connects to each. A commit's addresses are staged until
// its end, so a holder that goes away halfway leaves nothing behind, and the right passes on
// (forgetDeparted). Invariant: the home's heap holds the committed version of every page it owns;
// it runs no transactions once serving; every message to one station leaves in the order the home
// handled them, so a station has every earlier write set before its grant or a redirect.
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <vector>

#include "drivers/network/transport.h"
#include "heap/heap.h"
#include "runtime/platform/memory.h"

namespace plurix::cluster {

class PageServer {
 public:
  // Requires heap and transport to outlive the server, the heap's whole range readable and
  // writable here (tracking stopped, and open beyond this process's own growth, since other
  // stations grow the heap), and commitNumber the station's count of commits so far.
  PageServer(const heap::Heap& heap, network::Transport& transport, uint64_t commitNumber);

  // Guarantees message handled if it belongs to the page or commit protocol; false if not.
  bool handle(const network::Message& message);

  // Guarantees every station whose connection is gone forgotten: if it held the right to commit,
  // the addresses it had sent are dropped and the right passes to the next station; if it waited
  // for the right, it waits no more; it gets no write sets; pages it still owned (it left without
  // handing them back) are lost, and requests for them are refused. Returns how many were
  // forgotten. servePages calls it between messages.
  size_t forgetDeparted();

  uint64_t pagesServed() const { return pagesServed_; }
  uint64_t redirects() const { return redirects_; }
  uint64_t pagesHandedBack() const { return pagesHandedBack_; }
  uint64_t pagesLost() const { return pagesLost_; }
  uint64_t commits() const { return commits_; }
  uint64_t commitNumber() const { return commitNumber_; }
  // The page's owner (a transport id), 0 for the home itself. Requires page inside the heap.
  uint32_t ownerOf(uint64_t page) const { return owners_[(page - heap_.base()) / platform::kPageSize]; }

 private:
  struct MemberEntry {
    uint32_t station;
    std::string address;
  };
  void answerJoin(const network::Message& message);
  void answerPage(const network::Message& message);
  void answerPage(uint32_t sender, uint64_t page);
  // A run of pages for a station reading ahead (page_messages.h kPageRunRequest).
  void answerRun(const network::Message& message);
  void queueCommit(uint32_t station);
  void takeAddresses(const network::Message& message);
  void takeThrough(const network::Message& message);
  void takeHandBack(const network::Message& message);
  void publish(uint32_t committer);
  void grantNext();
  bool insideHeap(uint64_t page) const;

  const heap::Heap& heap_;
  network::Transport& transport_;
  uint64_t commitNumber_;
  std::vector<uint32_t> owners_;       // per page of the heap: the owner's transport id, 0 = home
  std::vector<MemberEntry> members_;   // the joined stations, in order of joining
  std::deque<uint32_t> waiting_;       // stations asking for the right to commit, in order
  uint32_t holder_ = 0;                // the station holding it, or 0
  std::vector<uint64_t> pendingPages_;  // the holder's kept page addresses taken so far
  std::vector<uint64_t> throughPages_;  // and the pages it writes through: addresses
  std::vector<uint8_t> throughBytes_;   // and contents, written into the heap at kCommitEnd
  std::vector<uint8_t> runReply_;       // the last run answered (reused: up to 64 KiB)
  uint16_t nextStation_ = 1;
  uint64_t pagesServed_ = 0;
  uint64_t redirects_ = 0;
  uint64_t pagesHandedBack_ = 0;
  uint64_t pagesLost_ = 0;
  uint64_t commits_ = 0;
};

// The owner recorded for a page whose owner left without handing it back.
inline constexpr uint32_t kLostOwner = 0xffffffffu;

}  // namespace plurix::cluster
