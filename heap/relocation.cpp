#include "heap/relocation.h"

#include <cstring>

#include "heap/address_space.h"
#include "heap/allocator.h"
#include "heap/backchain.h"
#include "heap/foreign_garbage.h"
#include "heap/heap_walk.h"

namespace plurix::heap {

namespace {

// A link of the copy that named a word inside the old object must name the copy's word instead.
ChainLink translate(ChainLink link, const char* oldStart, size_t size, char* newStart) {
  if (link == 0) return 0;
  const char* raw = linkedAddress(link);
  if (raw < oldStart || raw >= oldStart + size) return link;
  return linkTo(newStart + (raw - oldStart));
}

// Copies object to memory (size bytes, allocated) and makes every link in the heap that led to
// the object, its chain or its slots lead to the copy. The old memory is left as it was.
ObjectHeader* moveObject(ObjectHeader* object, void* memory) {
  size_t size = object->size();
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
  // 2. The neighbours of each slot of the copy link to the copy's slot now.
  forEachSlot(copy, [](Slot* slot) {
    if (slot->target == nullptr) return;
    ChainLink self = linkTo(slot);
    *linkedWord(slot->previous) = self;
    if (slot->next != 0) linkedSlot(slot->next)->previous = self + 1;  // its next word
  });
  // 3. Every referrer, found through the chain, points at the copy.
  if (copy->backchain != 0) firstReferrer(copy)->previous = linkTo(&copy->backchain);
  for (Slot* slot = firstReferrer(copy); slot != nullptr; slot = nextReferrer(slot)) slot->target = copy;
  return copy;
}

}  // namespace

platform::Result<ObjectHeader*> relocate(Heap& heap, ObjectHeader* object) {
  if (object->hasFlag(kFlagPinned)) {
    return platform::Status::error(platform::ErrorCode::kInvalidArgument,
                                   platform::MessageBuilder().text("cannot relocate pinned object at ").hex(reinterpret_cast<uintptr_t>(object)));
  }
  void* memory = heap.allocator(object->kind())->allocate(object->size());
  if (memory == nullptr) return platform::Status::error(platform::ErrorCode::kOutOfMemory, "heap full while relocating");
  ObjectHeader* copy = moveObject(object, memory);

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
  // Nothing links into the old memory any more: release it without dropping its references
  // (listed as foreign garbage if another station owns it, foreign_garbage.h).
  releaseOrDefer(heap.memoryManager(), object, stationLocal()->stationId);
  return copy;
}

#if PLURIX_STRESS_RELOCATE > 0
// Called inside a transaction, where the caller's stack holds target (DESIGN.md 4: stack
// references are on no chain), so the object must end where it was: it is moved to a scratch
// copy and back. Every heap reference to it is rewritten twice through its backchain; one that
// was not on the chain is left naming the scratch memory, which is freed and cleared, so the
// tests see it broken. The queues' entries stay valid: the object is back at its address.
void stressRelocate(ObjectHeader* target) {
  if (target->hasFlag(kFlagPinned)) return;
  MemoryManager* manager = MemoryManager::local();
  Allocator* allocator = allocatorFor(manager, stationLocal()->stationId, target->kind());
  void* scratch = allocator == nullptr ? nullptr : allocator->allocate(target->size());
  if (scratch == nullptr) return;  // heap full: no stress this time
  ObjectHeader* away = moveObject(target, scratch);
  moveObject(away, target);
  releaseObject(manager, away);
}
#endif

}  // namespace plurix::heap
