// The backchain: every reference held in the heap (object fields, array elements, statics) is a
// Slot linked into its target's chain, so the heap knows every reference to every object —
// for relocation, and as the collector's reference count. Invariant (DESIGN.md 4): a slot is on
// the chain of exactly the object it points at; references on the stack are on no chain.
// Paper 001 §2.4 (after Traub). storeReference is the ONE barrier every reference store uses.
//
// Layout decision (measured, docs/HEAP.md "Backchain"): a doubly linked chain of compressed links,
// 16 bytes per slot (target pointer, then 32-bit next and previous links in 8-byte units from the
// heap base). A singly linked chain saves a link but must walk the old target's chain to unlink,
// so a store costs O(references to the old target); popular objects (classes' statics, shared
// strings, a list's head) made it hundreds of times slower. Full-pointer links (24 bytes) cost
// binary trees a third more memory traffic than compressed ones for the same work.
#pragma once

#include <cstddef>

#include "heap/address_space.h"
#include "heap/object_layout.h"

namespace plurix::heap {

// The address a link names, and the link naming an address (address_space.h: links in 8s).
inline char* linkedAddress(ChainLink link) { return reinterpret_cast<char*>(stationLocal()->heapBase + (uintptr_t{link} << 3)); }
inline ChainLink linkTo(const void* address) {
  return static_cast<ChainLink>((reinterpret_cast<uintptr_t>(address) - stationLocal()->heapBase) >> 3);
}
inline Slot* linkedSlot(ChainLink link) { return link == 0 ? nullptr : reinterpret_cast<Slot*>(linkedAddress(link)); }
inline ChainLink* linkedWord(ChainLink link) { return reinterpret_cast<ChainLink*>(linkedAddress(link)); }

// Guarantees the first slot on object's chain, or nullptr; nextReferrer the one after slot.
inline Slot* firstReferrer(const ObjectHeader* object) { return linkedSlot(object->backchain); }
inline Slot* nextReferrer(const Slot* slot) { return linkedSlot(slot->next); }

// Tells the collector that object lost a heap reference: it is garbage if its chain is now empty
// (and no stack holds it when the transaction ends), or maybe part of a garbage cycle if not.
inline void noteReferenceDropped(ObjectHeader* object) {
  if (object->hasFlag(kFlagPinned)) return;
  if (object->backchain == 0) {
    if (object->hasFlag(kFlagInZeroList)) return;
    object->setFlag(kFlagInZeroList);
    stationLocal()->zeroList.push(object);
    return;
  }
  if (object->hasFlag(kFlagCandidate)) return;
  object->setFlag(kFlagCandidate);
  stationLocal()->candidates.push(object);
}

inline void unlinkSlot(Slot* slot) {
  *linkedWord(slot->previous) = slot->next;
  if (slot->next != 0) linkedSlot(slot->next)->previous = slot->previous;
}

inline void linkSlot(Slot* slot, ObjectHeader* target) {
  ChainLink first = target->backchain;
  ChainLink self = linkTo(slot);
  slot->next = first;
  slot->previous = linkTo(&target->backchain);
  // &slot->next is the slot's address plus 8: one granule on.
  if (first != 0) linkedSlot(first)->previous = self + 1;
  target->backchain = self;
}
static_assert(offsetof(Slot, next) == kGranule && offsetof(ObjectHeader, backchain) == 0);

#if PLURIX_STRESS_RELOCATE > 0
// Stress build (STYLE.md §14, docs/TESTING.md): moves target away and back through relocation,
// so every heap reference to it is rewritten twice through its backchain (relocation.cpp).
void stressRelocate(ObjectHeader* target);
#endif

// THE reference store barrier. Requires slot inside a heap object (a field, an element or a
// static) and target a heap object or nullptr. Guarantees slot->target == target, slot moved from
// the old target's chain to the new one's, and the old target reported to the collector.
inline void storeReference(Slot* slot, ObjectHeader* target) {
#if PLURIX_STRESS_RELOCATE > 0
  if (target != nullptr && ++stationLocal()->storesSinceStressRelocation >= PLURIX_STRESS_RELOCATE) {
    stationLocal()->storesSinceStressRelocation = 0;
    stressRelocate(target);
  }
#endif
  ObjectHeader* old = slot->target;
  if (old == target) return;
  if (old != nullptr) unlinkSlot(slot);
  slot->target = target;
  if (target != nullptr) {
    linkSlot(slot, target);
  } else {
    slot->next = 0;
    slot->previous = 0;
  }
  if (old != nullptr) noteReferenceDropped(old);
}

// Guarantees the number of heap references to object (its reference count).
size_t backchainLength(const ObjectHeader* object);

// Calls visit(slot) for every slot referencing object. Requires visit not to store into the
// chain being walked (it may read; relocation rewrites targets only).
template <typename Visit>
void forEachReferrer(const ObjectHeader* object, Visit visit) {
  for (Slot* slot = firstReferrer(object); slot != nullptr; slot = nextReferrer(slot)) visit(slot);
}

}  // namespace plurix::heap
