// Station 0, the cluster's page server: it answers page requests with the newest committed
// version of each page, serialises commits (one station at a time holds the right to commit,
// granted first come first served), stores each commit's pages and sends every other station the
// commit's write set. A commit's pages are staged until its end, so a holder that goes away halfway
// leaves nothing behind, and the right passes on (forgetDeparted). Invariant: the server's heap holds exactly the committed state; it runs no
// transactions of its own once serving, and every message to one station leaves in the order the
// server handled them, so a station has every earlier write set before its grant.
#pragma once

#include <cstdint>
#include <deque>
#include <vector>

#include "drivers/network/transport.h"
#include "heap/heap.h"

namespace plurix::cluster {

class PageServer {
 public:
  // Requires heap and transport to outlive the server, the heap's whole range readable and
  // writable here (tracking stopped, and open beyond this process's own growth, since other
  // stations grow the heap), and commitNumber the station's count of commits so far.
  PageServer(const heap::Heap& heap, network::Transport& transport, uint64_t commitNumber)
      : heap_(heap), transport_(transport), commitNumber_(commitNumber) {}

  // Guarantees message handled if it belongs to the page or commit protocol; false if not.
  bool handle(const network::Message& message);

  // Guarantees every station whose connection is gone forgotten: if it held the right to commit,
  // the pages it had sent are dropped (the heap never holds half a commit) and the right passes
  // to the next station; if it waited for the right, it waits no more; it gets no write sets.
  // Returns how many were forgotten. servePages calls it between messages.
  size_t forgetDeparted();

  uint64_t pagesServed() const { return pagesServed_; }
  uint64_t commits() const { return commits_; }
  uint64_t commitNumber() const { return commitNumber_; }

 private:
  void answerJoin(const network::Message& message);
  void answerPage(const network::Message& message);
  void queueCommit(uint32_t station);
  void takePages(const network::Message& message);
  void publish(uint32_t committer);
  void grantNext();

  const heap::Heap& heap_;
  network::Transport& transport_;
  uint64_t commitNumber_;
  std::vector<uint32_t> members_;      // transport ids of the joined stations
  std::deque<uint32_t> waiting_;       // stations asking for the right to commit, in order
  uint32_t holder_ = 0;                // the station holding it, or 0
  std::vector<uint64_t> pendingPages_;  // the holder's pages taken so far: addresses
  std::vector<uint8_t> pendingBytes_;   // and their contents, written into the heap at kCommitEnd
  uint16_t nextStation_ = 1;
  uint64_t pagesServed_ = 0;
  uint64_t commits_ = 0;
};

}  // namespace plurix::cluster
