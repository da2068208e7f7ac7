// One heap per benchmark process, opened on first use (the heap sits at a fixed address).
#pragma once

#include <optional>

#include "heap/heap.h"
#include "heap/type_descriptor.h"
#include "runtime/platform/system.h"

namespace plurix::heap::bench {

inline Heap& benchHeap() {
  static std::optional<Heap> heap;
  if (!heap) {
    HeapConfig config;
    config.size = size_t{8} << 30;
    auto created = Heap::create(config);
    if (!created.isOk()) platform::fatal(created.status().message());
    heap.emplace(std::move(created.value()));
  }
  return *heap;
}

// A type with count reference fields and nothing else.
inline const TypeDescriptor* referenceType(size_t count) {
  FieldKind kinds[8];
  for (size_t i = 0; i < count; ++i) kinds[i] = FieldKind::kReference;
  auto type = benchHeap().defineType(kinds, count);
  if (!type.isOk()) platform::fatal(type.status().message());
  return type.value();
}

inline Slot* field(ObjectHeader* object, size_t index) {
  return slotAt(object, sizeof(ObjectHeader) + index * kSlotSize);
}

}  // namespace plurix::heap::bench
