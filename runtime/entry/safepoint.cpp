// Collection inside a running transaction (safepoint.h): every kAllocationsPerCollection
// allocations or kBytesPerCollection bytes, and once more when the heap is full, the collector
// frees the zero list's garbage while sparing whatever the transaction's stack and registers
// point into. One station runs per process, so the counters and the collector are this file's
// statics.
#include "runtime/entry/safepoint.h"

#include <optional>

#include "heap/address_space.h"
#include "heap/collector.h"
#include "heap/heap.h"
#include "heap/stack_roots.h"
#include "runtime/launch/runtime.h"

namespace plurix::runtime {

namespace {

uint32_t allocationsSinceCollection = 0;
uint64_t bytesSinceCollection = 0;

// One collector for the whole run: it remembers when it last pruned the candidates, which keeps
// that pruning amortised over a long transaction.
heap::Collector& collector() {
  static std::optional<heap::Collector> instance;
  if (!instance) instance.emplace(attachedHeap().memoryManager());
  return *instance;
}

void collect(heap::StackCollection kind) {
  allocationsSinceCollection = 0;
  bytesSinceCollection = 0;
  heap::StationLocal* local = heap::stationLocal();
  if (local->stackBase == 0) return;  // not inside a program's main: nothing says where its stack ends
  // The exception being propagated and the STATION object are referenced from the
  // station-local area, which is not scanned: copies in this frame hold them.
  heap::ObjectHeader* volatile pendingException = local->pendingException;
  heap::ObjectHeader* volatile station = local->station;
  heap::collectSparingThisStack(collector(), local->stackBase, kind);
  (void)pendingException;
  (void)station;
}

}  // namespace

void noteAllocation(uint64_t bytes) {
  bytesSinceCollection += bytes;
  if (++allocationsSinceCollection < kAllocationsPerCollection && bytesSinceCollection < kBytesPerCollection) return;
  collect(heap::StackCollection::kFreeGarbage);
}

// By count alone: the bytes matter inside one long transaction, and a collection between
// transactions is a system transaction of its own, whose commit other stations see.
bool collectionDue() { return allocationsSinceCollection >= kAllocationsPerCollection / 4; }

void collectBetweenTransactions() {
  allocationsSinceCollection = 0;
  bytesSinceCollection = 0;
  (void)collector().collectAll();
}

void collectNow() { collect(heap::StackCollection::kFreeGarbageAndReturnPages); }

}  // namespace plurix::runtime
