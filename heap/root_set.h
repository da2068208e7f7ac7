// The explicit root set: objects the runtime keeps alive without a name (class statics, objects
// handed to native code). It is a reference array held by the pinned anchor, so a root is simply
// an object with a referrer that leads to a pinned object — the collector needs no other rule.
// Invariant: a handle names one element until it is removed.
#pragma once

#include <cstdint>

#include "heap/heap.h"
#include "runtime/platform/status.h"

namespace plurix::heap {

class RootSet {
 public:
  // Requires a heap created by Heap::create (or loaded from its image).
  explicit RootSet(Heap& heap) : heap_(heap) {}

  // Requires a live object. Guarantees object is a root until remove(handle).
  platform::Result<uint32_t> add(ObjectHeader* object);
  // Requires a handle from add, not yet removed. Guarantees the root dropped.
  void remove(uint32_t handle);
  // Guarantees the object held by handle (nullptr if removed).
  ObjectHeader* get(uint32_t handle) const;
  // Guarantees the number of live roots (an O(capacity) count).
  uint64_t count() const;

 private:
  ObjectHeader* table() const;
  Slot* element(ObjectHeader* table, uint64_t index) const;
  platform::Status grow();
  Heap& heap_;
};

}  // namespace plurix::heap
