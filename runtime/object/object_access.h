// Reading the object model from C++: an object's class, an array's length and elements, a
// String's chars. One place that knows how compiled code lays objects out (class_info.h,
// heap/object_layout.h), so the entries and natives never repeat offset arithmetic.
// Invariant: every function here only reads; stores of references go through
// heap::storeReference (the one barrier).
#pragma once
#include <cstddef>
#include <cstdint>

#include "heap/address_space.h"
#include "heap/object_layout.h"
#include "heap/type_descriptor.h"
#include "runtime/object/class_info.h"

namespace plurix::runtime {

// Requires a live object. Guarantees its type descriptor (the header names it in granules).
inline const heap::TypeDescriptor* typeOf(const heap::ObjectHeader* object) {
  return reinterpret_cast<const heap::TypeDescriptor*>(heap::stationLocal()->heapBase +
                                                       uintptr_t{object->typeOffset} * heap::kGranule);
}

// Requires a live Java object (not a raw heap object). Guarantees its class.
inline const ClassInfo* classOf(const heap::ObjectHeader* object) { return classInfoOf(typeOf(object)); }

inline bool isArrayClass(const ClassInfo* cls) { return (cls->flags & kClassArray) != 0; }
inline bool isInterfaceClass(const ClassInfo* cls) { return (cls->flags & kClassInterface) != 0; }

// Arrays: the element count after the header, then the elements.
inline uint64_t arrayLength(const heap::ObjectHeader* array) {
  return reinterpret_cast<const heap::ArrayHeader*>(array)->length;
}
inline char* arrayElements(heap::ObjectHeader* array) { return array->bytes() + heap::kArrayElementsOffset; }
inline const char* arrayElements(const heap::ObjectHeader* array) {
  return array->bytes() + heap::kArrayElementsOffset;
}
// Requires a reference array. Guarantees the slot of element index.
inline heap::Slot* referenceElement(heap::ObjectHeader* array, uint64_t index) {
  return reinterpret_cast<heap::Slot*>(arrayElements(array)) + index;
}

// Requires an instance of a class whose descriptor has at least index + 1 fields. Guarantees
// the address of field index (declaration order, superclass fields first).
inline char* fieldAddress(heap::ObjectHeader* object, uint32_t index) {
  return object->bytes() + typeOf(object)->fields()[index].offset;
}
inline heap::Slot* referenceField(heap::ObjectHeader* object, uint32_t index) {
  return reinterpret_cast<heap::Slot*>(fieldAddress(object, index));
}

// java.lang.String: fields()[0] is `char[] value`, fields()[1] is `int hash` (String.java).
inline constexpr uint32_t kStringValueField = 0;
inline constexpr uint32_t kStringHashField = 1;
// java.lang.Class: fields()[0] is `long info`, the ClassInfo's address (Class.java).
inline constexpr uint32_t kClassInfoField = 0;

// Requires a String. Guarantees its char[] (null only for a String under construction).
inline heap::ObjectHeader* stringChars(heap::ObjectHeader* string) {
  return referenceField(string, kStringValueField)->target;
}

}  // namespace plurix::runtime
