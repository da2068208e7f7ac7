#include "drivers/network/tcp_socket.h"

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <unistd.h>

#include <cstring>

namespace plurix::network {

using platform::ErrorCode;
using platform::MessageBuilder;
using platform::Status;

namespace {

Status socketError(const char* what, const char* address, int error) {
  return Status::error(ErrorCode::kIoError,
                       MessageBuilder().text(what).text(" ").text(address).text(": ").text(
                           strerror(error)));
}

// Small messages are the protocol's common case (page requests, invalidations): Nagle's
// algorithm would hold each one back for the previous one's acknowledgement.
void tuneSocket(int descriptor) {
  int one = 1;
  ::setsockopt(descriptor, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
}

platform::Result<int> newSocket(const SocketAddress& address, const char* text) {
  int descriptor = ::socket(address.storage.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
  if (descriptor < 0) return socketError("cannot open a socket for", text, errno);
  return descriptor;
}

}  // namespace

platform::Result<SocketAddress> parseSocketAddress(const char* text) {
  std::string all(text == nullptr ? "" : text);
  size_t colon = all.rfind(':');
  if (colon == std::string::npos || colon == 0 || colon + 1 == all.size()) {
    return Status::error(ErrorCode::kInvalidArgument,
                         MessageBuilder().text("address '").text(all.c_str()).text(
                             "' is not host:port"));
  }
  std::string host = all.substr(0, colon);
  std::string port = all.substr(colon + 1);
  if (host.size() > 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
  addrinfo hints = {};
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = AI_NUMERICSERV;
  addrinfo* found = nullptr;
  int error = ::getaddrinfo(host.c_str(), port.c_str(), &hints, &found);
  if (error != 0 || found == nullptr) {
    return Status::error(ErrorCode::kInvalidArgument, MessageBuilder()
                                                          .text("address '")
                                                          .text(all.c_str())
                                                          .text("': ")
                                                          .text(gai_strerror(error)));
  }
  SocketAddress address;
  std::memcpy(&address.storage, found->ai_addr, found->ai_addrlen);
  address.length = found->ai_addrlen;
  ::freeaddrinfo(found);
  return address;
}

platform::Result<int> listenOn(const SocketAddress& address, const char* text) {
  platform::Result<int> made = newSocket(address, text);
  if (!made.isOk()) return made.status();
  int descriptor = made.value();
  int one = 1;
  ::setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  if (::bind(descriptor, reinterpret_cast<const sockaddr*>(&address.storage), address.length) != 0 ||
      ::listen(descriptor, 64) != 0) {
    int error = errno;
    ::close(descriptor);
    return socketError("cannot listen on", text, error);
  }
  return descriptor;
}

platform::Result<int> startConnect(const SocketAddress& address, const char* text) {
  platform::Result<int> made = newSocket(address, text);
  if (!made.isOk()) return made.status();
  int descriptor = made.value();
  tuneSocket(descriptor);
  if (::connect(descriptor, reinterpret_cast<const sockaddr*>(&address.storage), address.length) != 0 &&
      errno != EINPROGRESS) {
    int error = errno;
    ::close(descriptor);
    return socketError("cannot connect to", text, error);
  }
  return descriptor;
}

int acceptPending(int listener) {
  while (true) {
    int descriptor = ::accept4(listener, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
    if (descriptor >= 0) {
      tuneSocket(descriptor);
      return descriptor;
    }
    // A connection that died in the backlog is no reason to stop accepting the others.
    if (errno == EINTR || errno == ECONNABORTED) continue;
    return -1;
  }
}

uint16_t localPort(int socket) {
  sockaddr_storage storage = {};
  socklen_t length = sizeof storage;
  if (::getsockname(socket, reinterpret_cast<sockaddr*>(&storage), &length) != 0) return 0;
  if (storage.ss_family == AF_INET) return ntohs(reinterpret_cast<sockaddr_in*>(&storage)->sin_port);
  if (storage.ss_family == AF_INET6) return ntohs(reinterpret_cast<sockaddr_in6*>(&storage)->sin6_port);
  return 0;
}

std::string peerName(int socket) {
  sockaddr_storage storage = {};
  socklen_t length = sizeof storage;
  if (::getpeername(socket, reinterpret_cast<sockaddr*>(&storage), &length) != 0) return "?";
  char host[NI_MAXHOST];
  char port[NI_MAXSERV];
  if (::getnameinfo(reinterpret_cast<sockaddr*>(&storage), length, host, sizeof host, port,
                    sizeof port, NI_NUMERICHOST | NI_NUMERICSERV) != 0) {
    return "?";
  }
  return std::string(host) + ":" + port;
}

}  // namespace plurix::network
