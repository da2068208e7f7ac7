// isAssignable: JLS 5.2 for reference types over ClassInfo descriptors.
//
// Classes answer through the display (one load and compare) when the target is shallow
// enough to have a display entry, and by walking super links otherwise. Interfaces answer
// through the list of every interface a class implements transitively (the itable list), so
// no search through superclasses is needed. Arrays are covariant in their reference element
// and are exactly Object, Cloneable (their itable lists it) and arrays of supertypes.
#include "runtime/object/class_info.h"
#include "runtime/object/object_access.h"

namespace plurix::runtime {

namespace {

bool implementsInterface(const ClassInfo* sub, const ClassInfo* iface) {
  for (uint32_t i = 0; i < sub->interfaceCount; ++i) {
    if (sub->interfaces[i].interface == iface) return true;
  }
  return false;
}

bool isSubclass(const ClassInfo* sub, const ClassInfo* target) {
  if (target->depth < kDisplaySize) {
    return sub->depth >= target->depth && sub->display[target->depth] == target;
  }
  for (const ClassInfo* ancestor = sub; ancestor != nullptr; ancestor = ancestor->super) {
    if (ancestor == target) return true;
    if (ancestor->depth < target->depth) return false;
  }
  return false;
}

bool isObjectClass(const ClassInfo* cls) {
  return cls->super == nullptr && (cls->flags & (kClassInterface | kClassArray)) == 0;
}

}  // namespace

bool isAssignable(const ClassInfo* sub, const ClassInfo* target) {
  if (sub == target) return true;
  if (sub == nullptr || target == nullptr) return false;
  if (isObjectClass(target)) return true;
  if (isInterfaceClass(target)) return implementsInterface(sub, target);
  if (isArrayClass(target)) {
    if (!isArrayClass(sub)) return false;
    // Arrays of primitives match only the same primitive (identity above, or equal letters
    // should two descriptors of one array class ever exist).
    if (target->element == nullptr || sub->element == nullptr) {
      return target->element == nullptr && sub->element == nullptr && target->elementKind == sub->elementKind;
    }
    return isAssignable(sub->element, target->element);
  }
  // target is an ordinary class other than Object: interfaces and arrays are never its subtypes.
  if (isInterfaceClass(sub) || isArrayClass(sub)) return false;
  return isSubclass(sub, target);
}

}  // namespace plurix::runtime
