#include "heap/relocation.h"

#include <cstring>

#include "heap/address_space.h"
#include "heap/allocator.h"
#include "heap/backchain.h"
#include "heap/heap_walk.h"

namespace plurix::heap {

namespace {

// A link of the copy that pointed into the old object must point into the copy instead.
template <typename T>
T* translate(T* pointer, const char* oldStart, size_t size, char* newStart) {
  const char* raw = reinterpret_cast<const char*>(pointer);
  if (raw < oldStart || raw >= oldStart + size) return pointer;
  return reinterpret_cast<T*>(newStart + (raw - oldStart));
}

}  // namespace

platform::Result<ObjectHeader*> relocate(Heap& heap, ObjectHeader* object) {
  if (object->hasFlag(kFlagPinned)) {
    return platform::Status::error(platform::ErrorCode::kInvalidArgument,
                                   platform::MessageBuilder().text("cannot relocate pinned object at ").hex(reinterpret_cast<uintptr_t>(object)));
  }
  size_t size = object->size();
  void* memory = heap.allocator(object->kind())->allocate(size);
  if (memory == nullptr) return platform::Status::error(platform::ErrorCode::kOutOfMemory, "heap full while relocating");
  char* oldStart = object->bytes();
  char* newStart = static_cast<char*>(memory);
  memcpy(newStart, oldStart, size);
  auto* copy = reinterpret_cast<ObjectHeader*>(newStart);

  // 1. Links inside the copy that lead into the old object (self references) move with it.
  copy->backchain = translate(copy->backchain, oldStart, size, newStart);
  forEachSlot(copy, [&](Slot* slot) {
    if (slot->target == nullptr) return;
    slot->next = translate(slot->next, oldStart, size, newStart);
    slot->previous = translate(slot->previous, oldStart, size, newStart);
  });
  // 2. The neighbours of each slot of the copy point at the copy's slot now.
  forEachSlot(copy, [](Slot* slot) {
    if (slot->target == nullptr) return;
    *slot->previous = slot;
    if (slot->next != nullptr) slot->next->previous = &slot->next;
  });
  // 3. Every referrer, found through the chain, points at the copy.
  if (copy->backchain != nullptr) copy->backchain->previous = &copy->backchain;
  for (Slot* slot = copy->backchain; slot != nullptr; slot = slot->next) slot->target = copy;

  // The collector's queues hold the old address; requeue the copy under its new one.
  uint32_t queued = copy->sizeAndFlags & (kFlagInZeroList | kFlagCandidate);
  copy->clearFlag(static_cast<ObjectFlag>(queued));
  if (queued & kFlagInZeroList) {
    copy->setFlag(kFlagInZeroList);
    stationLocal()->zeroList.push(copy);
  }
  if (queued & kFlagCandidate) {
    copy->setFlag(kFlagCandidate);
    stationLocal()->candidates.push(copy);
  }
  // Nothing links into the old memory any more: release it without dropping its references.
  releaseObject(heap.memoryManager(), reinterpret_cast<ObjectHeader*>(oldStart));
  return copy;
}

}  // namespace plurix::heap
