// Relocation: move an object to another address and fix every reference to it by walking its
// backchain — no heap scan, which a DSM could not afford. Used to dissolve false sharing.
// Invariant: afterwards every slot that referenced the object references the copy, every slot
// of the copy sits on its target's chain, and the old memory is free.
// Paper 001 §2.4: relocation of DSM objects through the backchain.
#pragma once

#include "heap/heap.h"
#include "heap/object_layout.h"
#include "runtime/platform/status.h"

namespace plurix::heap {

// Requires an empty stack (between transactions: stack references are not on the chain and
// would dangle) and a live, unpinned object of heap. Guarantees the object's new address, in
// this station's allocator of the object's kind; kInvalidArgument for a pinned object,
// kOutOfMemory when the heap is full (the object then stays where it was).
platform::Result<ObjectHeader*> relocate(Heap& heap, ObjectHeader* object);

}  // namespace plurix::heap
