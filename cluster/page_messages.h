// The messages of the page and commit protocols between stations, as payloads of the transport's
// frames (drivers/network/transport.h). Station 0, the creating station, is the cluster's page
// server: it holds the newest committed version of every page, grants the right to commit to one
// station at a time, first come first served, takes each commit's pages and tells every other
// station which pages changed (paper 000 §3, paper 001 §2.2). Invariant: payloads are plain
// little-endian structs of fixed size (a commit's pages follow a fixed header), checked for size
// before use.
#pragma once

#include <cstdint>

#include "runtime/platform/memory.h"

namespace plurix::cluster {

enum class PageMessage : uint16_t {
  kJoinRequest = 1,    // joiner -> server: no payload
  kJoinReply = 2,      // server -> joiner: JoinReply
  kPageRequest = 3,    // station -> server: PageRequest
  kPageReply = 4,      // server -> station: PageReply
  kCommitRequest = 5,  // station -> server: no payload; wants the right to commit
  kCommitGrant = 6,    // server -> station: CommitGrant; every earlier write set was sent before it
  kCommitPages = 7,    // holder -> server: CommitPages header, then count pages (address, bytes)
  kCommitEnd = 8,      // holder -> server: no payload; the commit is whole, publish it
  kCommitCancel = 9,   // holder -> server: no payload; the transaction aborted, pass the right on
  kWriteSet = 10,      // server -> others: WriteSet header, then count page addresses
};

struct JoinReply {
  uint64_t heapBase;
  uint64_t heapSize;
  uint32_t stationId;  // the heap station id the joiner takes
  uint32_t reserved;
  uint64_t commitNumber;  // the cluster's global commit number at the join
};

struct PageRequest {
  uint64_t page;
};

struct PageReply {
  uint64_t page;
  uint32_t found;  // 0: no such page (outside the heap)
  uint32_t reserved;
  unsigned char bytes[platform::kPageSize];
};

struct CommitGrant {
  uint64_t commitNumber;  // the global commit number this commit will have
};

struct CommitPages {
  uint32_t count;
  uint32_t reserved;
  // then count times: uint64_t page, unsigned char bytes[kPageSize]
};
inline constexpr uint32_t kPagesPerCommitMessage = 200;  // well under the transport's 1 MiB

struct WriteSet {
  uint64_t commitNumber;
  uint32_t committer;  // transport id
  uint32_t count;
  // then count times: uint64_t page
};

// Transport station ids start at 1; heap station ids at 0.
inline uint32_t transportIdOf(uint16_t heapStation) { return uint32_t{heapStation} + 1; }

}  // namespace plurix::cluster
