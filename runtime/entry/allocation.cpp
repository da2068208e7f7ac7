// The allocation slow path (allocation.h): a full heap gets one in-transaction collection
// (which spares what this transaction's stack still references) before the program sees an
// OutOfMemoryError, as a JVM collects before it gives up.
#include "runtime/entry/allocation.h"

#include "heap/heap.h"
#include "runtime/entry/exceptions.h"
#include "runtime/entry/safepoint.h"
#include "runtime/launch/runtime.h"

namespace plurix::runtime {

namespace {

constexpr uint64_t kMaxArrayLength = 0x7fffffff - 2;

}  // namespace

heap::ObjectHeader* allocateObject(const heap::TypeDescriptor* type) {
  heap::Heap& heap = attachedHeap();
  heap::ObjectHeader* object = heap.allocateInstance(type);
  if (object == nullptr) {
    collectNow();
    object = heap.allocateInstance(type);
    if (object == nullptr) {
      throwOutOfMemory("Java heap space");
      return nullptr;
    }
  }
  noteAllocation(object->size());
  return object;
}

heap::ObjectHeader* allocateArrayOf(const ClassInfo* arrayClass, uint64_t length) {
  heap::Heap& heap = attachedHeap();
  const heap::TypeDescriptor* type = arrayClass->type;
  // HotSpot's largest array has Integer.MAX_VALUE - 2 elements; anything smaller that does not
  // fit (here: over the heap's largest object) is an ordinary full heap.
  if (length > kMaxArrayLength) {
    throwOutOfMemory("Requested array size exceeds VM limit");
    return nullptr;
  }
  if (type->elementSize != 0 && length > (heap::kMaxObjectSize - type->instanceSize) / type->elementSize) {
    throwOutOfMemory("Java heap space");
    return nullptr;
  }
  heap::ObjectHeader* array = heap.allocateArray(type, length);
  if (array == nullptr) {
    collectNow();
    array = heap.allocateArray(type, length);
    if (array == nullptr) {
      throwOutOfMemory("Java heap space");
      return nullptr;
    }
  }
  noteAllocation(array->size());
  return array;
}

}  // namespace plurix::runtime
