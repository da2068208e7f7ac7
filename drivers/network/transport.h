// The transport between stations: authenticated, ordered messages to and from stations named by
// id. TCP implements it today (tcp_transport.h); a shared-memory transport for stations on one
// host and a bare-metal network driver implement the same interface later (docs/NETWORK.md).
// Invariant: every Message a transport hands out came from a peer that proved it holds the
// cluster key, carries that peer's station id, and arrives in the order the peer sent it;
// anything else is refused, counted in counters(), and never handed out.
//
// Threading: a transport is used by one thread, the station's transaction thread, and has no
// thread of its own. All I/O happens inside its calls: poll() and tryReceive() never block;
// connect() and receive() block for at most the timeout they are given. Between transactions the
// station's loop calls poll(); during a long step, a thread that watches readinessDescriptor()
// (and nothing else) has the step call it at its next safepoint (cluster/request_watcher.h).
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>

#include "drivers/network/message.h"
#include "drivers/network/transport_counters.h"
#include "runtime/platform/status.h"

namespace plurix::network {

// Where a transport writes its log lines (refused peers, dropped connections); one line a call,
// without a newline. An empty function means standard error.
using LogSink = std::function<void(const char* line)>;

class Transport {
 public:
  virtual ~Transport() = default;

  // Guarantees this station's id, the sender field of everything it sends.
  virtual uint32_t station() const = 0;
  // Requires an address in this transport's form. Guarantees that peers can connect to it.
  virtual platform::Status listen(const char* address) = 0;
  // Requires an address in this transport's form. Guarantees, within timeoutNanos, a connection
  // on which both sides proved the cluster key, and the peer's station id; or an error naming the
  // address (unreachable, refused, peer without the key, timed out). Other connections keep being
  // served meanwhile.
  virtual platform::Result<uint32_t> connect(const char* address, uint64_t timeoutNanos) = 0;
  // Guarantees whether an established connection to station exists.
  virtual bool isConnected(uint32_t station) const = 0;
  // Guarantees the connection to station closed (no effect if there is none).
  virtual void disconnect(uint32_t station) = 0;

  // Requires size <= the transport's payload limit. Guarantees the message queued for station in
  // order (the transport sends as much as it can at once and the rest on later calls), or
  // kNotFound when there is no connection to it, or kIoError when the connection failed.
  virtual platform::Status send(uint32_t station, uint16_t type, uint64_t commitNumber,
                                const void* payload, size_t size) = 0;

  // Never blocks. Guarantees all I/O that was possible done: connections accepted, handshakes
  // advanced, queued bytes sent, frames read and checked. Returns the messages ready to receive.
  virtual size_t poll() = 0;
  // Never blocks. Guarantees the oldest ready message moved to out and true, or false if none.
  virtual bool tryReceive(Message& out) = 0;
  // Guarantees the oldest message moved to out and true, waiting up to timeoutNanos for one;
  // false when none came in time.
  virtual bool receive(Message& out, uint64_t timeoutNanos) = 0;

  virtual const TransportCounters& counters() const = 0;

  // Guarantees a descriptor that polls readable while something waits to be received or
  // accepted (for a thread that only watches: it must not call the transport), or -1 if this
  // transport has none.
  virtual int readinessDescriptor() const { return -1; }
};

}  // namespace plurix::network
