// The backchain: every reference held in the heap (object fields, array elements, statics) is a
// Slot linked into its target's chain, so the heap knows every reference to every object —
// for relocation, and as the collector's reference count. Invariant (DESIGN.md 4): a slot is on
// the chain of exactly the object it points at; references on the stack are on no chain.
// Paper 001 §2.4 (after Traub). storeReference is the ONE barrier every reference store uses.
//
// Layout decision (measured, docs/HEAP.md "Backchain"): a doubly linked chain, three words per
// slot (target, next, previous). A singly linked chain saves a word per slot but must walk the
// old target's chain to unlink, so a store costs O(references to the old target); popular
// objects (classes' statics, shared strings, a list's head) made it hundreds of times slower.
#pragma once

#include <cstddef>

#include "heap/address_space.h"
#include "heap/object_layout.h"

namespace plurix::heap {

// Tells the collector that object lost a heap reference: it is garbage if its chain is now empty
// (and no stack holds it when the transaction ends), or maybe part of a garbage cycle if not.
inline void noteReferenceDropped(ObjectHeader* object) {
  if (object->hasFlag(kFlagPinned)) return;
  if (object->backchain == nullptr) {
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
  *slot->previous = slot->next;
  if (slot->next != nullptr) slot->next->previous = slot->previous;
}

inline void linkSlot(Slot* slot, ObjectHeader* target) {
  Slot* first = target->backchain;
  slot->next = first;
  slot->previous = &target->backchain;
  if (first != nullptr) first->previous = &slot->next;
  target->backchain = slot;
}

// THE reference store barrier. Requires slot inside a heap object (a field, an element or a
// static) and target a heap object or nullptr. Guarantees slot->target == target, slot moved from
// the old target's chain to the new one's, and the old target reported to the collector.
inline void storeReference(Slot* slot, ObjectHeader* target) {
  ObjectHeader* old = slot->target;
  if (old == target) return;
  if (old != nullptr) unlinkSlot(slot);
  slot->target = target;
  if (target != nullptr) {
    linkSlot(slot, target);
  } else {
    slot->next = nullptr;
    slot->previous = nullptr;
  }
  if (old != nullptr) noteReferenceDropped(old);
}

// Guarantees the number of heap references to object (its reference count).
size_t backchainLength(const ObjectHeader* object);

// Calls visit(slot) for every slot referencing object. Requires visit not to store into the
// chain being walked (it may read; relocation rewrites targets only).
template <typename Visit>
void forEachReferrer(const ObjectHeader* object, Visit visit) {
  for (Slot* slot = object->backchain; slot != nullptr; slot = slot->next) visit(slot);
}

}  // namespace plurix::heap
