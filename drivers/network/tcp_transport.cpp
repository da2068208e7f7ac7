#include "drivers/network/tcp_transport.h"

#include <errno.h>
#include <poll.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <string>

#include "drivers/network/handshake.h"
#include "drivers/network/session.h"
#include "drivers/network/tcp_socket.h"
#include "runtime/platform/system.h"

namespace plurix::network {

using platform::ErrorCode;
using platform::MessageBuilder;
using platform::Result;
using platform::Status;

namespace {

enum class Phase : uint8_t { kConnecting, kHandshaking, kEstablished, kClosed };

// Received bytes not yet consumed, in one contiguous buffer so that a whole frame can be checked
// in place. Grows only while a frame is incomplete, so it stays below two of the largest frames.
class InputBuffer {
 public:
  static constexpr size_t kReadChunk = 64 << 10;

  uint8_t* data() { return bytes_.get() + start_; }
  size_t size() const { return end_ - start_; }
  void consume(size_t count) {
    start_ += count;
    if (start_ == end_) start_ = end_ = 0;
  }
  // Guarantees at least kReadChunk writable bytes at tail() (moving or growing the buffer).
  void reserveChunk() {
    if (capacity_ - end_ >= kReadChunk) return;
    size_t kept = size();
    size_t capacity = capacity_;
    while (capacity - kept < kReadChunk) capacity = capacity == 0 ? 2 * kReadChunk : 2 * capacity;
    if (capacity != capacity_) {
      std::unique_ptr<uint8_t[]> bigger(new uint8_t[capacity]);  // not zero-filled: written first
      if (kept != 0) std::memcpy(bigger.get(), data(), kept);
      bytes_ = std::move(bigger);
      capacity_ = capacity;
    } else if (kept != 0) {
      std::memmove(bytes_.get(), data(), kept);
    }
    start_ = 0;
    end_ = kept;
  }
  uint8_t* tail() { return bytes_.get() + end_; }
  size_t tailRoom() const { return capacity_ - end_; }
  void grew(size_t count) { end_ += count; }

