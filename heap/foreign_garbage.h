// Foreign garbage: dead objects whose memory this station does not own. A small object on
// another station's page belongs to that station's allocator; a large object, on a station that
// shares the heap (id above 0), belongs to the memory manager. Releasing one at once would write
// the owner's allocator page and page-map entries, or the manager's header and free runs, which
// the owner (or every station) reads whenever it allocates: the two stations' transactions would
// conflict over memory neither uses. So the dead object is cleared into a free cell and chained
// onto a list of the freeing station's own, its head on that station's allocator page (only this
// station writes it), and the list is released in one batch, rarely (paper 001 §4.2: allocation
// and freeing stay inside a station's allocators; shared state is written seldom). The list is
// heap memory, so an aborted transaction takes its additions back with everything else.
// Invariant: a listed object is referenced by nothing, reads as a free cell (kFlagFree, so stale
// queue entries and heap walks skip it), and its page's live count still counts it (so its
// owner never hands the page back while it is listed); it is released once, by the station that
// listed it, or when a heap image is loaded.
#pragma once

#include <cstddef>
#include <cstdint>

#include "heap/memory_manager.h"
#include "heap/object_layout.h"

namespace plurix::heap {

// Lives on the station's allocator page (StationAllocators), after its allocators.
struct ForeignGarbage {
  FreeCell* head;               // chained through FreeCell::next; nullptr: empty
  uint64_t bytes;               // memory the listed objects hold
  uint32_t collectionsWaited;   // full collections since the list was last released while not empty
  uint32_t reserved;
};

// Released when this much is listed, so a station that frees many foreign objects does not hold
// their memory long, or after this many full collections, so a few never wait forever.
inline constexpr uint64_t kForeignGarbageBatchBytes = uint64_t{256} << 10;
inline constexpr uint32_t kForeignGarbageMaxWait = 16;

// Requires an object referenced by nothing whose references are dropped, station this station's
// id. Guarantees its memory released now (releaseObject) when station owns it, else cleared and
// listed on station's foreign garbage (released now anyway if station has no allocators and the
// heap is too full to make them).
void releaseOrDefer(MemoryManager* manager, ObjectHeader* object, uint16_t station);

// Requires a full collection of station between transactions. Guarantees whether the list is due
// for release (kForeignGarbageBatchBytes listed, or kForeignGarbageMaxWait collections waited),
// counting this collection.
bool foreignGarbageDue(MemoryManager* manager, uint16_t station);

// Guarantees every object on station's list released to its owner (writing the owners' state
// and the manager's, in the caller's transaction) and the list empty; returns the bytes released.
uint64_t releaseForeignGarbage(MemoryManager* manager, uint16_t station);

// Guarantees the bytes station's list holds (0: none, or no allocators).
uint64_t foreignGarbageBytes(MemoryManager* manager, uint16_t station);

}  // namespace plurix::heap
