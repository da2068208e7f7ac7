// The garbage collector: the backchain is each object's reference count (paper 001 §2.5): an
// object with an empty chain that is no root is garbage between transactions, and freeing it
// drops the references it holds. Cyclic garbage is found by a backward search from candidates
// (objects that lost a reference but kept others): walking backchains towards the referrers, a
// search that meets no pinned root has found objects nothing live can reach, and frees them all.
// Invariant: the full collector runs only between transactions (no stack references exist,
// DESIGN.md 4); inside a transaction only the *WithStackRoots entries run, which free nothing a
// word of the transaction's stack points into and search no cycles. Each search is local and
// bounded, so no other station is stopped. docs/HEAP.md says why this and not trial deletion or
// incremental marking; docs/CODEGEN.md "Memory" how a long transaction is collected.
#pragma once

#include <cstddef>
#include <cstdint>

#include "heap/memory_manager.h"
#include "heap/object_layout.h"
#include "heap/station_local.h"

namespace plurix::heap {

struct CollectionResult {
  size_t freedObjects = 0;
  size_t freedBytes = 0;
  size_t work = 0;       // objects and slots visited
  bool finished = true;  // false: queued work remains that this budget can do (call again)
  size_t deferredSearches = 0;  // searches that need a larger budget (or collectAll)
};

class Collector {
 public:
  // Requires the manager of the open heap.
  explicit Collector(MemoryManager* manager) : manager_(manager) {}

  // Requires an empty stack (between transactions). Guarantees at most about twice budget units
  // of work: objects whose chains are empty are freed (and what they alone held, in turn);
  // candidates are searched while the budget lasts; a search that needs more than a whole
  // budget is deferred, retried once per step, and done by collectAll. Each step leaves the
  // heap consistent, so transactions may run between steps.
  CollectionResult step(size_t budget);

  // Requires an empty stack. Guarantees every object unreachable from the pinned roots freed,
  // this station's allocators' empty pages returned to the memory manager (or, on a station
  // above 0, kept as its spare pages, allocator.h), and its foreign garbage released when due
  // (foreign_garbage.h).
  CollectionResult collectAll();

  // Requires a running transaction whose stack (and callee-saved registers, spilled onto it)
  // lies in [low, high) as aligned words; stack_roots.h's collectSparingThisStack finds the
  // range. Guarantees every zero-list object with an empty backchain freed unless a word of
  // [low, high) points into it (header to end), cascading to what the freed objects alone held;
  // the spared stay queued for a later collection. Searches no cycles (candidates stay queued
  // for the collector between transactions) and returns no pages. Keep one Collector for the
  // whole transaction: it remembers when the candidates were last pruned of freed objects.
  CollectionResult collectWithStackRoots(const uintptr_t* low, const uintptr_t* high);

  // Requires as collectWithStackRoots. Guarantees what it does, then every queue pruned of
  // freed objects, the foreign garbage released and the allocators' empty and spare pages
  // returned to the memory manager, so a full heap can give them to other size classes and to
  // large objects.
  CollectionResult collectAllWithStackRoots(const uintptr_t* low, const uintptr_t* high);

  // Requires an empty stack. Guarantees object freed at once, with every reference it holds
  // dropped (its memory listed as foreign garbage if this station does not own it,
  // foreign_garbage.h); requires that nothing in the heap refers to it any more (an empty
  // backchain).
  void freeObject(ObjectHeader* object, CollectionResult* result);

 private:
  enum class SearchOutcome { kLive, kGarbage, kTooLarge };
  // spare(object) true keeps an object with an empty chain queued instead of freeing it.
  template <bool kCascadeDepthFirst, typename Spare>
  void drainZeroList(size_t budget, CollectionResult* result, Spare spare);
  void drainZeroList(size_t budget, CollectionResult* result);
  void pruneQueue(ObjectQueue& queue, ObjectFlag queuedFlag);
  bool searchCandidates(size_t budget, CollectionResult* result);  // true: every deferred search tried
  SearchOutcome searchBackwards(ObjectHeader* candidate, size_t limit, size_t* work);
  void freeVisited(CollectionResult* result);
  void returnEmptyPages(bool heapFull);

  MemoryManager* manager_;
  // Candidates left after the last pruning inside a transaction: the next pruning waits until
  // the queue has doubled, so pruning costs O(1) per queued entry however many stay live.
  size_t candidatesAfterPrune_ = 0;
};

}  // namespace plurix::heap
