// System.arraycopy with every check Java makes, in HotSpot 17's order and words: null arrays
// (NullPointerException), non-arrays and element type mismatches (ArrayStoreException), then
// positions and length (ArrayIndexOutOfBoundsException "arraycopy: last source index 7 out of
// bounds for int[5]"), and for reference arrays whose element types do not already prove
// every store valid, a store check per element that stops at the first misfit, leaving the
// elements before it copied. Overlapping ranges copy as if through a temporary array.
#include <cstring>
#include <string>

#include "heap/backchain.h"
#include "runtime/entry/exceptions.h"
#include "runtime/launch/runtime.h"
#include "runtime/natives/native_functions.h"
#include "runtime/object/object_access.h"

namespace plurix::runtime::natives {

namespace {

// HotSpot names an array by its element: "int" for int[], "object array" for any reference array.
std::string elementName(const ClassInfo* arrayClass) {
  return arrayClass->element != nullptr ? "object array" : primitiveName(arrayClass->elementKind);
}

bool typesMatch(const ClassInfo* source, const ClassInfo* destination, std::string* message) {
  if (!isArrayClass(source)) {
    *message = "arraycopy: source type " + std::string(source->name) + " is not an array";
    return false;
  }
  if (!isArrayClass(destination)) {
    *message = "arraycopy: destination type " + std::string(destination->name) + " is not an array";
    return false;
  }
  bool sourceReferences = source->element != nullptr;
  bool destinationReferences = destination->element != nullptr;
  if (sourceReferences && destinationReferences) return true;
  if (!sourceReferences && !destinationReferences && source->elementKind == destination->elementKind) return true;
  *message = "arraycopy: type mismatch: can not copy " + elementName(source) + "[] into " + elementName(destination) + "[]";
  return false;
}

bool rangesValid(int32_t srcPos, const ClassInfo* srcClass, int64_t srcLength, int32_t destPos,
                 const ClassInfo* destClass, int64_t destLength, int32_t length, std::string* message) {
  auto describe = [](const ClassInfo* cls, int64_t arrayLength) {
    return elementName(cls) + "[" + std::to_string(arrayLength) + "]";
  };
  if (srcPos < 0) {
    *message = "arraycopy: source index " + std::to_string(srcPos) + " out of bounds for " + describe(srcClass, srcLength);
  } else if (destPos < 0) {
    *message = "arraycopy: destination index " + std::to_string(destPos) + " out of bounds for " +
               describe(destClass, destLength);
  } else if (length < 0) {
    *message = "arraycopy: length " + std::to_string(length) + " is negative";
  } else if (int64_t{srcPos} + length > srcLength) {
    *message = "arraycopy: last source index " + std::to_string(int64_t{srcPos} + length) + " out of bounds for " +
               describe(srcClass, srcLength);
  } else if (int64_t{destPos} + length > destLength) {
    *message = "arraycopy: last destination index " + std::to_string(int64_t{destPos} + length) +
               " out of bounds for " + describe(destClass, destLength);
  } else {
    return true;
  }
  return false;
}

// Copies reference elements through the barrier, in the direction that keeps an overlapping
// copy within one array correct; with checked, stops at the first element that does not fit.
void copyReferences(ObjectHeader* src, int32_t srcPos, ObjectHeader* dest, int32_t destPos, int32_t length,
                    bool checked) {
  const ClassInfo* bound = classOf(dest)->element;
  bool backwards = src == dest && srcPos < destPos;
  for (int32_t step = 0; step < length; ++step) {
    int32_t i = backwards ? length - 1 - step : step;
    ObjectHeader* value = referenceElement(src, static_cast<uint64_t>(srcPos + i))->target;
    if (checked && value != nullptr && !isAssignable(classOf(value), bound)) {
      std::string message = "arraycopy: element type mismatch: can not cast one of the elements of " +
                            std::string(classOf(src)->element->name) + "[] to the type of the destination array, " +
                            bound->name;
      throwNew("java.lang.ArrayStoreException", message.c_str());
      return;
    }
    heap::storeReference(referenceElement(dest, static_cast<uint64_t>(destPos + i)), value);
  }
}

}  // namespace

void systemArraycopy(ObjectHeader* src, int32_t srcPos, ObjectHeader* dest, int32_t destPos, int32_t length) {
  if (src == nullptr || dest == nullptr) {
    throwNew("java.lang.NullPointerException", nullptr);
    return;
  }
  const ClassInfo* srcClass = classOf(src);
  const ClassInfo* destClass = classOf(dest);
  std::string message;
  if (!typesMatch(srcClass, destClass, &message)) {
    throwNew("java.lang.ArrayStoreException", message.c_str());
    return;
  }
  int64_t srcLength = static_cast<int64_t>(arrayLength(src));
  int64_t destLength = static_cast<int64_t>(arrayLength(dest));
  if (!rangesValid(srcPos, srcClass, srcLength, destPos, destClass, destLength, length, &message)) {
    throwNew("java.lang.ArrayIndexOutOfBoundsException", message.c_str());
    return;
  }
  if (length == 0) return;
  if (srcClass->element != nullptr) {
    bool checked = src != dest && !isAssignable(srcClass->element, destClass->element);
    copyReferences(src, srcPos, dest, destPos, length, checked);
    return;
  }
  size_t elementSize = srcClass->type->elementSize;
  memmove(arrayElements(dest) + size_t(destPos) * elementSize, arrayElements(src) + size_t(srcPos) * elementSize,
          size_t(length) * elementSize);
}

}  // namespace plurix::runtime::natives
