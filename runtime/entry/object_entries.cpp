// The runtime entries that create objects and check types for compiled code: allocation of
// instances and arrays, the array store check, instanceof's slow path and itable lookup.
#include <string>

#include "heap/backchain.h"
#include "runtime/entry/allocation.h"
#include "runtime/entry/entries.h"
#include "runtime/entry/exceptions.h"
#include "runtime/launch/runtime.h"
#include "runtime/object/object_access.h"

namespace plurix::runtime {

namespace {

void throwNegativeSize(int32_t length) {
  throwNew("java.lang.NegativeArraySizeException", std::to_string(length).c_str());
}

// Requires lengths[level..count) non-negative and arrayClass with that many array levels.
heap::ObjectHeader* buildLevel(const ClassInfo* arrayClass, int32_t count, const int32_t* lengths, int32_t level) {
  heap::ObjectHeader* array = allocateArrayOf(arrayClass, static_cast<uint64_t>(lengths[level]));
  if (array == nullptr || level + 1 == count) return array;
  for (int32_t i = 0; i < lengths[level]; ++i) {
    heap::ObjectHeader* inner = buildLevel(arrayClass->element, count, lengths, level + 1);
    if (inner == nullptr) return nullptr;
    heap::storeReference(referenceElement(array, static_cast<uint64_t>(i)), inner);
  }
  return array;
}

void incompatibleClassChangeStub() {
  throwNew("java.lang.IncompatibleClassChangeError", "an interface method of a class that does not implement it");
}

// What kInterfaceMethods answers for a receiver without the interface: every slot throws.
constexpr size_t kThrowingTableLength = 4096;
void* throwingTable[kThrowingTableLength];

void* const* throwingMethods() {
  if (throwingTable[0] == nullptr) {
    for (void*& entry : throwingTable) entry = reinterpret_cast<void*>(&incompatibleClassChangeStub);
  }
  return throwingTable;
}

}  // namespace

heap::ObjectHeader* newInstanceEntry(const ClassInfo* cls) { return allocateObject(cls->type); }

heap::ObjectHeader* newArrayEntry(const ClassInfo* arrayClass, int32_t length) {
  if (length < 0) {
    throwNegativeSize(length);
    return nullptr;
  }
  return allocateArrayOf(arrayClass, static_cast<uint64_t>(length));
}

heap::ObjectHeader* newMultiArrayEntry(const ClassInfo* arrayClass, int32_t dimensionCount, const int32_t* lengths) {
  // JLS 15.10.2: every dimension expression is checked before any array is created.
  for (int32_t i = 0; i < dimensionCount; ++i) {
    if (lengths[i] < 0) {
      throwNegativeSize(lengths[i]);
      return nullptr;
    }
  }
  if (dimensionCount <= 0) return nullptr;
  return buildLevel(arrayClass, dimensionCount, lengths, 0);
}

void storeReferenceEntry(heap::Slot* slot, heap::ObjectHeader* value) { heap::storeReference(slot, value); }

void storeArrayElementEntry(heap::ObjectHeader* array, int32_t index, heap::ObjectHeader* value) {
  if (value != nullptr) {
    const ClassInfo* element = classOf(array)->element;
    const ClassInfo* valueClass = classOf(value);
    if (!isAssignable(valueClass, element)) {
      throwNew("java.lang.ArrayStoreException", valueClass->name);
      return;
    }
  }
  heap::storeReference(referenceElement(array, static_cast<uint64_t>(index)), value);
}

bool isInstanceEntry(heap::ObjectHeader* object, const ClassInfo* target) {
  return isAssignable(classOf(object), target);
}

void* const* interfaceMethodsEntry(heap::ObjectHeader* receiver, const ClassInfo* iface) {
  const ClassInfo* cls = classOf(receiver);
  for (uint32_t i = 0; i < cls->interfaceCount; ++i) {
    if (cls->interfaces[i].interface != iface) continue;
    return cls->interfaces[i].methods != nullptr ? cls->interfaces[i].methods : throwingMethods();
  }
  std::string message = "Class " + std::string(cls->name) + " does not implement the requested interface " + iface->name;
  throwNew("java.lang.IncompatibleClassChangeError", message.c_str());
  return throwingMethods();
}

}  // namespace plurix::runtime
