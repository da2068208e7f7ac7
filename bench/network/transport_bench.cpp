// Loopback round trips: a small message and a page fetch (small request, 4 KiB reply) through the
// TCP transport, and the same exchanges over plain TCP sockets. The goal (DESIGN.md, the page
// protocol) is a remote page fetch within 2x of the raw loopback round trip.
#include <benchmark/benchmark.h>
#include <sodium.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <string>
#include <thread>
#include <vector>

#include "drivers/network/tcp_transport.h"

namespace plurix::network::bench {
namespace {

constexpr size_t kSmallBytes = 32;
constexpr size_t kRequestBytes = 16;
constexpr size_t kPageBytes = 4096;
constexpr uint16_t kEcho = 1, kPageRequest = 2, kStop = 3;
constexpr uint64_t kSecond = 1000000000;

ClusterKey benchKey() {
  uint8_t bytes[ClusterKey::kBytes] = {7, 7, 7};
  return ClusterKey::fromBytes(bytes);
}

// Station 2 in a thread of its own, as it would be a process of its own: answers each echo with
// the same payload and each page request with a page.
class TransportPeers {
 public:
  TransportPeers() : client_(benchKey(), options(1)), server_(benchKey(), options(2)) {
    if (!server_.listen("127.0.0.1:0").isOk()) std::abort();
    std::string address = "127.0.0.1:" + std::to_string(server_.listeningPort());
    thread_ = std::thread([this] { serve(); });
    if (!client_.connect(address.c_str(), 5 * kSecond).isOk()) std::abort();
  }
  ~TransportPeers() {
    client_.send(2, kStop, 0, nullptr, 0).ignore();
    thread_.join();
  }
  TcpTransport& client() { return client_; }

