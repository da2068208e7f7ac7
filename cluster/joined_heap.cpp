// Joining a cluster's heap (joined_heap.h).
#include "cluster/joined_heap.h"

#include <cstring>
#include <optional>

#include "cluster/page_messages.h"
#include "heap/address_space.h"
#include "runtime/platform/system.h"
#include "txn/transaction.h"

namespace plurix::cluster {

namespace {

constexpr uint64_t kJoinTimeoutNanos = 5'000'000'000;

platform::Result<JoinReply> askGeometry(network::Transport& transport, uint32_t member) {
  platform::Status sent = transport.send(member, static_cast<uint16_t>(PageMessage::kJoinRequest), 0, nullptr, 0);
  if (!sent.isOk()) return sent;
  uint64_t deadline = platform::monotonicNanos() + kJoinTimeoutNanos;
  network::Message message;
  for (;;) {
    uint64_t now = platform::monotonicNanos();
    if (now >= deadline || !transport.receive(message, deadline - now)) {
      return platform::Status::error(platform::ErrorCode::kIoError, "join: the member did not answer");
    }
    if (message.sender != member || message.type != static_cast<uint16_t>(PageMessage::kJoinReply)) continue;
    if (message.payload.size() != sizeof(JoinReply)) {
      return platform::Status::error(platform::ErrorCode::kCorrupt, "join: malformed reply");
    }
    JoinReply reply;
    memcpy(&reply, message.payload.data(), sizeof reply);
    return reply;
  }
}

struct Adoption {
  heap::AddressSpace* space;
  uint16_t station;
  std::optional<heap::Heap> heap;
  platform::Status status = platform::Status::ok();
};

void adopt(void* argument) {
  auto* adoption = static_cast<Adoption*>(argument);
  platform::Result<heap::Heap> adopted = heap::Heap::adopt(static_cast<heap::AddressSpace&&>(*adoption->space), adoption->station);
  if (!adopted.isOk()) {
    adoption->status = adopted.status();
    return;
  }
  adoption->heap.emplace(static_cast<heap::Heap&&>(adopted.value()));
}

}  // namespace

platform::Result<heap::Heap> joinHeap(network::Transport& transport, uint32_t member, RemotePages& pages) {
  platform::Result<JoinReply> geometry = askGeometry(transport, member);
  if (!geometry.isOk()) return geometry.status();
  const JoinReply& reply = geometry.value();
  auto station = static_cast<uint16_t>(reply.stationId);
  platform::Result<heap::AddressSpace> space = heap::AddressSpace::open(reply.heapBase, reply.heapSize, station);
  if (!space.isOk()) return space.status();
  // Committed whole: nothing is materialised until a fetched page is written into it.
  if (platform::Status committed = space.value().commit(reply.heapBase, reply.heapSize); !committed.isOk()) {
    return committed;
  }
  platform::Status started = txn::startJoinedTransactions(reply.heapBase, reply.heapSize, &pages);
  if (!started.isOk()) return started;
  Adoption adoption{&space.value(), station, std::nullopt};
  platform::Result<txn::Outcome> ran = txn::runTransaction(&adopt, &adoption);
  if (!ran.isOk()) return ran.status();
  if (!ran.value().committed) {
    return platform::Status::error(platform::ErrorCode::kIoError,
                                   platform::MessageBuilder().text("join: adopting the heap aborted (")
                                       .text(txn::abortReasonName(ran.value().reason)).text(" at ")
                                       .hex(ran.value().faultAddress).text(")"));
  }
  if (!adoption.status.isOk()) return adoption.status;
  return static_cast<heap::Heap&&>(*adoption.heap);
}

}  // namespace plurix::cluster
