#include "heap/type_descriptor.h"

namespace plurix::heap {

namespace {
constexpr size_t kWidthsFalling[] = {8, 4, 2, 1};
}

size_t fieldBytes(FieldKind kind) {
  switch (kind) {
    case FieldKind::kInt8: return 1;
    case FieldKind::kInt16: return 2;
    case FieldKind::kInt32:
    case FieldKind::kFloat32: return 4;
    case FieldKind::kInt64:
    case FieldKind::kFloat64: return 8;
    case FieldKind::kReference: return kSlotSize;
  }
  return 8;
}

void layoutInstanceType(const FieldKind* kinds, size_t count, TypeDescriptor* out) {
  out->elementSize = 0;
  out->flags = 0;
  out->fieldCount = static_cast<uint16_t>(count);
  out->reserved = 0;
  out->runtimeWord = 0;
  size_t offset = sizeof(ObjectHeader);
  uint16_t references = 0;
  for (size_t i = 0; i < count; ++i) {
    if (kinds[i] != FieldKind::kReference) continue;
    out->fields()[i] = FieldDescriptor{static_cast<uint32_t>(offset), kinds[i], {}};
    offset += kSlotSize;
    ++references;
  }
  out->referenceCount = references;
  // Falling sizes keep every primitive naturally aligned without padding between them.
  for (size_t width : kWidthsFalling) {
    for (size_t i = 0; i < count; ++i) {
      if (kinds[i] == FieldKind::kReference || fieldBytes(kinds[i]) != width) continue;
      out->fields()[i] = FieldDescriptor{static_cast<uint32_t>(offset), kinds[i], {}};
      offset += width;
    }
  }
  size_t next = 0;
  for (size_t i = 0; i < count; ++i) {
    if (kinds[i] == FieldKind::kReference) out->referenceOffsets()[next++] = out->fields()[i].offset;
  }
  out->instanceSize = static_cast<uint32_t>(roundUp(offset, kGranule));
}

void layoutExtendedType(const TypeDescriptor* base, const FieldKind* kinds, size_t count, TypeDescriptor* out) {
  size_t baseFields = base == nullptr ? 0 : base->fieldCount;
  size_t baseReferences = base == nullptr ? 0 : base->referenceCount;
  out->elementSize = 0;
  out->flags = 0;
  out->fieldCount = static_cast<uint16_t>(baseFields + count);
  out->reserved = 0;
  out->runtimeWord = 0;
  FieldDescriptor* fields = out->fields();
  for (size_t i = 0; i < baseFields; ++i) fields[i] = base->fields()[i];
  size_t offset = base == nullptr ? sizeof(ObjectHeader) : base->instanceSize;
  size_t references = baseReferences;
  for (size_t i = 0; i < count; ++i) {
    if (kinds[i] != FieldKind::kReference) continue;
    fields[baseFields + i] = FieldDescriptor{static_cast<uint32_t>(offset), kinds[i], {}};
    offset += kSlotSize;
    ++references;
  }
  out->referenceCount = static_cast<uint16_t>(references);
  for (size_t width : kWidthsFalling) {
    for (size_t i = 0; i < count; ++i) {
      if (kinds[i] == FieldKind::kReference || fieldBytes(kinds[i]) != width) continue;
      fields[baseFields + i] = FieldDescriptor{static_cast<uint32_t>(offset), kinds[i], {}};
      offset += width;
    }
  }
  // referenceOffsets follow the fields, so they are written after every field is placed.
  uint32_t* referenceOffsets = out->referenceOffsets();
  size_t next = 0;
  for (size_t i = 0; i < baseReferences; ++i) referenceOffsets[next++] = base->referenceOffsets()[i];
  for (size_t i = 0; i < count; ++i) {
    if (kinds[i] == FieldKind::kReference) referenceOffsets[next++] = fields[baseFields + i].offset;
  }
  out->instanceSize = static_cast<uint32_t>(roundUp(offset, kGranule));
}

void layoutArrayType(FieldKind elementKind, TypeDescriptor* out) {
  out->instanceSize = kArrayElementsOffset;
  out->elementSize = static_cast<uint32_t>(fieldBytes(elementKind));
  out->flags = kTypeArray | (elementKind == FieldKind::kReference ? kTypeReferenceElements : 0);
  out->fieldCount = 0;
  out->referenceCount = 0;
  out->reserved = 0;
  out->runtimeWord = 0;
}

size_t instanceBytes(const TypeDescriptor* type, uint64_t length) {
  size_t bytes = type->instanceSize;
  if (type->isArray()) bytes += static_cast<size_t>(length) * type->elementSize;
  return roundUp(bytes, kGranule);
}

}  // namespace plurix::heap
