// Allocation for the runtime: the heap's allocators plus the in-transaction collection the
// allocation slow path asks for (safepoint.h) and the OutOfMemoryError when even that fails.
// Invariant: every object the runtime creates for compiled code goes through here, so each
// allocation is counted once towards the next in-transaction collection.
#pragma once
#include <cstdint>

#include "heap/object_layout.h"
#include "heap/type_descriptor.h"
#include "runtime/object/class_info.h"

namespace plurix::runtime {

// Requires an instance descriptor of the attached heap. Guarantees a zeroed RW instance, or
// null with OutOfMemoryError "Java heap space" pending (after one collection and a retry).
heap::ObjectHeader* allocateObject(const heap::TypeDescriptor* type);
// Requires an array class. Guarantees a zeroed RW array of length elements, or null with
// OutOfMemoryError pending ("Requested array size exceeds VM limit" past the largest object).
heap::ObjectHeader* allocateArrayOf(const ClassInfo* arrayClass, uint64_t length);

}  // namespace plurix::runtime
