// TCP sockets as the TCP transport needs them: addresses written "host:port" (or "[v6]:port"),
// non-blocking sockets without Nagle's delay, and errors as values naming the address.
// Invariant: every descriptor returned is non-blocking and close-on-exec; the caller closes it.
#pragma once

#include <sys/socket.h>

#include <cstdint>
#include <string>

#include "runtime/platform/status.h"

namespace plurix::network {

struct SocketAddress {
  sockaddr_storage storage = {};
  socklen_t length = 0;
};

// Guarantees the address for text "host:port" (host resolved, port 0..65535), or
// kInvalidArgument naming text.
platform::Result<SocketAddress> parseSocketAddress(const char* text);
// Guarantees a listening socket bound to address (port 0: any free port).
platform::Result<int> listenOn(const SocketAddress& address, const char* text);
// Guarantees a socket whose connect to address is under way (completion shows as writable).
platform::Result<int> startConnect(const SocketAddress& address, const char* text);
// Guarantees a descriptor for the next pending connection on listener, or -1 when none is pending.
int acceptPending(int listener);
// Guarantees the local port of a bound socket (0 if unknown).
uint16_t localPort(int socket);
// Guarantees "host:port" of the far end, for log lines ("?" if unknown).
std::string peerName(int socket);

}  // namespace plurix::network
