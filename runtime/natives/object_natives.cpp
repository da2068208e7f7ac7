// Natives of java.lang.Object and java.lang.Class.
//
// Identity hash: derived from the object's address when first asked for and then kept in the
// header's reserved word, because relocation moves objects (and copies their headers whole):
// a hash computed from the current address each time would change under a HashMap's feet.
// Values are 31-bit and never 0 (0 marks "not assigned yet"), like HotSpot's.
#include <cstring>

#include "heap/backchain.h"
#include "runtime/entry/allocation.h"
#include "runtime/entry/exceptions.h"
#include "runtime/launch/runtime.h"
#include "runtime/natives/native_functions.h"
#include "runtime/object/java_string.h"
#include "runtime/object/object_access.h"

namespace plurix::runtime::natives {

namespace {

uint32_t mixAddress(uintptr_t address) {
  uint64_t x = address >> 3;
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ULL;
  x ^= x >> 33;
  uint32_t hash = static_cast<uint32_t>(x) & 0x7fffffffU;
  return hash == 0 ? 1 : hash;
}

// Requires a clonable instance or array; Guarantees a copy whose reference slots are linked
// into their targets' backchains as fresh slots (a byte copy would duplicate chain links).
heap::ObjectHeader* copyOf(heap::ObjectHeader* self, const ClassInfo* cls) {
  bool array = isArrayClass(cls);
  uint64_t length = array ? arrayLength(self) : 0;
  heap::ObjectHeader* copy = array ? allocateArrayOf(cls, length) : allocateObject(cls->type);
  if (copy == nullptr) return nullptr;
  const heap::TypeDescriptor* type = cls->type;
  size_t payload = heap::instanceBytes(type, length) - sizeof(heap::ObjectHeader);
  memcpy(copy->bytes() + sizeof(heap::ObjectHeader), self->bytes() + sizeof(heap::ObjectHeader), payload);
  auto relink = [](heap::Slot* slot) {
    heap::ObjectHeader* target = slot->target;
    *slot = heap::Slot{nullptr, 0, 0};
    heap::storeReference(slot, target);
  };
  for (uint16_t i = 0; i < type->referenceCount; ++i) {
    relink(heap::slotAt(copy, type->referenceOffsets()[i]));
  }
  if (array && type->hasReferenceElements()) {
    for (uint64_t i = 0; i < length; ++i) relink(referenceElement(copy, i));
  }
  return copy;
}

}  // namespace

int32_t objectHashCode(ObjectHeader* self) {
  if (self->reserved == 0) self->reserved = mixAddress(reinterpret_cast<uintptr_t>(self));
  return static_cast<int32_t>(self->reserved);
}

ObjectHeader* objectGetClass(ObjectHeader* self) { return classOf(self)->classObject; }

ObjectHeader* objectClone(ObjectHeader* self) {
  const ClassInfo* cls = classOf(self);
  if (!isArrayClass(cls)) {
    const ClassInfo* cloneable = findClass("java.lang.Cloneable");
    if (cloneable == nullptr || !isAssignable(cls, cloneable)) {
      throwNew("java.lang.CloneNotSupportedException", cls->name);
      return nullptr;
    }
  }
  return copyOf(self, cls);
}

ObjectHeader* classGetName(ObjectHeader* self) {
  auto* info = reinterpret_cast<const ClassInfo*>(*reinterpret_cast<uint64_t*>(fieldAddress(self, kClassInfoField)));
  return newString(utf8ToUtf16(info->name));
}

}  // namespace plurix::runtime::natives
