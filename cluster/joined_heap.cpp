// Joining a cluster's heap (joined_heap.h).
#include "cluster/joined_heap.h"

#include <cstring>
#include <string>

#include "cluster/page_messages.h"
#include "heap/address_space.h"
#include "runtime/platform/system.h"
#include "txn/transaction.h"

namespace plurix::cluster {

namespace {

constexpr uint64_t kJoinTimeoutNanos = 5'000'000'000;
constexpr int kAdoptionAttempts = 100;

// Asks the member for the heap's geometry and a station id, telling it where other stations reach
// this one; then connects to every member it names (the newer station dials the older).
platform::Result<JoinReply> askGeometry(network::Transport& transport, uint32_t member, const std::string& address,
                                        StationNode& node) {
  JoinRequest request{};
  if (address.size() >= sizeof request.address) {
    return platform::Status::error(platform::ErrorCode::kInvalidArgument, "join: the listening address is too long");
  }
  memcpy(request.address, address.data(), address.size());
  platform::Status sent =
      transport.send(member, static_cast<uint16_t>(PageMessage::kJoinRequest), 0, &request, sizeof request);
  if (!sent.isOk()) return sent;
  uint64_t deadline = platform::monotonicNanos() + kJoinTimeoutNanos;
  network::Message message;
  bool haveReply = false;
  JoinReply reply{};
  for (;;) {
    uint64_t now = platform::monotonicNanos();
    if (now >= deadline || !transport.receive(message, deadline - now)) {
      return platform::Status::error(platform::ErrorCode::kIoError, "join: the member did not answer");
    }
    if (message.sender != member) continue;
    if (message.type == static_cast<uint16_t>(PageMessage::kJoinReply)) {
      if (message.payload.size() != sizeof(JoinReply)) {
        return platform::Status::error(platform::ErrorCode::kCorrupt, "join: malformed reply");
      }
      memcpy(&reply, message.payload.data(), sizeof reply);
      haveReply = true;
    } else if (message.type == static_cast<uint16_t>(PageMessage::kMembers) && haveReply) {
      node.setHeapRange(reply.heapBase, reply.heapSize);
      // A member that cannot be reached has left, most likely, handing its pages back to the
      // home; if it has not, fetching a page it owns fails later, naming the page.
      (void)node.connectMembers(message, kJoinTimeoutNanos);
      return reply;
    }
  }
}

struct Adoption {
  heap::Heap* heap;
  uint16_t station;
  platform::Status status = platform::Status::ok();
};

// The adoption's heap writes (this station's allocators in the shared memory manager) are a
// transaction like any other: if it aborts, it runs again from scratch.
void attach(void* argument) {
  auto* adoption = static_cast<Adoption*>(argument);
  adoption->status = adoption->heap->attachStation(adoption->station);
}

}  // namespace

platform::Result<heap::Heap> joinHeap(network::Transport& transport, uint32_t server, const std::string& address,
                                      StationNode& node) {
  platform::Result<JoinReply> geometry = askGeometry(transport, server, address, node);
  if (!geometry.isOk()) return geometry.status();
  const JoinReply& reply = geometry.value();
  auto station = static_cast<uint16_t>(reply.stationId);
  platform::Result<heap::AddressSpace> space = heap::AddressSpace::open(reply.heapBase, reply.heapSize, station);
  if (!space.isOk()) return space.status();
  // Committed whole: nothing is materialised until a fetched page is written into it.
  if (platform::Status committed = space.value().commit(reply.heapBase, reply.heapSize); !committed.isOk()) {
    return committed;
  }
  platform::Status started = txn::startJoinedTransactions(reply.heapBase, reply.heapSize, &node);
  if (!started.isOk()) return started;
  node.setCommitNumber(reply.commitNumber);
  heap::stationLocal()->commitNumber = reply.commitNumber;
  txn::setCommitGate(&node);
  heap::Heap heap = heap::Heap::adoptUnattached(static_cast<heap::AddressSpace&&>(space.value()));
  Adoption adoption{&heap, station};
  // Other stations commit meanwhile (to the memory manager, say): a conflict just means again.
  txn::Outcome outcome;
  for (int attempt = 0; attempt < kAdoptionAttempts; ++attempt) {
    platform::Result<txn::Outcome> ran = txn::runTransaction(&attach, &adoption);
    if (!ran.isOk()) return ran.status();
    outcome = ran.value();
    if (outcome.committed || outcome.reason != txn::AbortReason::kConflict) break;
  }
  if (!outcome.committed) {
    return platform::Status::error(platform::ErrorCode::kIoError,
                                   platform::MessageBuilder().text("join: adopting the heap aborted (")
                                       .text(txn::abortReasonName(outcome.reason)).text(" at ")
                                       .hex(outcome.faultAddress).text(")"));
  }
  if (!adoption.status.isOk()) return adoption.status;
  return heap;
}

}  // namespace plurix::cluster
