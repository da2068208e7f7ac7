// What a transport has done, for tests, benchmarks and the cluster status: messages and bytes
// each way, connections, and every refused frame or handshake by reason. Invariant: counters only
// grow; a rejected frame is counted exactly once, under the first check it failed.
#pragma once

#include <cstdint>

#include "drivers/network/message.h"

namespace plurix::network {

struct TransportCounters {
  uint64_t messagesSent = 0;
  uint64_t messagesReceived = 0;
  uint64_t bytesSent = 0;      // whole frames, header and tag included
  uint64_t bytesReceived = 0;  // whole accepted frames
  uint64_t handshakesCompleted = 0;
  uint64_t connectionsDropped = 0;  // closed by us because the stream could not be trusted
  uint64_t rejected[static_cast<int>(RejectReason::kCount)] = {};

  uint64_t rejectedFor(RejectReason reason) const { return rejected[static_cast<int>(reason)]; }
  // Guarantees the sum over all reasons.
  uint64_t rejectedTotal() const {
    uint64_t total = 0;
    for (uint64_t count : rejected) total += count;
    return total;
  }
};

}  // namespace plurix::network
