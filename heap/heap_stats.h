// Heap statistics: objects and bytes per allocator kind, pages per kind and use, and the
// distribution of backchain lengths (reference counts) — what `plurix heap stats IMAGE` prints.
// Invariant: gathering only reads the heap; the report is written through a caller's sink, so
// this stays freestanding (no iostreams, no allocation).
#pragma once

#include <cstddef>
#include <cstdint>

#include "heap/memory_manager.h"
#include "heap/object_layout.h"
#include "runtime/platform/status.h"

namespace plurix::heap {

// Backchain-length buckets: 0, 1, 2, 3-4, 5-8, ... , over 2^(kChainBuckets-3).
inline constexpr int kChainBuckets = 12;

struct HeapStats {
  uint64_t heapBytes = 0;
  uint64_t pagesTotal = 0;
  uint64_t pagesMetadata = 0;
  uint64_t pagesFree = 0;             // in free runs below the top
  uint64_t pagesNeverUsed = 0;        // at and above the top
  uint64_t objects[kAllocatorKinds] = {};
  uint64_t bytes[kAllocatorKinds] = {};
  uint64_t largeObjects[kAllocatorKinds] = {};
  uint64_t smallPages[kAllocatorKinds] = {};
  uint64_t largePages[kAllocatorKinds] = {};
  uint64_t blockPages[kAllocatorKinds] = {};  // held by allocators, not yet carved
  uint64_t pinnedObjects = 0;
  uint64_t chainLengths[kChainBuckets] = {};
  uint64_t longestChain = 0;
  uint64_t totalReferences = 0;
  uint32_t stations = 0;              // stations that have allocators in this heap
};

// Requires the manager of an open heap. Guarantees the heap's statistics.
HeapStats gatherHeapStats(MemoryManager* manager);

// Where a report goes: write(context, text, length) is called with pieces of text.
struct TextSink {
  void (*write)(void* context, const char* text, size_t length);
  void* context;
};

// Guarantees a human-readable report of stats written to sink.
void writeHeapStats(const HeapStats& stats, TextSink sink);

// Requires no heap open in this process. Guarantees the report for the image at path (mapped
// at kDefaultHeapBase, then unmapped) written to sink, or the image's error.
platform::Status reportImageStats(const char* path, TextSink sink);

}  // namespace plurix::heap
