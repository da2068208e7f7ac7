// A station answering other stations' page requests with the committed contents of its heap
// pages, and joiners with the heap's geometry. Invariant: it answers only between transactions
// (the transport is polled from the station's loop), so what it reads is committed.
#pragma once

#include <cstdint>

#include "drivers/network/transport.h"
#include "heap/heap.h"

namespace plurix::cluster {

class PageServer {
 public:
  // Requires heap and transport to outlive the server, and the heap's pages readable here
  // (tracking off between transactions, or served through the shadow of the running one).
  PageServer(const heap::Heap& heap, network::Transport& transport) : heap_(heap), transport_(transport) {}

  // Guarantees message answered if it is a request of the page protocol; returns false if it
  // was not one (the caller handles it).
  bool handle(const network::Message& message);

  uint64_t pagesServed() const { return pagesServed_; }

 private:
  void answerJoin(const network::Message& message);
  void answerPage(const network::Message& message);

  const heap::Heap& heap_;
  network::Transport& transport_;
  uint16_t nextStation_ = 1;
  uint64_t pagesServed_ = 0;
};

}  // namespace plurix::cluster
