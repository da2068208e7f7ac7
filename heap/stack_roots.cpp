#include "heap/stack_roots.h"

#include <algorithm>

#include "heap/address_space.h"
#include "runtime/platform/system.h"

namespace plurix::heap {

StackRoots StackRoots::gather(MemoryManager* manager, const uintptr_t* low, const uintptr_t* high) {
  // The search's parent indices are scratch between searches; no search runs while the set
  // lives, so the words borrow that reservation (1 GiB: no stack comes near it).
  ObjectQueue& scratch = stationLocal()->searchParents;
  auto* words = reinterpret_cast<uintptr_t*>(scratch.begin);
  auto* limit = reinterpret_cast<uintptr_t*>(scratch.end);
  // Only words into the data pages can hold an object: most stack words are small integers,
  // return addresses and stack addresses, and filtering them first keeps the sort short.
  uintptr_t first = reinterpret_cast<uintptr_t>(manager->pageAddress(manager->firstDataPage));
  uintptr_t span = reinterpret_cast<uintptr_t>(manager->pageAddress(manager->topPage)) - first;
  size_t count = 0;
  for (const uintptr_t* word = low; word < high; ++word) {
    uintptr_t value = *word;
    if (value - first >= span) continue;  // below first wraps around: one compare for both ends
    if (words + count == limit) platform::fatal("stack scan: more heap addresses on the stack than the scratch holds");
    words[count++] = value;
  }
  std::sort(words, words + count);
  count = static_cast<size_t>(std::unique(words, words + count) - words);
  return StackRoots(words, count);
}

StackRoots::StackRoots(const uintptr_t* words, size_t count) : words_(words), count_(count) {
  for (size_t i = 0; i < count; ++i) {
    size_t bit = filterBit(words[i]);
    pageFilter_[bit / 64] |= uint64_t{1} << (bit % 64);
  }
}

bool StackRoots::holds(const ObjectHeader* object) const {
  uintptr_t start = reinterpret_cast<uintptr_t>(object);
  // A small object never crosses a page (allocator.h): no word on its page, no word inside it.
  if (object->size() <= kMaxSmallObject) {
    size_t bit = filterBit(start);
    if ((pageFilter_[bit / 64] >> (bit % 64) & 1) == 0) return false;
  }
  const uintptr_t* end = words_ + count_;
  const uintptr_t* found = std::lower_bound(words_, end, start);
  return found != end && *found - start < object->size();
}

namespace {

// A frame below the caller's: every byte of the caller's frame, the saved registers included,
// lies between this function's local and stackBase, whatever order the ABI gives the frame.
[[gnu::noinline]] CollectionResult scanFromHere(Collector& collector, uintptr_t stackBase, StackCollection kind) {
  uintptr_t marker = 0;
  // The compiler must place marker in memory, at an address inside this frame.
  asm volatile("" : : "r"(&marker) : "memory");
  const auto* low = reinterpret_cast<const uintptr_t*>(reinterpret_cast<uintptr_t>(&marker) & ~uintptr_t{7});
  const auto* high = reinterpret_cast<const uintptr_t*>(stackBase & ~uintptr_t{7});
  if (high <= low) return CollectionResult{};
  if (kind == StackCollection::kFreeGarbage) return collector.collectWithStackRoots(low, high);
  return collector.collectAllWithStackRoots(low, high);
}

}  // namespace

[[gnu::noinline]] CollectionResult collectSparingThisStack(Collector& collector, uintptr_t stackBase,
                                                           StackCollection kind) {
  // Spills every callee-saved register into this frame: compiled code may keep a reference in
  // one of them (rbx, r12-r15, rbp on x86-64) across the call that brought us here.
  __builtin_unwind_init();
  CollectionResult result = scanFromHere(collector, stackBase, kind);
  // Keeps the call above from becoming a tail call, which would drop the spilled registers'
  // frame before the scan.
  asm volatile("" : : : "memory");
  return result;
}

}  // namespace plurix::heap
