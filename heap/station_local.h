// The station-local area: one station's private state at a fixed address outside the heap —
// the STATION pointer, the runtime table compiled code calls through, driver and protocol
// structs, and the collector's work queues. Invariant: nothing in the heap points here, and
// what is here survives a transaction's abort (DESIGN.md invariants 2 and 6).
// Paper 001 §4.4: local memory for state variables.
#pragma once

#include <cstddef>
#include <cstdint>

#include "heap/object_layout.h"

namespace plurix::heap {

// A queue of object addresses over a fixed reservation inside the station-local area, taken
// from either end: pop() takes the newest, popOldest() the oldest.
struct ObjectQueue {
  ObjectHeader** begin;
  ObjectHeader** head;  // the oldest entry still queued
  ObjectHeader** top;
  ObjectHeader** end;

  bool empty() const { return top == head; }
  size_t size() const { return static_cast<size_t>(top - head); }
  // Every allocation pushes: the check stays inline, the fatal error out of line.
  void push(ObjectHeader* object) {
    if (top == end) overflow();
    *top++ = object;
  }
  [[noreturn]] static void overflow();  // a full queue is a broken limit, see address_space.h
  ObjectHeader* pop() {
    ObjectHeader* object = *--top;
    if (top == head) clear();
    return object;
  }
  ObjectHeader* popOldest() {
    ObjectHeader* object = *head++;
    if (top == head) clear();
    return object;
  }
  void clear() { head = top = begin; }
};

inline constexpr size_t kRuntimeTableEntries = 512;
inline constexpr size_t kDriverStateBytes = 16 * 1024;
inline constexpr size_t kProtocolStateBytes = 16 * 1024;

struct StationLocal {
  uintptr_t heapBase;       // where this station mapped the heap (the same on every station)
  size_t heapSize;
  uint16_t stationId;
  uint16_t reserved[3];
  ObjectHeader* station;    // the STATION object (in the heap); set by the runtime
  // The exception compiled code is propagating, or null: a throw sets it, and compiled code
  // tests it after every call that may throw (runtime/object/class_info.h, docs/CODEGEN.md).
  ObjectHeader* pendingException;
  // Where the running transaction's stack began (its highest address): the collector scans
  // from the current stack pointer up to here for references held on the stack.
  uintptr_t stackBase;
  // Filled by each station at start-up; compiled code calls the runtime only through it.
  void* runtimeTable[kRuntimeTableEntries];
  alignas(64) unsigned char driverState[kDriverStateBytes];
  alignas(64) unsigned char protocolState[kProtocolStateBytes];
  // The collector's queues (collector.h says what goes where).
  ObjectQueue zeroList;     // objects whose backchain became (or started) empty
  ObjectQueue candidates;   // objects that lost a reference but kept others: maybe cyclic garbage
  ObjectQueue deferred;     // candidates whose search outgrew a step's budget
  ObjectQueue searchParents;  // scratch: for each visited object, the index of who led to it
  ObjectQueue visited;        // scratch: everything one search marked, in the order found
  ObjectQueue provenLive;     // objects marked kFlagProvenLive during the current step
  uint64_t storesSinceStressRelocation;  // PLURIX_STRESS_RELOCATE builds only (backchain.h)
  // The station's commit number: how many transactions it has committed (txn/transaction.h).
  uint64_t commitNumber;
  // Why the running transaction must abort at its next safepoint (txn::AbortReason), or 0.
  volatile uint32_t abortRequest;
  // stationId as the dialect reads it: `STATION.id` compiles to a load of this int, not of a
  // static field, whose one value would be the whole cluster's (LANGUAGE.md §10).
  int32_t stationNumber;
  // Set while transactions track the heap's pages: the heap then changes memory only by writing
  // it (never behind the MMU's back, as discarding pages to the OS would).
  bool pagesTracked;
  // Set when this station (above 0) runs short of pages to carve without the memory manager:
  // the loop then stocks its spare pages between rounds (heap/page_supply.h).
  bool pagesWanted;
  // The allocator page (StationAllocators) of station ownAllocatorsStation, the one this
  // process's heap attached (Heap::attachStation); null before.
  void* ownAllocators;
  uint16_t ownAllocatorsStation;
};

}  // namespace plurix::heap
