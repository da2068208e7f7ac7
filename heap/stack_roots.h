// Stack roots: the references a running transaction holds outside the heap — on its stack and
// in its registers — which no backchain records (DESIGN.md invariant 4). Inside a long
// transaction the collector must spare what they point at. The scan is conservative: every
// aligned word of the stack that points anywhere inside an object (header to end; compiled
// code keeps interior pointers, e.g. to an array element) holds that object. A word that only
// looks like a pointer keeps garbage alive until the next collection; it never frees anything.
//
// Why sorted words and not marks in the headers: the set is built once per collection from a
// few hundred to a few thousand words, and asked only about objects that are about to be freed
// (an empty backchain), so a binary search per such object costs less than interpreting every
// word through the page map, needs no header flag (all eight are taken) and never writes to
// objects the stack merely names. A filter of 4096 bits by page number answers most questions
// before the search: a small object lies on one page, and few pages have a stack word.
#pragma once

#include <cstddef>
#include <cstdint>

#include "heap/collector.h"
#include "heap/memory_manager.h"
#include "heap/object_layout.h"

namespace plurix::heap {

class StackRoots {
 public:
  // Requires [low, high) readable (high >= low), no collector search running (the words are
  // kept in the search's scratch queue of the station-local area). Guarantees the set of words
  // in [low, high) that lie in the heap's data pages, sorted, duplicates removed.
  static StackRoots gather(MemoryManager* manager, const uintptr_t* low, const uintptr_t* high);

  // Guarantees whether some gathered word points into [object, object + size).
  bool holds(const ObjectHeader* object) const;

  size_t size() const { return count_; }

 private:
  static constexpr size_t kFilterBits = 4096;
  StackRoots(const uintptr_t* words, size_t count);
  static size_t filterBit(uintptr_t address) { return (address / kPageSize) % kFilterBits; }
  const uintptr_t* words_;
  size_t count_;
  uint64_t pageFilter_[kFilterBits / 64] = {};  // bit set: maybe a word on a page of that number
};

// What a collection inside a transaction does beyond freeing the zero list's garbage.
enum class StackCollection : uint8_t {
  kFreeGarbage,  // Collector::collectWithStackRoots: the cheap, periodic kind
  kFreeGarbageAndReturnPages,  // Collector::collectAllWithStackRoots: for a full heap
};

// Requires stackBase the highest address of the calling thread's stack that holds references
// (the frame that started the transaction), above the caller's frame. Guarantees a collection
// of kind that spares every object the calling thread's stack or callee-saved registers point
// into: the registers are saved into this function's frame first, and the scan starts below it.
CollectionResult collectSparingThisStack(Collector& collector, uintptr_t stackBase, StackCollection kind);

}  // namespace plurix::heap
