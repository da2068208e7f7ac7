// The messages of the page and commit protocols between stations, as payloads of the transport's
// frames (drivers/network/transport.h). Station 0, the creating station, is the cluster's home:
// it grants the right to commit to one station at a time, first come first served, records who
// wrote each page last (its owner) and tells every other station which pages a commit changed and
// who committed it. A commit sends only its page addresses: the committer keeps the pages and
// answers other stations' requests for them, with the committed version (paper 000 §3, paper 001
// §2.2). Station 0 owns every page nobody has written since the heap was created, and the pages
// stations hand back when they leave. Invariant: payloads are plain little-endian structs of
// fixed size (a list's entries follow a fixed header), checked for size before use; a page
// reply's frame carries the commit number its contents are the version of.
#pragma once

#include <cstdint>

#include "runtime/platform/memory.h"

namespace plurix::cluster {

enum class PageMessage : uint16_t {
  kJoinRequest = 1,    // joiner -> home: JoinRequest (where other stations reach the joiner)
  kJoinReply = 2,      // home -> joiner: JoinReply, then kMembers
  kPageRequest = 3,    // station -> owner (or home): PageRequest
  kPageReply = 4,      // owner -> station: PageReply; the frame's commit number is the version's
  kCommitRequest = 5,  // station -> home: no payload; wants the right to commit
  kCommitGrant = 6,    // home -> station: CommitGrant; every earlier write set was sent before it
  kCommitPages = 7,    // holder -> home: PageList, the addresses of pages it keeps (one or more)
  kCommitEnd = 8,      // holder -> home: no payload; the commit is whole, publish it
  kCommitCancel = 9,   // holder -> home: no payload; the transaction aborted, pass the right on
  kWriteSet = 10,      // home -> others: WriteSet header, then count page addresses
  kPageRedirect = 11,  // owner or home -> station: PageRedirect; the page is not served here
  kMembers = 12,       // home -> joiner: PageList-like Members header, then count Member entries
  kHandBack = 13,      // leaving station -> home: PageList header, then count (address, bytes)
  kHandBackEnd = 14,   // leaving station -> home, and home's answer: every page handed back
  kCommitThrough = 15,  // holder -> home: PageList header, then count (address, bytes): pages
                        // it wrote that the home owns from this commit on (one or more)
  kPageRunRequest = 16,  // station -> home: PageRunRequest; a page and the ones after it
  kPageRunReply = 17,    // home -> station: PageRunReply header, then count pages' bytes; the
                         // frame's commit number is the version of all of them
};

// Written pages in runs of at least this many adjacent pages stay with the committer.
inline constexpr size_t kKeptRunPages = 8;

struct JoinRequest {
  char address[64];  // "host:port" where this station accepts other stations, NUL-terminated
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

// Read-ahead: a station that faults on pages in address order asks the home for a run of them at
// once. The home answers with the page asked for and as many of the next count - 1 as it owns
// (at least the first), all at its commit number; a first page it does not own gets the answer
// a single request gets.
inline constexpr uint32_t kMaxRunPages = 16;

struct PageRunRequest {
  uint64_t page;
  uint32_t count;  // 2 .. kMaxRunPages
  uint32_t reserved;
};

struct PageRunReply {
  uint64_t page;
  uint32_t count;  // 1 .. the count asked for
  uint32_t reserved;
  // then count * kPageSize bytes: the pages from page on
};

struct PageRedirect {
  uint64_t page;
  uint32_t owner;  // the page's owner as the sender knows it (a transport id), 0 if it does not
  uint32_t reserved;
};

struct CommitGrant {
  uint64_t commitNumber;  // the global commit number this commit will have
};

struct PageList {
  uint32_t count;
  uint32_t reserved;
  // then count entries: for kCommitPages uint64_t page; for kHandBack and kCommitThrough
  // uint64_t page and bytes
};
inline constexpr uint32_t kAddressesPerMessage = 65536;  // 512 KiB: under the transport's 1 MiB
inline constexpr uint32_t kPagesPerMessage = 200;        // with contents: 800 KiB

struct Member {
  uint32_t station;   // transport id
  uint32_t reserved;
  char address[64];   // as in JoinRequest
};

struct WriteSet {
  uint64_t commitNumber;
  uint32_t committer;  // transport id: the owner from now on of the first kept pages
  uint32_t count;
  uint32_t kept;       // how many of the pages (the first ones) the committer keeps; the home
  uint32_t reserved;   // owns the rest
  // then count times: uint64_t page
};

// Transport station ids start at 1; heap station ids at 0.
inline uint32_t transportIdOf(uint16_t heapStation) { return uint32_t{heapStation} + 1; }

}  // namespace plurix::cluster
