// Reading objects generically: an object's type, its reference slots, and every object in the
// heap. Invariant: an object's slots are exactly its type's referenceOffsets plus, for arrays of
// references, every element — the collector, relocation, images and statistics agree on this.
#pragma once

#include <cstddef>
#include <cstdint>

#include "heap/address_space.h"
#include "heap/memory_manager.h"
#include "heap/object_layout.h"
#include "heap/type_descriptor.h"

namespace plurix::heap {

// Guarantees the object's descriptor, or nullptr for raw bytes (no references).
inline const TypeDescriptor* typeOf(const ObjectHeader* object) {
  if (object->typeOffset == 0) return nullptr;
  return reinterpret_cast<const TypeDescriptor*>(stationLocal()->heapBase + size_t{object->typeOffset} * kGranule);
}

// Calls visit(Slot*) for every reference slot of object, null or not.
template <typename Visit>
void forEachSlot(ObjectHeader* object, Visit visit) {
  const TypeDescriptor* type = typeOf(object);
  if (type == nullptr) return;
  const uint32_t* offsets = type->referenceOffsets();
  for (uint16_t i = 0; i < type->referenceCount; ++i) visit(slotAt(object, offsets[i]));
  if (!type->hasReferenceElements()) return;
  uint64_t length = reinterpret_cast<ArrayHeader*>(object)->length;
  for (uint64_t i = 0; i < length; ++i) visit(slotAt(object, kArrayElementsOffset + i * kSlotSize));
}

// Guarantees whether address is the start of a live object of this heap (not a free cell, not
// the inside of another object). Used to drop stale entries of the collector's queues.
bool isObjectStart(MemoryManager* manager, const void* address);

// Calls visit(ObjectHeader*) for every live object, in address order.
template <typename Visit>
void forEachObject(MemoryManager* manager, Visit visit) {
  PageInfo* map = manager->pageMap();
  for (uint32_t index = manager->firstDataPage; index < manager->topPage; ++index) {
    PageInfo& page = map[index];
    char* start = manager->pageAddress(index);
    if (page.state == PageState::kLargeHead) {
      // A large object listed as foreign garbage (foreign_garbage.h) reads as a free cell.
      auto* object = reinterpret_cast<ObjectHeader*>(start);
      if (!object->hasFlag(kFlagFree)) visit(object);
    } else if (page.state == PageState::kSmall) {
      size_t cellBytes = sizeClassBytes(page.sizeClass);
      for (size_t offset = 0; offset + cellBytes <= kPageSize; offset += cellBytes) {
        auto* object = reinterpret_cast<ObjectHeader*>(start + offset);
        if (!object->hasFlag(kFlagFree) && object->sizeAndFlags != 0) visit(object);
      }
    }
  }
}

}  // namespace plurix::heap
