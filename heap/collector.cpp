#include "heap/collector.h"

#include <cstdint>

#include "heap/allocator.h"
#include "heap/backchain.h"
#include "heap/foreign_garbage.h"
#include "heap/heap_walk.h"
#include "heap/stack_roots.h"

namespace plurix::heap {

namespace {

// Whether a queued address still holds an object. Entries may be stale: the object was freed
// meanwhile (and its memory maybe reused). A small page keeps its size class until
// returnEmptyPages hands it back, which only collectAll does, with every queue empty: so an
// address queued on a small page is still a cell start (an object or a free cell), and its
// flags tell which without the division isObjectStart needs. Large runs are freed at any time
// and may come back as any kind of page. Queued addresses always lie in committed heap memory.
bool stillAnObject(MemoryManager* manager, ObjectHeader* object) {
  if (manager->pageOf(object).state == PageState::kSmall) return !object->hasFlag(kFlagFree);
  return isObjectStart(manager, object);
}

// How many queue entries ahead to prefetch: the zero list is in allocation order, so its
// objects lie close together, but a large one is far beyond the cache when its turn comes.
constexpr size_t kPrefetchDistance = 32;

}  // namespace

void Collector::freeObject(ObjectHeader* object, CollectionResult* result) {
  // Each target's header is read and written below: start the misses together, not in turn.
  forEachSlot(object, [](Slot* slot) { __builtin_prefetch(slot->target, 1); });
  forEachSlot(object, [](Slot* slot) {
    if (slot->target != nullptr) storeReference(slot, nullptr);
  });
  ++result->freedObjects;
  result->freedBytes += object->size();
  releaseOrDefer(manager_, object, stationLocal()->stationId);
}

void Collector::drainZeroList(size_t budget, CollectionResult* result) {
  drainZeroList<false>(budget, result, [](ObjectHeader*) { return false; });
}

// Objects spared go to the visited queue (scratch of the cycle search, which never runs while
// objects are spared); the caller queues them again. kCascadeDepthFirst takes what freeing
// queues newest first, so a structure that left the zero list (its nodes became candidates) is
// freed depth first, close to the order it was built in, not breadth first (2.4 times slower
// for binary trees: the freed cells come back for reuse scattered, docs/HEAP.md).
template <bool kCascadeDepthFirst, typename Spare>
void Collector::drainZeroList(size_t budget, CollectionResult* result, Spare spare) {
  ObjectQueue& zeroList = stationLocal()->zeroList;
  ObjectHeader** queuedBefore = zeroList.top;  // entries from here on were queued by freeing
  while (!zeroList.empty() && result->work < budget) {
    ObjectHeader* object;
    if (kCascadeDepthFirst && zeroList.top > queuedBefore) {
      object = zeroList.pop();
    } else {
      // Oldest first: Java allocates a parent before the children its constructor stores, so
      // the parent is freed first and its children, already queued, follow without checks.
      if (zeroList.size() > kPrefetchDistance) __builtin_prefetch(zeroList.head[kPrefetchDistance], 1);
      object = zeroList.popOldest();
    }
    ++result->work;
    if (!object->hasFlag(kFlagInZeroList) || !stillAnObject(manager_, object)) continue;
    object->clearFlag(kFlagInZeroList);
    if (object->hasFlag(kFlagPinned)) continue;
    if (object->backchain == 0) {
      if (spare(object)) {
        object->setFlag(kFlagInZeroList);
        stationLocal()->visited.push(object);
        continue;
      }
      freeObject(object, result);
    } else if (!object->hasFlag(kFlagCandidate)) {
      // Referenced after all — but maybe only by objects as new as itself (a cycle built and
      // dropped within one transaction loses no reference, so nothing else would suspect it).
      object->setFlag(kFlagCandidate);
      stationLocal()->candidates.push(object);
    }
  }
}

// Walks from candidate towards everything that refers to it, transitively. Meeting a pinned
// object proves the candidate live; exhausting the referrers without one proves every object
// visited unreachable, since anything reachable from a root that reached the candidate would
// have led the search to that root. Breadth first: a live object's nearest root is usually a
// few referrers away, and depth first would wander through the whole live graph before it.
// The path found from the root to the candidate is live too: it is marked, and later searches
// in the same step stop there (a list of new objects costs O(n), not O(n^2)). Freeing garbage
// never makes a live object dead, so the marks hold until the step ends.
Collector::SearchOutcome Collector::searchBackwards(ObjectHeader* candidate, size_t limit, size_t* work) {
  StationLocal* local = stationLocal();
  ObjectQueue& visited = local->visited;
  // Parent indices share the parents queue's memory, one word per visited object.
  auto* parents = reinterpret_cast<uintptr_t*>(local->searchParents.begin);
  visited.clear();
  candidate->setFlag(kFlagVisited);
  visited.push(candidate);
  parents[0] = 0;
  SearchOutcome outcome = SearchOutcome::kGarbage;
  size_t liveIndex = 0;
  for (size_t index = 0; index < visited.size(); ++index) {
    ObjectHeader* object = visited.begin[index];
    ++*work;
    if (object->hasFlag(kFlagPinned) || object->hasFlag(kFlagProvenLive)) {
      outcome = SearchOutcome::kLive;
      liveIndex = index;
      break;
    }
    if (visited.size() > limit) {
      outcome = SearchOutcome::kTooLarge;
      break;
    }
    for (Slot* slot = firstReferrer(object); slot != nullptr; slot = nextReferrer(slot)) {
      ++*work;
      ObjectHeader* referrer = manager_->objectContaining(slot);
      if (referrer->hasFlag(kFlagVisited)) continue;
      referrer->setFlag(kFlagVisited);
      parents[visited.size()] = index;
      visited.push(referrer);
    }
  }
  if (outcome == SearchOutcome::kGarbage) return outcome;
  for (ObjectHeader** entry = visited.begin; entry != visited.top; ++entry) (*entry)->clearFlag(kFlagVisited);
  if (outcome == SearchOutcome::kLive) {
    for (size_t index = liveIndex; index != 0;) {
      index = parents[index];
      ObjectHeader* onPath = visited.begin[index];
      if (onPath->hasFlag(kFlagProvenLive)) break;
      onPath->setFlag(kFlagProvenLive);
      local->provenLive.push(onPath);
    }
  }
  return outcome;
}

void Collector::freeVisited(CollectionResult* result) {
  ObjectQueue& visited = stationLocal()->visited;
  // Drop every reference first: the set refers to itself, so no member's chain is empty before.
  for (ObjectHeader** entry = visited.begin; entry != visited.top; ++entry) {
    forEachSlot(*entry, [](Slot* slot) {
      if (slot->target != nullptr) storeReference(slot, nullptr);
    });
  }
  uint16_t station = stationLocal()->stationId;
  for (ObjectHeader** entry = visited.begin; entry != visited.top; ++entry) {
    ++result->freedObjects;
    result->freedBytes += (*entry)->size();
    releaseOrDefer(manager_, *entry, station);
  }
  visited.clear();
}

bool Collector::searchCandidates(size_t budget, CollectionResult* result) {
  StationLocal* local = stationLocal();
  // Deferred searches get one try per step, after the fresh candidates.
  size_t deferredTries = local->deferred.size();
  while (result->work < budget) {
    ObjectHeader* candidate = nullptr;
    if (!local->candidates.empty()) {
      candidate = local->candidates.pop();
    } else if (deferredTries > 0) {
      --deferredTries;
      candidate = local->deferred.pop();
    } else {
      break;
    }
    ++result->work;
    if (!candidate->hasFlag(kFlagCandidate) || !stillAnObject(manager_, candidate)) continue;
    candidate->clearFlag(kFlagCandidate);
    if (candidate->backchain == 0) {  // lost its last reference since: plain garbage
      if (!candidate->hasFlag(kFlagPinned)) freeObject(candidate, result);
      continue;
    }
    // A search may use a whole budget even late in a step: a step then costs up to twice the
    // budget, but kTooLarge always means "needs more than a budget", so deferring is right.
    SearchOutcome outcome = searchBackwards(candidate, budget, &result->work);
    if (outcome == SearchOutcome::kGarbage) {
      freeVisited(result);
      drainZeroList(budget, result);  // what only the cycle held goes with it
    } else if (outcome == SearchOutcome::kTooLarge) {
      // To the bottom of the deferred list, so every deferred search gets its turn.
      candidate->setFlag(kFlagCandidate);
      ObjectQueue& deferred = local->deferred;
      deferred.push(candidate);
      for (ObjectHeader** entry = deferred.top - 1; entry > deferred.begin; --entry) *entry = *(entry - 1);
      *deferred.begin = candidate;
    }
  }
  return deferredTries == 0;
}

CollectionResult Collector::step(size_t budget) {
  CollectionResult result;
  StationLocal* local = stationLocal();
  drainZeroList(budget, &result);
  bool triedDeferred = local->deferred.empty();
  if (local->zeroList.empty()) triedDeferred = searchCandidates(budget, &result);
  result.finished = local->zeroList.empty() && local->candidates.empty() && triedDeferred;
  // Transactions may run before the next step: what was live may not stay live.
  while (!local->provenLive.empty()) local->provenLive.pop()->clearFlag(kFlagProvenLive);
  result.deferredSearches = local->deferred.size();
  return result;
}

CollectionResult Collector::collectAll() {
  CollectionResult total;
  for (;;) {
    CollectionResult part = step(SIZE_MAX);
    total.freedObjects += part.freedObjects;
    total.freedBytes += part.freedBytes;
    total.work += part.work;
    if (part.finished && part.deferredSearches == 0) break;
  }
  uint16_t station = stationLocal()->stationId;
  if (foreignGarbageDue(manager_, station)) releaseForeignGarbage(manager_, station);
  returnEmptyPages(false);
  return total;
}

// Inside a transaction the stack is a root the backchains do not know: an object it points
// into is spared, and stays on the zero list, since it is garbage as soon as the stack lets go
// of it and no reference lost in the heap would queue it again. The cycle search is skipped:
// proving a candidate live through a stack word would not last (the stack changes without any
// store), so each candidate would have to be searched again at every collection; candidates
// wait for the collector between transactions instead, pruned of the freed ones meanwhile.
CollectionResult Collector::collectWithStackRoots(const uintptr_t* low, const uintptr_t* high) {
  CollectionResult result;
  StationLocal* local = stationLocal();
  StackRoots roots = StackRoots::gather(manager_, low, high);
  local->visited.clear();
  drainZeroList<true>(SIZE_MAX, &result, [&roots](ObjectHeader* object) { return roots.holds(object); });
  // Oldest first again, behind nothing: the zero list is empty after a full drain.
  ObjectQueue& spared = local->visited;
  for (ObjectHeader** entry = spared.begin; entry != spared.top; ++entry) local->zeroList.push(*entry);
  spared.clear();
  // Most candidates of a long transaction are new objects stored into others, freed a little
  // later: without pruning, the queue would grow with every allocation until it overflows.
  constexpr size_t kMinimumPrune = size_t{1} << 16;
  if (local->candidates.size() >= kMinimumPrune && local->candidates.size() >= 2 * candidatesAfterPrune_) {
    pruneQueue(local->candidates, kFlagCandidate);
    candidatesAfterPrune_ = local->candidates.size();
  }
  result.finished = local->candidates.empty() && local->deferred.empty();
  result.deferredSearches = local->deferred.size();
  return result;
}

CollectionResult Collector::collectAllWithStackRoots(const uintptr_t* low, const uintptr_t* high) {
  CollectionResult result = collectWithStackRoots(low, high);
  StationLocal* local = stationLocal();
  pruneQueue(local->candidates, kFlagCandidate);
  candidatesAfterPrune_ = local->candidates.size();
  pruneQueue(local->deferred, kFlagCandidate);
  // Every queued address is now an object (the zero list holds only the spared, provenLive and
  // the search scratch are empty), so no queued address lies on a page returned below: the
  // invariant stillAnObject rests on holds. A full heap needs the foreign garbage's memory too,
  // whatever writing its owners' state costs this transaction.
  releaseForeignGarbage(manager_, local->stationId);
  returnEmptyPages(true);
  return result;
}

// Keeps the entries that still name an object queued here, once each, in their order: an entry
// is stale when its object was freed, or its cell reused by an object not queued (or queued
// again, which would make a duplicate). kFlagVisited is free to mark the kept: no search runs.
void Collector::pruneQueue(ObjectQueue& queue, ObjectFlag queuedFlag) {
  ObjectHeader** kept = queue.head;
  for (ObjectHeader** entry = queue.head; entry != queue.top; ++entry) {
    // Most entries of a long transaction's candidates were freed since, their cells scattered.
    if (queue.top - entry > static_cast<ptrdiff_t>(kPrefetchDistance)) __builtin_prefetch(entry[kPrefetchDistance]);
    ObjectHeader* object = *entry;
    if (!stillAnObject(manager_, object) || !object->hasFlag(queuedFlag) || object->hasFlag(kFlagVisited)) continue;
    object->setFlag(kFlagVisited);
    *kept++ = object;
  }
  for (ObjectHeader** entry = queue.head; entry != kept; ++entry) (*entry)->clearFlag(kFlagVisited);
  queue.top = kept;
  if (queue.empty()) queue.clear();
}

// Only this station's allocators: another station's lists and pages are its own business, and
// touching them would make every collection here conflict with that station's transactions.
// A station sharing the heap keeps its empty pages (SparePages, allocator.h) unless the heap is
// full, so that its collections seldom write the memory manager's state.
void Collector::returnEmptyPages(bool heapFull) {
  uint16_t station = stationLocal()->stationId;
  if (manager_->stationPage[station] == 0) return;
  StationAllocators* allocators = stationAllocatorsOf(manager_, station);
  SparePages* spare = station == 0 || heapFull ? nullptr : &allocators->sparePages;
  for (Allocator& allocator : allocators->byKind) allocator.returnEmptyPages(spare);
  if (heapFull) returnSparePages(manager_, station);
}

}  // namespace plurix::heap
