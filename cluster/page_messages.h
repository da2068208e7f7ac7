// The messages of the page protocol between stations, as payloads of the transport's frames
// (drivers/network/transport.h). A station that joins asks any member for the heap's geometry,
// then asks for each page the first time it touches it; the answer is always a committed
// version (paper 001 §2.2). Invariant: payloads are plain little-endian structs of fixed size,
// checked for size before use.
#pragma once

#include <cstdint>

#include "runtime/platform/memory.h"

namespace plurix::cluster {

enum class PageMessage : uint16_t {
  kJoinRequest = 1,  // joiner -> member: no payload
  kJoinReply = 2,    // member -> joiner: JoinReply
  kPageRequest = 3,  // any -> owner: PageRequest
  kPageReply = 4,    // owner -> requester: PageReply
};

struct JoinReply {
  uint64_t heapBase;
  uint64_t heapSize;
  uint32_t stationId;  // the heap station id the joiner takes
  uint32_t reserved;
};

struct PageRequest {
  uint64_t page;
};

struct PageReply {
  uint64_t page;
  uint32_t found;  // 0: the owner has no such page (outside its heap)
  uint32_t reserved;
  unsigned char bytes[platform::kPageSize];
};

// Transport station ids start at 1; heap station ids at 0.
inline uint32_t transportIdOf(uint16_t heapStation) { return uint32_t{heapStation} + 1; }

}  // namespace plurix::cluster
