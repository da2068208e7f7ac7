// Helpers for the transport tests: keys, a pair of connected TCP transports on loopback, and a
// raw peer that speaks the protocol byte by byte so that tests can forge and garble frames.
#pragma once

#include <gtest/gtest.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <future>
#include <memory>
#include <string>
#include <vector>

#include "drivers/network/handshake.h"
#include "drivers/network/session.h"
#include "drivers/network/tcp_socket.h"
#include "drivers/network/tcp_transport.h"
#include "runtime/platform/system.h"

namespace plurix::network::test {

inline constexpr uint64_t kSecond = 1000000000;

inline ClusterKey keyFilledWith(uint8_t value) {
  uint8_t bytes[ClusterKey::kBytes];
  for (size_t i = 0; i < sizeof bytes; ++i) bytes[i] = static_cast<uint8_t>(value + i);
  return ClusterKey::fromBytes(bytes);
}

// A transport whose log lines are kept for the test to read.
struct LoggedTransport {
  LoggedTransport(const ClusterKey& key, uint32_t station, uint64_t handshakeTimeout = 5 * kSecond)
      : lines(std::make_shared<std::vector<std::string>>()) {
    TcpTransportOptions options;
    options.station = station;
    options.handshakeTimeoutNanos = handshakeTimeout;
    auto sink = lines;
    options.log = [sink](const char* line) { sink->push_back(line); };
    transport = std::make_unique<TcpTransport>(key, options);
  }
  std::string address() const {
    return "127.0.0.1:" + std::to_string(transport->listeningPort());
  }
  bool logged(const std::string& part) const {
    for (const std::string& line : *lines) {
      if (line.find(part) != std::string::npos) return true;
    }
    return false;
  }
  TcpTransport* operator->() { return transport.get(); }
  std::shared_ptr<std::vector<std::string>> lines;
  std::unique_ptr<TcpTransport> transport;
};

// Polls transport until done() or a few seconds pass; guarantees whether done() came true.
template <typename Done>
bool pollUntil(Transport& transport, Done done) {
  uint64_t deadline = platform::monotonicNanos() + 5 * kSecond;
  while (!done()) {
    if (platform::monotonicNanos() > deadline) return false;
    transport.poll();
  }
  return true;
}

// Connects from to the listening to, serving to's side of the handshake meanwhile (one thread
// each, as two stations would be two processes). Guarantees the result of from's connect.
inline platform::Status connectPair(TcpTransport& from, TcpTransport& to) {
  std::string address = "127.0.0.1:" + std::to_string(to.listeningPort());
  auto connecting = std::async(std::launch::async, [&from, address] {
    platform::Result<uint32_t> peer = from.connect(address.c_str(), 5 * kSecond);
    return peer.isOk() ? platform::Status::ok() : peer.status();
  });
  while (connecting.wait_for(std::chrono::milliseconds(0)) != std::future_status::ready) to.poll();
  platform::Status status = connecting.get();
  if (status.isOk()) pollUntil(to, [&] { return to.isConnected(from.station()); });
  return status;
}

// A hand-driven peer on a plain socket: runs the connector's handshake with whatever key it is
// given, then writes bytes exactly as the test composes them.
class RawPeer {
 public:
  RawPeer(const ClusterKey& key, uint32_t station, uint16_t port)
      : handshake_(HandshakeRole::kConnector, key, station), station_(station) {
    std::string address = "127.0.0.1:" + std::to_string(port);
    platform::Result<SocketAddress> parsed = parseSocketAddress(address.c_str());
    descriptor_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    connected_ = parsed.isOk() &&
                 ::connect(descriptor_, reinterpret_cast<const sockaddr*>(&parsed.value().storage),
                           parsed.value().length) == 0;
  }
  ~RawPeer() { closeSocket(); }

  bool connected() const { return connected_; }
  void write(const std::vector<uint8_t>& bytes) { write(bytes.data(), bytes.size()); }
  void write(const uint8_t* bytes, size_t size) {
    ASSERT_EQ(::send(descriptor_, bytes, size, MSG_NOSIGNAL), static_cast<ssize_t>(size));
  }
  void closeSocket() {
    if (descriptor_ >= 0) ::close(descriptor_);
    descriptor_ = -1;
  }
  // Guarantees whether the listener closed the connection (within a few seconds of polling it).
  bool closedBy(Transport& listener) {
    return pollUntil(listener, [&] {
      uint8_t byte;
      ssize_t got = ::recv(descriptor_, &byte, 1, MSG_DONTWAIT);
      return got == 0 || (got < 0 && errno != EAGAIN && errno != EWOULDBLOCK);
    });
  }

  // Runs the handshake against listener, polling it meanwhile. Guarantees the handshake's state.
  HandshakeState runHandshake(Transport& listener) {
    uint8_t message[kHandshakeBytes];
    write(message, handshake_.start(message));
    uint8_t challenge[kHandshakeBytes];
    size_t got = 0;
    pollUntil(listener, [&] {
      ssize_t n = ::recv(descriptor_, challenge + got, sizeof challenge - got, MSG_DONTWAIT);
      if (n == 0) return true;  // refused
      if (n > 0) got += static_cast<size_t>(n);
      return got == sizeof challenge;
    });
    if (got != sizeof challenge) return HandshakeState::kRefused;
    size_t size = handshake_.receive(challenge, message);
    if (size != 0) write(message, size);
    if (handshake_.state() == HandshakeState::kEstablished) {
      session_ = std::make_unique<Session>(handshake_.sessionKey(), station_,
                                           handshake_.peerStation(), kMaxPayloadBytes);
      pollUntil(listener, [&] { return listener.isConnected(station_); });
    }
    return handshake_.state();
  }
  // Requires an established handshake. Guarantees the next valid frame's bytes.
  std::vector<uint8_t> frame(const std::vector<uint8_t>& payload, uint16_t type = 7) {
    std::vector<uint8_t> bytes;
    session_->appendFrame(type, 99, payload.data(), payload.size(), bytes);
    return bytes;
  }
  const Handshake& handshake() const { return handshake_; }

 private:
  Handshake handshake_;
  uint32_t station_;
  int descriptor_ = -1;
  bool connected_ = false;
  std::unique_ptr<Session> session_;
};

}  // namespace plurix::network::test