 private:
  static TcpTransportOptions options(uint32_t station) {
    TcpTransportOptions options;
    options.station = station;
    return options;
  }
  void serve() {
    std::vector<uint8_t> page(kPageBytes, 0x5a);
    Message message;
    while (true) {
      if (!server_.receive(message, kSecond)) continue;
      if (message.type == kStop) return;
      const std::vector<uint8_t>& reply = message.type == kPageRequest ? page : message.payload;
      server_.send(message.sender, message.type, 0, reply.data(), reply.size()).ignore();
    }
  }
  TcpTransport client_;
  TcpTransport server_;
  std::thread thread_;
};

TransportPeers& transportPeers() {
  static TransportPeers peers;
  return peers;
}

// Times exchange(), one round trip a call; stops with an error when one fails.
template <typename Exchange>
void timeRoundTrips(benchmark::State& state, size_t bytesPerTrip, Exchange exchange) {
  for (auto _ : state) {
    if (!exchange()) {
      state.SkipWithError("round trip failed");
      return;
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytesPerTrip));
}

void roundTripThroughTransport(benchmark::State& state, uint16_t type, size_t requestBytes,
                               size_t replyBytes) {
  TcpTransport& client = transportPeers().client();
  std::vector<uint8_t> request(requestBytes, 1);
  Message reply;
  timeRoundTrips(state, requestBytes + replyBytes, [&] {
    return client.send(2, type, 42, request.data(), request.size()).isOk() &&
           client.receive(reply, kSecond) && reply.payload.size() == replyBytes;
  });
}

BENCHMARK_CAPTURE(roundTripThroughTransport, small, kEcho, kSmallBytes, kSmallBytes)->UseRealTime();
BENCHMARK_CAPTURE(roundTripThroughTransport, pageFetch, kPageRequest, kRequestBytes, kPageBytes)
    ->UseRealTime();

// Plain sockets, blocking, Nagle off: the floor any transport over loopback TCP stands on.
bool transfer(int socket, uint8_t* bytes, size_t size, bool sending) {
  for (size_t done = 0; done < size;) {
    ssize_t n = sending ? ::send(socket, bytes + done, size - done, MSG_NOSIGNAL)
                        : ::recv(socket, bytes + done, size - done, 0);
    if (n <= 0) return false;
    done += static_cast<size_t>(n);
  }
  return true;
}

class RawPeers {
 public:
  RawPeers() {
    int listener = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address = {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    if (::bind(listener, reinterpret_cast<sockaddr*>(&address), length) != 0 ||
        ::listen(listener, 1) != 0 ||
        ::getsockname(listener, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
      std::abort();
    }
    client_ = ::socket(AF_INET, SOCK_STREAM, 0);
    if (::connect(client_, reinterpret_cast<sockaddr*>(&address), length) != 0) std::abort();
    int server = ::accept(listener, nullptr, nullptr);
    ::close(listener);
    int one = 1;
    ::setsockopt(client_, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    ::setsockopt(server, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    thread_ = std::thread([server] { serve(server); });
  }
  ~RawPeers() {
    ::shutdown(client_, SHUT_WR);
    thread_.join();
    ::close(client_);
  }
  int client() const { return client_; }

 private:
  // The first byte says which exchange: its request size and reply size follow from it.
  static void serve(int server) {
    std::vector<uint8_t> buffer(kPageBytes);
    while (transfer(server, buffer.data(), 1, false)) {
      bool page = buffer[0] == kPageRequest;
      size_t rest = (page ? kRequestBytes : kSmallBytes) - 1;
      if (!transfer(server, buffer.data() + 1, rest, false)) break;
      if (!transfer(server, buffer.data(), page ? kPageBytes : kSmallBytes, true)) break;
    }
    ::close(server);
  }
  int client_ = -1;
  std::thread thread_;
};

RawPeers& rawPeers() {
  static RawPeers peers;
  return peers;
}

void roundTripOverRawTcp(benchmark::State& state, uint16_t type, size_t requestBytes,
                         size_t replyBytes) {
  int client = rawPeers().client();
  std::vector<uint8_t> request(requestBytes, static_cast<uint8_t>(type));
  std::vector<uint8_t> reply(replyBytes);
  timeRoundTrips(state, requestBytes + replyBytes, [&] {
    return transfer(client, request.data(), request.size(), true) &&
           transfer(client, reply.data(), reply.size(), false);
  });
}

BENCHMARK_CAPTURE(roundTripOverRawTcp, small, kEcho, kSmallBytes, kSmallBytes)->UseRealTime();
BENCHMARK_CAPTURE(roundTripOverRawTcp, pageFetch, kPageRequest, kRequestBytes, kPageBytes)->UseRealTime();

// What the tag costs on its own, per frame: a page frame and a small one.
void BM_TagFrame(benchmark::State& state) {
  uint8_t key[ClusterKey::kBytes] = {1};
  MessageAuthenticator authenticator(key);
  std::vector<uint8_t> frame(kHeaderBytes + static_cast<size_t>(state.range(0)));
  uint8_t tag[kTagBytes];
  for (auto _ : state) {
    authenticator.tag(frame.data(), frame.size(), tag);
    benchmark::DoNotOptimize(tag);
  }
}
BENCHMARK(BM_TagFrame)->Arg(kSmallBytes)->Arg(kPageBytes);

// The tag the transport used before (libsodium's portable HMAC-SHA-512/256, key schedule kept),
// measured beside ours in the same run.
void BM_TagFrameLibsodiumHmacSha512256(benchmark::State& state) {
  uint8_t key[crypto_auth_hmacsha512256_KEYBYTES] = {1};
  crypto_auth_hmacsha512256_state keyed;
  crypto_auth_hmacsha512256_init(&keyed, key, sizeof key);
  std::vector<uint8_t> frame(kHeaderBytes + static_cast<size_t>(state.range(0)));
  uint8_t tag[crypto_auth_hmacsha512256_BYTES];
  for (auto _ : state) {
    crypto_auth_hmacsha512256_state running = keyed;
    crypto_auth_hmacsha512256_update(&running, frame.data(), frame.size());
    crypto_auth_hmacsha512256_final(&running, tag);
    benchmark::DoNotOptimize(tag);
  }
}
BENCHMARK(BM_TagFrameLibsodiumHmacSha512256)->Arg(kSmallBytes)->Arg(kPageBytes);

}  // namespace
}  // namespace plurix::network::bench
