// A station's handle on the heap: creates or adopts the mapping, and allocates instances,
// arrays and raw objects through the station's allocators. Invariant: one Heap per process (the
// heap and the station-local area sit at fixed addresses); a new object has an empty backchain
// and is queued for the collector, so an object nobody stores before the transaction ends is
// garbage. Paper 001 §4.2.1: allocation of objects.
#pragma once

#include <cstddef>
#include <cstdint>

#include "heap/address_space.h"
#include "heap/allocator.h"
#include "heap/memory_manager.h"
#include "heap/object_layout.h"
#include "heap/type_descriptor.h"
#include "runtime/platform/status.h"

namespace plurix::heap {

struct HeapConfig {
  uintptr_t base = kDefaultHeapBase;
  size_t size = kDefaultHeapSize;
  uint16_t station = 0;  // this station's id (< kMaxStations)
};

// The heap's own types, created with the heap; their descriptors are pinned SysRO objects.
enum class BuiltinType : uint8_t { kByteArray, kReferenceArray, kAnchor, kNameTable, kNameEntry };

// Slots of the anchor, the heap's one pinned RW root object.
enum class AnchorSlot : uint8_t { kClassNames, kRootNames, kRootTable };

class Heap {
 public:
  Heap(Heap&&) = default;
  Heap(const Heap&) = delete;
  Heap& operator=(const Heap&) = delete;

  // Requires no other Heap open in this process. Guarantees an empty heap mapped at config.base
  // with its anchor, name services and root table, or an error (e.g. the range is taken).
  static platform::Result<Heap> create(const HeapConfig& config);
  // Requires an address space whose heap already holds a valid memory manager (heap_image.h).
  static platform::Result<Heap> adopt(AddressSpace space, uint16_t station);
  // The same without touching the heap's memory: the caller attaches the station later
  // (attachStation), inside a transaction, as a station joining a cluster does.
  static Heap adoptUnattached(AddressSpace space);

  // Guarantees a zeroed instance of type (a descriptor of this heap), or nullptr if the heap is full.
  ObjectHeader* allocateInstance(const TypeDescriptor* type, AllocatorKind kind = AllocatorKind::kReadWrite) {
    size_t bytes = type->instanceSize;
    void* memory = allocators_[static_cast<int>(kind)]->allocate(bytes);
    if (memory == nullptr) return nullptr;
    return finishObject(memory, typeOffsetOf(type), bytes, kind);
  }
  // Guarantees a zeroed array of length elements, or nullptr if the heap is full or the array
  // would exceed kMaxObjectSize.
  ObjectHeader* allocateArray(const TypeDescriptor* type, uint64_t length,
                              AllocatorKind kind = AllocatorKind::kReadWrite);
  // Guarantees a zeroed object without references of at least bytes payload after the header
  // (code, constant data), or nullptr.
  ObjectHeader* allocateBytes(size_t bytes, AllocatorKind kind);

  // Guarantees a pinned descriptor for an instance with these fields (layoutInstanceType), in the
  // RO or SysRO allocator, or an error if the heap is full.
  platform::Result<const TypeDescriptor*> defineType(const FieldKind* kinds, size_t count,
                                                     AllocatorKind kind = AllocatorKind::kReadOnly);
  platform::Result<const TypeDescriptor*> defineArrayType(FieldKind element,
                                                          AllocatorKind kind = AllocatorKind::kReadOnly);
  // A class's descriptor for the runtime's object model: fields extend base's (null: none; see
  // layoutExtendedType), and prefixBytes (a multiple of 8) of zeroed, writable-until-sealed
  // runtime data (the vtable) lie just before the descriptor in the same pinned object.
  platform::Result<TypeDescriptor*> defineClassType(const TypeDescriptor* base, const FieldKind* kinds, size_t count,
                                                    size_t prefixBytes, AllocatorKind kind = AllocatorKind::kReadOnly);
  // An array type with prefixBytes of runtime data before it, as defineClassType.
  platform::Result<TypeDescriptor*> defineArrayClassType(FieldKind element, size_t prefixBytes,
                                                         AllocatorKind kind = AllocatorKind::kReadOnly);
  const TypeDescriptor* builtin(BuiltinType which) const;

  // Guarantees object is a root forever: never collected, never relocated.
  static void pin(ObjectHeader* object) { object->setFlag(kFlagPinned); }

  uint32_t typeOffsetOf(const TypeDescriptor* type) const {
    return static_cast<uint32_t>((reinterpret_cast<uintptr_t>(type) - space_.heapBase()) / kGranule);
  }
  ObjectHeader* anchor() const;
  Slot* anchorSlot(AnchorSlot which) const;
  MemoryManager* memoryManager() const { return manager_; }
  uint16_t station() const { return station_; }
  uintptr_t base() const { return space_.heapBase(); }
  size_t size() const { return space_.heapSize(); }
  // Requires a valid memory manager. Guarantees this heap's allocators are station's (made in the
  // memory manager if missing). A joining station calls it again when the transaction that
  // adopted the heap aborted and took the allocators it made with it.
  platform::Status attachStation(uint16_t station);
  // Guarantees the allocator of kind for this station.
  Allocator* allocator(AllocatorKind kind) const { return allocators_[static_cast<int>(kind)]; }

 private:
  explicit Heap(AddressSpace space) : space_(static_cast<AddressSpace&&>(space)) {}
  platform::Status createBuiltins();
  ObjectHeader* finishObject(void* memory, uint32_t typeOffset, size_t bytes, AllocatorKind kind) {
    initHeader(memory, typeOffset, bytes, kind);
    auto* object = static_cast<ObjectHeader*>(memory);
    object->setFlag(kFlagInZeroList);
    stationLocal()->zeroList.push(object);
    return object;
  }

  AddressSpace space_;
  MemoryManager* manager_ = nullptr;
  uint16_t station_ = 0;
  Allocator* allocators_[kAllocatorKinds] = {};
  // Read from the manager at first use (builtin, anchor): they never change once made.
  mutable uint32_t builtinOffsets_[8] = {};
  mutable ObjectHeader* anchor_ = nullptr;
};

}  // namespace plurix::heap
