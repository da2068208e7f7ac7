#include "heap/heap.h"

#include "heap/backchain.h"

namespace plurix::heap {

using platform::ErrorCode;
using platform::MessageBuilder;
using platform::Result;
using platform::Status;

namespace {

Status heapFull(const char* what) {
  return Status::error(ErrorCode::kOutOfMemory, MessageBuilder().text("heap full while allocating ").text(what));
}

}  // namespace

Result<Heap> Heap::create(const HeapConfig& config) {
  if (config.station >= kMaxStations) {
    return Status::error(ErrorCode::kInvalidArgument, MessageBuilder().text("station id ").decimal(config.station).text(" >= 256"));
  }
  Result<AddressSpace> space = AddressSpace::open(config.base, config.size, config.station);
  if (!space.isOk()) return space.status();
  Status header = space.value().commit(config.base, kPageSize);
  if (!header.isOk()) return header;
  Heap heap(static_cast<AddressSpace&&>(space.value()));
  heap.manager_ = MemoryManager::at(config.base);
  if (!heap.manager_->initialise(config.base, config.size)) return heapFull("the page map");
  Status attached = heap.attachStation(config.station);
  if (!attached.isOk()) return attached;
  Status builtins = heap.createBuiltins();
  if (!builtins.isOk()) return builtins;
  return heap;
}

Result<Heap> Heap::adopt(AddressSpace space, uint16_t station) {
  Heap heap(static_cast<AddressSpace&&>(space));
  heap.manager_ = MemoryManager::at(heap.space_.heapBase());
  Status attached = heap.attachStation(station);
  if (!attached.isOk()) return attached;
  return heap;
}

Heap Heap::adoptUnattached(AddressSpace space) {
  Heap heap(static_cast<AddressSpace&&>(space));
  heap.manager_ = MemoryManager::at(heap.space_.heapBase());
  return heap;
}

Status Heap::attachStation(uint16_t station) {
  if (station >= kMaxStations) {
    return Status::error(ErrorCode::kInvalidArgument, MessageBuilder().text("station id ").decimal(station).text(" >= 256"));
  }
  station_ = station;
  // The cached page of an earlier attempt is forgotten first: a joining station attaches in a
  // transaction, and if that one aborted, its allocator page went back with it, while the cache
  // (station-local, not heap) kept naming it. The next attempt then initialised the page it took
  // but used the cached one, which another joiner may have taken meanwhile: two stations
  // allocating through one allocator page, their pages bouncing between them with every commit.
  stationLocal()->ownAllocators = nullptr;
  for (int kind = 0; kind < kAllocatorKinds; ++kind) {
    allocators_[kind] = allocatorFor(manager_, station, static_cast<AllocatorKind>(kind));
    if (allocators_[kind] == nullptr) return heapFull("the station's allocators");
  }
  stationLocal()->ownAllocators =
      reinterpret_cast<void*>(reinterpret_cast<uintptr_t>(allocators_[0]) & ~uintptr_t{kPageSize - 1});
  stationLocal()->ownAllocatorsStation = station;
  return Status::ok();
}

Status Heap::createBuiltins() {
  const FieldKind anchor[] = {FieldKind::kReference, FieldKind::kReference, FieldKind::kReference};
  const FieldKind nameTable[] = {FieldKind::kReference, FieldKind::kInt64};  // buckets, count
  const FieldKind nameEntry[] = {FieldKind::kReference, FieldKind::kReference, FieldKind::kReference,
                                 FieldKind::kInt64};  // key, value, next, hash
  Result<const TypeDescriptor*> types[] = {
      defineArrayType(FieldKind::kInt8, AllocatorKind::kSystemReadOnly),
      defineArrayType(FieldKind::kReference, AllocatorKind::kSystemReadOnly),
      defineType(anchor, 3, AllocatorKind::kSystemReadOnly),
      defineType(nameTable, 2, AllocatorKind::kSystemReadOnly),
      defineType(nameEntry, 4, AllocatorKind::kSystemReadOnly),
  };
  for (size_t i = 0; i < sizeof(types) / sizeof(types[0]); ++i) {
    if (!types[i].isOk()) return types[i].status();
    manager_->builtinTypes[i] = typeOffsetOf(types[i].value());
  }
  ObjectHeader* root = allocateInstance(builtin(BuiltinType::kAnchor));
  if (root == nullptr) return heapFull("the anchor");
  pin(root);
  manager_->anchor = root;
  return Status::ok();
}

// The builtin types and the anchor are pinned and never change once made, so the first look at
// the manager's header page is the last: later lookups (every name service lookup) leave that
// page, which other stations write when they take pages, out of the step's read set.
const TypeDescriptor* Heap::builtin(BuiltinType which) const {
  uint32_t& offset = builtinOffsets_[static_cast<int>(which)];
  if (offset == 0) offset = manager_->builtinTypes[static_cast<int>(which)];
  return reinterpret_cast<const TypeDescriptor*>(space_.heapBase() + size_t{offset} * kGranule);
}

ObjectHeader* Heap::anchor() const {
  if (anchor_ == nullptr) anchor_ = manager_->anchor;
  return anchor_;
}

Slot* Heap::anchorSlot(AnchorSlot which) const {
  return slotAt(anchor(), builtin(BuiltinType::kAnchor)->referenceOffsets()[static_cast<int>(which)]);
}

ObjectHeader* Heap::allocateArray(const TypeDescriptor* type, uint64_t length, AllocatorKind kind) {
  if (type->elementSize != 0 && length > (kMaxObjectSize - type->instanceSize) / type->elementSize) return nullptr;
  size_t bytes = instanceBytes(type, length);
  void* memory = allocators_[static_cast<int>(kind)]->allocate(bytes);
  if (memory == nullptr) return nullptr;
  ObjectHeader* array = finishObject(memory, typeOffsetOf(type), bytes, kind);
  reinterpret_cast<ArrayHeader*>(array)->length = length;
  return array;
}

ObjectHeader* Heap::allocateBytes(size_t bytes, AllocatorKind kind) {
  if (bytes > kMaxObjectSize - sizeof(ObjectHeader)) return nullptr;
  size_t total = roundUp(sizeof(ObjectHeader) + bytes, kGranule);
  void* memory = allocators_[static_cast<int>(kind)]->allocate(total);
  if (memory == nullptr) return nullptr;
  return finishObject(memory, 0, total, kind);
}

Result<const TypeDescriptor*> Heap::defineType(const FieldKind* kinds, size_t count, AllocatorKind kind) {
  size_t references = 0;
  for (size_t i = 0; i < count; ++i) references += kinds[i] == FieldKind::kReference ? 1 : 0;
  if (count > 0xffff) return Status::error(ErrorCode::kInvalidArgument, "a type has at most 65535 fields");
  ObjectHeader* object = allocateBytes(typeDescriptorBytes(count, references), kind);
  if (object == nullptr) return heapFull("a type descriptor");
  pin(object);
  auto* type = reinterpret_cast<TypeDescriptor*>(object + 1);
  layoutInstanceType(kinds, count, type);
  return static_cast<const TypeDescriptor*>(type);
}

Result<const TypeDescriptor*> Heap::defineArrayType(FieldKind element, AllocatorKind kind) {
  ObjectHeader* object = allocateBytes(typeDescriptorBytes(0, 0), kind);
  if (object == nullptr) return heapFull("a type descriptor");
  pin(object);
  auto* type = reinterpret_cast<TypeDescriptor*>(object + 1);
  layoutArrayType(element, type);
  return static_cast<const TypeDescriptor*>(type);
}

}  // namespace plurix::heap

