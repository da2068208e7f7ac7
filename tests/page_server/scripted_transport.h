// A transport for protocol tests: its peers are a set of connected station ids, what is sent is
// kept for the test to read, and what a test queues is received in order.
#pragma once
#include <deque>
#include <set>
#include <vector>

#include "cluster/page_messages.h"
#include "drivers/network/transport.h"

namespace plurix::cluster {

// A transport whose peers are a set of connected station ids; what the server sends is kept.
class ScriptedTransport final : public network::Transport {
 public:
  struct Sent {
    uint32_t station;
    PageMessage type;
    std::vector<uint8_t> payload;
  };

  uint32_t station() const override { return 0; }
  platform::Status listen(const char*) override { return platform::Status::ok(); }
  platform::Result<uint32_t> connect(const char*, uint64_t) override {
    return platform::Status::error(platform::ErrorCode::kInvalidArgument, "scripted");
  }
  bool isConnected(uint32_t station) const override { return connected.count(station) != 0; }
  void disconnect(uint32_t station) override { connected.erase(station); }
  platform::Status send(uint32_t station, uint16_t type, uint64_t, const void* payload, size_t size) override {
    if (connected.count(station) == 0) return platform::Status::error(platform::ErrorCode::kNotFound, "gone");
    const auto* bytes = static_cast<const uint8_t*>(payload);
    sent.push_back(Sent{station, static_cast<PageMessage>(type), std::vector<uint8_t>(bytes, bytes + size)});
    return platform::Status::ok();
  }
  size_t poll() override { return incoming.size(); }
  bool tryReceive(network::Message& out) override {
    if (incoming.empty()) return false;
    out = incoming.front();
    incoming.pop_front();
    return true;
  }
  bool receive(network::Message& out, uint64_t) override { return tryReceive(out); }
  const network::TransportCounters& counters() const override { return counters_; }

  std::set<uint32_t> connected;
  std::vector<Sent> sent;
  std::deque<network::Message> incoming;

 private:
  network::TransportCounters counters_;
};

}  // namespace plurix::cluster
