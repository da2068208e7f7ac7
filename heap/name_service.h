// The name service: a heap-resident map from names to objects — one for classes, one for named
// roots — so every station finds the same class or root by name. Entries and their key strings
// are ordinary heap objects and every reference among them is a backchained slot, so a bound
// object stays alive and relocation keeps the map valid. Invariant: a name is bound at most once.
// Paper 001 §4.3: system objects private to a station are never published here.
#pragma once

#include <cstddef>
#include <cstdint>

#include "heap/heap.h"
#include "runtime/platform/status.h"

namespace plurix::heap {

class NameService {
 public:
  // Requires a heap from Heap::create or an image; which selects the anchor slot that holds the map.
  NameService(Heap& heap, AnchorSlot which) : heap_(heap), which_(which) {}
  static NameService classes(Heap& heap) { return NameService(heap, AnchorSlot::kClassNames); }
  static NameService roots(Heap& heap) { return NameService(heap, AnchorSlot::kRootNames); }

  // Requires a live object. Guarantees name bound to object (replacing an earlier binding), or
  // kOutOfMemory with nothing changed.
  platform::Status bind(const char* name, size_t length, ObjectHeader* object);
  // Guarantees the object bound to name, or nullptr.
  ObjectHeader* lookup(const char* name, size_t length) const;
  // Guarantees name unbound; kNotFound if it was not bound.
  platform::Status unbind(const char* name, size_t length);
  // Guarantees visit called once per binding, in no particular order (the name is not
  // NUL-terminated). visit must not bind or unbind.
  void forEach(void (*visit)(const char* name, size_t length, ObjectHeader* object, void* argument),
               void* argument) const;
  // Guarantees the number of bindings.
  uint64_t count() const;

 private:
  ObjectHeader* table() const;
  Slot* findEntrySlot(const char* name, size_t length, uint64_t hash) const;
  platform::Status ensureTable();
  platform::Status growBuckets();
  Heap& heap_;
  AnchorSlot which_;
};

}  // namespace plurix::heap