namespace plurix::heap {

Result<TypeDescriptor*> Heap::defineClassType(const TypeDescriptor* base, const FieldKind* kinds, size_t count,
                                              size_t prefixBytes, AllocatorKind kind) {
  size_t baseFields = base == nullptr ? 0 : base->fieldCount;
  size_t references = base == nullptr ? 0 : base->referenceCount;
  for (size_t i = 0; i < count; ++i) references += kinds[i] == FieldKind::kReference ? 1 : 0;
  if (baseFields + count > 0xffff) return Status::error(ErrorCode::kInvalidArgument, "a type has at most 65535 fields");
  if (prefixBytes % kGranule != 0) return Status::error(ErrorCode::kInvalidArgument, "a type's prefix is whole granules");
  ObjectHeader* object = allocateBytes(prefixBytes + typeDescriptorBytes(baseFields + count, references), kind);
  if (object == nullptr) return heapFull("a class descriptor");
  pin(object);
  auto* type = reinterpret_cast<TypeDescriptor*>(reinterpret_cast<char*>(object + 1) + prefixBytes);
  layoutExtendedType(base, kinds, count, type);
  return type;
}

Result<TypeDescriptor*> Heap::defineArrayClassType(FieldKind element, size_t prefixBytes, AllocatorKind kind) {
  if (prefixBytes % kGranule != 0) return Status::error(ErrorCode::kInvalidArgument, "a type's prefix is whole granules");
  ObjectHeader* object = allocateBytes(prefixBytes + typeDescriptorBytes(0, 0), kind);
  if (object == nullptr) return heapFull("an array class descriptor");
  pin(object);
  auto* type = reinterpret_cast<TypeDescriptor*>(reinterpret_cast<char*>(object + 1) + prefixBytes);
  layoutArrayType(element, type);
  return type;
}

}  // namespace plurix::heap