 private:
  std::unique_ptr<uint8_t[]> bytes_;
  size_t capacity_ = 0;
  size_t start_ = 0;
  size_t end_ = 0;
};

}  // namespace

struct TcpTransport::Connection {
  ~Connection() {
    if (descriptor >= 0) ::close(descriptor);
  }
  int descriptor = -1;
  Phase phase = Phase::kConnecting;
  bool awaitedByConnect = false;  // connect() removes it itself, after reading failure
  std::string name;               // the far end's address, for log lines and errors
  std::string failure;            // why it was closed, if it failed
  uint64_t openedAt = 0;
  uint32_t peer = 0;
  std::unique_ptr<Handshake> handshake;
  std::unique_ptr<Session> session;
  InputBuffer input;
  std::vector<uint8_t> output;
  size_t outputSent = 0;
};

TcpTransport::TcpTransport(const ClusterKey& key, TcpTransportOptions options)
    : key_(key), options_(std::move(options)), readiness_(epoll_create1(EPOLL_CLOEXEC)) {}

TcpTransport::~TcpTransport() {
  for (auto& connection : connections_) close(*connection);
  if (listener_ >= 0) ::close(listener_);
  if (readiness_ >= 0) ::close(readiness_);
}

void TcpTransport::watch(int descriptor) {
  if (readiness_ < 0) return;
  epoll_event event{};
  event.events = EPOLLIN;
  event.data.fd = descriptor;
  (void)epoll_ctl(readiness_, EPOLL_CTL_ADD, descriptor, &event);  // closing the socket removes it
}

void TcpTransport::log(const char* format, ...) const {
  char line[512];
  int prefix = std::snprintf(line, sizeof line, "plurix network: station %u: ", options_.station);
  va_list arguments;
  va_start(arguments, format);
  std::vsnprintf(line + prefix, sizeof line - prefix, format, arguments);
  va_end(arguments);
  if (options_.log) {
    options_.log(line);
  } else {
    std::fprintf(stderr, "%s\n", line);
  }
}

Status TcpTransport::listen(const char* address) {
  if (listener_ >= 0) return Status::error(ErrorCode::kAlreadyExists, "already listening");
  Result<SocketAddress> parsed = parseSocketAddress(address);
  if (!parsed.isOk()) return parsed.status();
  Result<int> listener = listenOn(parsed.value(), address);
  if (!listener.isOk()) return listener.status();
  listener_ = listener.value();
  listeningPort_ = localPort(listener_);
  watch(listener_);
  return Status::ok();
}

Result<uint32_t> TcpTransport::connect(const char* address, uint64_t timeoutNanos) {
  Result<SocketAddress> parsed = parseSocketAddress(address);
  if (!parsed.isOk()) return parsed.status();
  Result<int> started = startConnect(parsed.value(), address);
  if (!started.isOk()) return started.status();
  auto owned = std::make_unique<Connection>();
  Connection& connection = *owned;
  connection.descriptor = started.value();
  watch(connection.descriptor);
  connection.awaitedByConnect = true;
  connection.name = address;
  connection.openedAt = platform::monotonicNanos();
  connections_.push_back(std::move(owned));

  uint64_t deadline = connection.openedAt + timeoutNanos;
  while (connection.phase != Phase::kEstablished && connection.phase != Phase::kClosed) {
    uint64_t now = platform::monotonicNanos();
    if (now >= deadline) {
      close(connection);
      connection.failure = "timed out";
      break;
    }
    pollFor(deadline - now);
  }
  connection.awaitedByConnect = false;
  if (connection.phase == Phase::kEstablished) return connection.peer;
  Status failed = Status::error(ErrorCode::kIoError, MessageBuilder()
                                                         .text("cannot connect to station at ")
                                                         .text(address)
                                                         .text(": ")
                                                         .text(connection.failure.c_str()));
  removeClosed();
  return failed;
}

bool TcpTransport::isConnected(uint32_t station) const { return byStation_.count(station) != 0; }

void TcpTransport::disconnect(uint32_t station) {
  auto found = byStation_.find(station);
  if (found != byStation_.end()) close(*found->second);
  removeClosed();
}

Status TcpTransport::send(uint32_t station, uint16_t type, uint64_t commitNumber,
                          const void* payload, size_t size) {
  auto found = byStation_.find(station);
  if (found == byStation_.end()) {
    return Status::error(ErrorCode::kNotFound,
                         MessageBuilder().text("no connection to station ").decimal(station));
  }
  if (size > options_.maxPayload) {
    return Status::error(ErrorCode::kInvalidArgument, MessageBuilder()
                                                          .text("message of ")
                                                          .decimal(size)
                                                          .text(" bytes exceeds the limit of ")
                                                          .decimal(options_.maxPayload));
  }
  Connection& connection = *found->second;
  if (connection.output.size() - connection.outputSent > options_.maxQueuedBytes) {
    return Status::error(ErrorCode::kOutOfMemory, MessageBuilder()
                                                      .text("station ")
                                                      .decimal(station)
                                                      .text(" is not reading its messages"));
  }
  connection.session->appendFrame(type, commitNumber, payload, size, connection.output);
  ++counters_.messagesSent;
  counters_.bytesSent += frameBytes(size);
  flushOutput(connection);
  if (connection.phase == Phase::kClosed) {
    return Status::error(ErrorCode::kIoError, MessageBuilder()
                                                  .text("connection to station ")
                                                  .decimal(station)
                                                  .text(" failed: ")
                                                  .text(connection.failure.c_str()));
  }
  return Status::ok();
}

size_t TcpTransport::poll() {
  pollFor(0);
  return ready_.size();
}

bool TcpTransport::tryReceive(Message& out) {
  if (ready_.empty()) pollFor(0);
  if (ready_.empty()) return false;
  out = std::move(ready_.front());
  ready_.pop_front();
  return true;
}

bool TcpTransport::receive(Message& out, uint64_t timeoutNanos) {
  uint64_t deadline = platform::monotonicNanos() + timeoutNanos;
  while (ready_.empty()) {
    uint64_t now = platform::monotonicNanos();
    if (now >= deadline) return false;
    pollFor(deadline - now);
  }
  out = std::move(ready_.front());
  ready_.pop_front();
  return true;
}

void TcpTransport::pollFor(uint64_t timeoutNanos) {
  std::vector<pollfd> watched;
  watched.reserve(connections_.size() + 1);
  size_t first = 0;
  if (listener_ >= 0) {
    watched.push_back({listener_, POLLIN, 0});
    first = 1;
  }
  size_t watchedConnections = connections_.size();
  for (auto& connection : connections_) {
    short events = POLLIN;
    if (connection->phase == Phase::kConnecting || connection->outputSent < connection->output.size()) {
      events |= POLLOUT;
    }
    watched.push_back({connection->descriptor, events, 0});
  }
  timespec timeout = {static_cast<time_t>(timeoutNanos / 1000000000),
                      static_cast<long>(timeoutNanos % 1000000000)};
  int ready = ::ppoll(watched.data(), watched.size(), &timeout, nullptr);
  if (ready > 0) {
    // Connections first and new ones after: connections_ grows while accepting.
    for (size_t i = 0; i < watchedConnections; ++i) {
      if (watched[first + i].revents != 0) serve(*connections_[i], watched[first + i].revents);
    }
    if (first == 1 && (watched[0].revents & POLLIN) != 0) acceptAll();
  }
  uint64_t now = platform::monotonicNanos();
  for (auto& connection : connections_) {
    bool opening = connection->phase == Phase::kConnecting || connection->phase == Phase::kHandshaking;
    if (opening && now - connection->openedAt > options_.handshakeTimeoutNanos) {
      refuse(*connection, RejectReason::kHandshakeFailed, "no handshake in time");
    }
  }
  removeClosed();
}

void TcpTransport::acceptAll() {
  for (int descriptor = acceptPending(listener_); descriptor >= 0;
       descriptor = acceptPending(listener_)) {
    auto connection = std::make_unique<Connection>();
    connection->descriptor = descriptor;
    watch(descriptor);
    connection->phase = Phase::kHandshaking;
    connection->name = peerName(descriptor);
    connection->openedAt = platform::monotonicNanos();
    connection->handshake =
        std::make_unique<Handshake>(HandshakeRole::kAcceptor, key_, options_.station);
    connections_.push_back(std::move(connection));
  }
}

void TcpTransport::serve(Connection& connection, short events) {
  if (connection.phase == Phase::kClosed) return;
  if (connection.phase == Phase::kConnecting) {
    finishConnect(connection);
    return;
  }
  if ((events & POLLOUT) != 0) flushOutput(connection);
  if ((events & (POLLIN | POLLHUP | POLLERR)) != 0) readInput(connection);
}

void TcpTransport::finishConnect(Connection& connection) {
  int error = 0;
  socklen_t length = sizeof error;
  if (::getsockopt(connection.descriptor, SOL_SOCKET, SO_ERROR, &error, &length) != 0) error = errno;
  if (error == EINPROGRESS) return;
  if (error != 0) {
    connection.failure = strerror(error);
    close(connection);
    return;
  }
  connection.phase = Phase::kHandshaking;
  connection.handshake =
      std::make_unique<Handshake>(HandshakeRole::kConnector, key_, options_.station);
  uint8_t hello[kHandshakeBytes];
  size_t size = connection.handshake->start(hello);
  connection.output.insert(connection.output.end(), hello, hello + size);
  flushOutput(connection);
}

void TcpTransport::readInput(Connection& connection) {
  while (connection.phase == Phase::kHandshaking || connection.phase == Phase::kEstablished) {
    InputBuffer& input = connection.input;
    input.reserveChunk();
    size_t room = input.tailRoom();
    ssize_t got = ::recv(connection.descriptor, input.tail(), room, 0);
    if (got < 0) {
      if (retryAfterError(connection)) continue;
      return;
    }
    if (got == 0) {
      if (connection.phase == Phase::kHandshaking) {
        refuse(connection, RejectReason::kHandshakeFailed,
               "closed during the handshake (peer without the cluster key?)");
      } else if (input.size() != 0) {
        refuse(connection, RejectReason::kTruncated, "stream ended inside a frame");
      } else {
        connection.failure = "closed by the peer";
        close(connection);
      }
      return;
    }
    input.grew(static_cast<size_t>(got));
    if (connection.phase == Phase::kHandshaking) advanceHandshake(connection);
    if (connection.phase == Phase::kEstablished) readFrames(connection);
    // A short read drained the socket: stop without the recv that would only say EAGAIN (a
    // syscall per message saved); poll(2) is level-triggered, so nothing left is missed.
    if (static_cast<size_t>(got) < room) return;
  }
}

void TcpTransport::advanceHandshake(Connection& connection) {
  InputBuffer& input = connection.input;
  while (connection.phase == Phase::kHandshaking && input.size() >= kHandshakeBytes) {
    uint8_t reply[kHandshakeBytes];
    size_t size = connection.handshake->receive(input.data(), reply);
    input.consume(kHandshakeBytes);
    connection.output.insert(connection.output.end(), reply, reply + size);
    if (size != 0) flushOutput(connection);
    if (connection.handshake->state() == HandshakeState::kRefused) {
      refuse(connection, RejectReason::kHandshakeFailed, connection.handshake->failure());
    } else if (connection.handshake->state() == HandshakeState::kEstablished) {
      establish(connection);
    }
  }
}

void TcpTransport::establish(Connection& connection) {
  connection.peer = connection.handshake->peerStation();
  connection.session = std::make_unique<Session>(connection.handshake->sessionKey(),
                                                 options_.station, connection.peer,
                                                 options_.maxPayload);
  connection.handshake.reset();
  connection.phase = Phase::kEstablished;
  ++counters_.handshakesCompleted;
  auto older = byStation_.find(connection.peer);
  if (older != byStation_.end()) {
    log("station %u connected again from %s; closing its older connection", connection.peer,
        connection.name.c_str());
    older->second->failure = "replaced by a newer connection";
    close(*older->second);
  }
  byStation_[connection.peer] = &connection;
}

void TcpTransport::readFrames(Connection& connection) {
  InputBuffer& input = connection.input;
  while (connection.phase == Phase::kEstablished) {
    Message message;
    size_t consumed = 0;
    RejectReason reason = connection.session->openFrame(input.data(), input.size(), message, consumed);
    if (reason != RejectReason::kNone) {
      refuse(connection, reason, "frame refused");
      return;
    }
    if (consumed == 0) return;
    input.consume(consumed);
    ++counters_.messagesReceived;
    counters_.bytesReceived += consumed;
    ready_.push_back(std::move(message));
  }
}

void TcpTransport::flushOutput(Connection& connection) {
  std::vector<uint8_t>& output = connection.output;
  while (connection.outputSent < output.size()) {
    ssize_t sent = ::send(connection.descriptor, output.data() + connection.outputSent,
                          output.size() - connection.outputSent, MSG_NOSIGNAL);
    if (sent < 0) {
      if (retryAfterError(connection)) continue;
      return;
    }
    connection.outputSent += static_cast<size_t>(sent);
  }
  output.clear();  // keeps its capacity for the next frames
  connection.outputSent = 0;
}

bool TcpTransport::retryAfterError(Connection& connection) {
  if (errno == EINTR) return true;
  if (errno == EAGAIN || errno == EWOULDBLOCK) return false;
  connection.failure = strerror(errno);
  log("lost connection to %s: %s", connection.name.c_str(), connection.failure.c_str());
  close(connection);
  return false;
}

void TcpTransport::refuse(Connection& connection, RejectReason reason, const char* why) {
  ++counters_.rejected[static_cast<int>(reason)];
  connection.failure = why;
  if (connection.phase == Phase::kEstablished) {
    ++counters_.connectionsDropped;
    log("dropped connection to station %u at %s: %s (%s)", connection.peer,
        connection.name.c_str(), rejectReasonName(reason), why);
  } else {
    log("refused %s at the handshake: %s", connection.name.c_str(), why);
  }
  close(connection);
}

void TcpTransport::close(Connection& connection) {
  if (connection.phase == Phase::kClosed) return;
  if (connection.phase == Phase::kEstablished) {
    auto mapped = byStation_.find(connection.peer);
    if (mapped != byStation_.end() && mapped->second == &connection) byStation_.erase(mapped);
  }
  ::close(connection.descriptor);
  connection.descriptor = -1;
  connection.phase = Phase::kClosed;
}

void TcpTransport::removeClosed() {
  std::erase_if(connections_, [](const std::unique_ptr<Connection>& connection) {
    return connection->phase == Phase::kClosed && !connection->awaitedByConnect;
  });
}

}  // namespace plurix::network
