// Pages this station does not have, fetched from the station that owns them (txn::PageSource over
// the transport). Called inside the fault handler of the faulting transaction, on the station's
// transaction thread, which is also the only thread that uses the transport (transport.h).
// Invariant: a page is installed only from a reply that names exactly it.
#pragma once

#include <cstdint>

#include "drivers/network/transport.h"
#include "txn/shadow_pages.h"

namespace plurix::cluster {

class RemotePages final : public txn::PageSource {
 public:
  static constexpr uint64_t kReplyTimeoutNanos = 5'000'000'000;

  // Requires transport to outlive this, connected to owner (a transport station id).
  RemotePages(network::Transport& transport, uint32_t owner) : transport_(transport), owner_(owner) {}

  // Guarantees into holds the owner's committed page, or false if it did not answer in
  // kReplyTimeoutNanos (the faulting step then aborts).
  bool fetchPage(uintptr_t page, void* into) override;

  uint64_t pagesFetched() const { return fetched_; }
  // Time spent in fetchPage, from the request to the installed page (what a fault waits).
  uint64_t fetchNanos() const { return fetchNanos_; }

 private:
  network::Transport& transport_;
  uint32_t owner_;
  uint64_t fetched_ = 0;
  uint64_t fetchNanos_ = 0;
};

}  // namespace plurix::cluster
