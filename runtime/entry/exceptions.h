// Making exceptions from C++: finds the exception class, allocates it, runs its compiled
// constructor, and leaves it pending (StationLocal::pendingException) — the only way the
// runtime throws (compiled code never unwinds; it tests the pending exception after calls).
// throwNew itself is declared in runtime/launch/runtime.h.
#pragma once

#include "heap/address_space.h"
#include "heap/object_layout.h"
#include "runtime/object/class_info.h"

namespace plurix::runtime {

// Requires className loaded with a constructor of constructorKey taking one reference (or
// none: "<init>()V", argument ignored). Guarantees the constructed exception pending (or whatever
// the constructor itself threw). A missing class or constructor is a broken standard library:
// a fatal error naming it.
void throwNewWith(const char* className, const char* constructorKey, heap::ObjectHeader* argument);

// Guarantees exception pending (null: a NullPointerException instead).
void setPending(heap::ObjectHeader* exception);
// Guarantees the pending exception taken (and cleared), or null.
heap::ObjectHeader* takePending();
inline bool hasPending() { return heap::stationLocal()->pendingException != nullptr; }

// Guarantees an OutOfMemoryError with message pending: a new one when the heap still holds
// one, else the reserved one (prepareOutOfMemoryError), never a recursion of failing
// allocations; fatal only when the heap is full and nothing was reserved.
void throwOutOfMemory(const char* message);

// Requires java.lang.OutOfMemoryError loaded. Guarantees a pinned instance kept for when the
// heap is too full to construct another (called by the launcher before main).
void prepareOutOfMemoryError();

// The name Java's messages use for an array element letter ('I' -> "int"), or "object".
const char* primitiveName(uint32_t elementKind);

}  // namespace plurix::runtime
