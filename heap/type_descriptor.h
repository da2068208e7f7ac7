// Type descriptors: what the code generator tells the heap about a class or array type — the
// instance size, each field's offset and kind, and a dense list of reference-slot offsets that
// the collector, relocation and the heap walk use. Invariant: a descriptor is an RO object that
// is pinned (never moved or collected), so headers may name it by a 32-bit heap offset.
// Paper 001 §4.2.2: descriptors without statics are RO objects.
#pragma once

#include <cstddef>
#include <cstdint>

#include "heap/object_layout.h"

namespace plurix::heap {

enum class FieldKind : uint8_t { kInt8, kInt16, kInt32, kInt64, kFloat32, kFloat64, kReference };

struct FieldDescriptor {
  uint32_t offset;  // from the object start (the header)
  FieldKind kind;
  uint8_t reserved[3];
};

enum TypeFlag : uint16_t {
  kTypeArray = 0x1,              // instanceSize is the array header; elementSize follows
  kTypeReferenceElements = 0x2,  // array of references: each element is a Slot
};

// Layout in the heap: this fixed part, then fields[fieldCount], then referenceOffsets[referenceCount].
struct TypeDescriptor {
  uint32_t instanceSize;    // bytes including the header (arrays: header and length word)
  uint32_t elementSize;     // arrays: bytes per element; 0 otherwise
  uint16_t flags;           // TypeFlag
  uint16_t fieldCount;
  uint16_t referenceCount;  // reference slots of an instance (not array elements)
  uint16_t reserved;
  uint64_t runtimeWord;     // owned by the runtime (e.g. its vtable); the heap never reads it

  bool isArray() const { return (flags & kTypeArray) != 0; }
  bool hasReferenceElements() const { return (flags & kTypeReferenceElements) != 0; }
  const FieldDescriptor* fields() const { return reinterpret_cast<const FieldDescriptor*>(this + 1); }
  FieldDescriptor* fields() { return reinterpret_cast<FieldDescriptor*>(this + 1); }
  const uint32_t* referenceOffsets() const {
    return reinterpret_cast<const uint32_t*>(fields() + fieldCount);
  }
  uint32_t* referenceOffsets() { return reinterpret_cast<uint32_t*>(fields() + fieldCount); }
};
static_assert(sizeof(TypeDescriptor) % 8 == 0);

// Bytes a descriptor with these counts occupies (without its object header).
inline constexpr size_t typeDescriptorBytes(size_t fieldCount, size_t referenceCount) {
  return sizeof(TypeDescriptor) + fieldCount * sizeof(FieldDescriptor) + referenceCount * sizeof(uint32_t);
}

// Bytes a field of this kind takes in an instance (a reference is a whole backchain slot).
size_t fieldBytes(FieldKind kind);

// Requires out to hold typeDescriptorBytes(count, references among kinds). Guarantees a filled
// instance descriptor: reference slots first (after the header, so the collector scans one
// dense run), then the other fields by falling size; fields() keeps declaration order.
void layoutInstanceType(const FieldKind* kinds, size_t count, TypeDescriptor* out);

// Requires out to hold typeDescriptorBytes(base's fields + count, base's references + new
// references); base may be null. Guarantees a descriptor whose first fields are base's, at
// base's offsets (so code compiled against a superclass reads a subclass instance unchanged),
// followed by the new fields laid out as layoutInstanceType does, after base's instance.
void layoutExtendedType(const TypeDescriptor* base, const FieldKind* kinds, size_t count, TypeDescriptor* out);
// Requires out to hold typeDescriptorBytes(0, 0). Guarantees an array descriptor.
void layoutArrayType(FieldKind elementKind, TypeDescriptor* out);

// Requires a valid descriptor. Guarantees the bytes of an instance (arrays: with length elements),
// rounded to granules.
size_t instanceBytes(const TypeDescriptor* type, uint64_t length);

}  // namespace plurix::heap
