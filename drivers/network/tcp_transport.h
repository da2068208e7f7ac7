// The transport over TCP: one connection per peer station, opened by the handshake
// (handshake.h), framed and checked by a Session (session.h). Stations on one host use loopback.
// Invariant: a station id maps to at most one established connection; a frame that fails any
// check is counted, logged, and drops its connection, because after a forged or garbled frame the
// byte stream's framing can no longer be trusted (the peer reconnects with a fresh handshake).
//
// Why no I/O thread: a thread would add a hand-off (a wake-up, ~5-10 us) to every page fetch,
// and the station's transaction thread polls between transactions anyway. So every call does its
// own non-blocking I/O with poll(2); only connect() and receive() wait, up to their timeouts.
#pragma once

#include <cstdint>
#include <deque>
#include <memory>
#include <unordered_map>
#include <vector>

#include "drivers/network/cluster_key.h"
#include "drivers/network/transport.h"

namespace plurix::network {

struct TcpTransportOptions {
  uint32_t station = 0;                         // this station's id (not 0 by convention)
  uint32_t maxPayload = kMaxPayloadBytes;       // checked on every frame before allocation
  uint64_t handshakeTimeoutNanos = 5000000000;  // a peer silent this long in the handshake is cut
  uint64_t maxQueuedBytes = 64u << 20;          // send refuses more unsent bytes per peer
  LogSink log;                                  // empty: standard error
};

class TcpTransport final : public Transport {
 public:
  TcpTransport(const ClusterKey& key, TcpTransportOptions options);
  ~TcpTransport() override;
  TcpTransport(const TcpTransport&) = delete;
  TcpTransport& operator=(const TcpTransport&) = delete;

  uint32_t station() const override { return options_.station; }
  // Address "host:port"; port 0 picks a free one (listeningPort() tells which).
  platform::Status listen(const char* address) override;
  // Requires listen() done. Guarantees the port listened on.
  uint16_t listeningPort() const { return listeningPort_; }
  // Address "host:port". When two connections to one station exist, the newer replaces the older
  // (a restarted peer must get through at once); so only one of two stations should dial the other.
  platform::Result<uint32_t> connect(const char* address, uint64_t timeoutNanos) override;
  bool isConnected(uint32_t station) const override;
  void disconnect(uint32_t station) override;
  platform::Status send(uint32_t station, uint16_t type, uint64_t commitNumber,
                        const void* payload, size_t size) override;
  size_t poll() override;
  bool tryReceive(Message& out) override;
  bool receive(Message& out, uint64_t timeoutNanos) override;
  const TcpTransportOptions& options() const { return options_; }
  int readinessDescriptor() const override { return readiness_; }
  const TransportCounters& counters() const override { return counters_; }

 private:
  struct Connection;
  void pollFor(uint64_t timeoutNanos);
  void acceptAll();
  void serve(Connection& connection, short events);
  void finishConnect(Connection& connection);
  void readInput(Connection& connection);
  void advanceHandshake(Connection& connection);
  void establish(Connection& connection);
  void readFrames(Connection& connection);
  void flushOutput(Connection& connection);
  // After a failed recv or send: true to try again; false to stop, with the connection closed
  // if it failed for good rather than for want of data or buffer space.
  bool retryAfterError(Connection& connection);
  void refuse(Connection& connection, RejectReason reason, const char* why);
  void close(Connection& connection);
  void removeClosed();
  void log(const char* format, ...) const __attribute__((format(printf, 2, 3)));
  void watch(int descriptor);

  ClusterKey key_;
  TcpTransportOptions options_;
  int listener_ = -1;
  int readiness_ = -1;  // an epoll set of every socket: readable while any of them is
  uint16_t listeningPort_ = 0;
  std::vector<std::unique_ptr<Connection>> connections_;
  std::unordered_map<uint32_t, Connection*> byStation_;  // established connections only
  std::deque<Message> ready_;
  TransportCounters counters_;
};

}  // namespace plurix::network
