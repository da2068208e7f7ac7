#include "heap/root_set.h"

#include "heap/backchain.h"

namespace plurix::heap {

using platform::ErrorCode;
using platform::Result;
using platform::Status;

namespace {
constexpr uint64_t kInitialRoots = 64;
}

ObjectHeader* RootSet::table() const { return heap_.anchorSlot(AnchorSlot::kRootTable)->target; }

Slot* RootSet::element(ObjectHeader* table, uint64_t index) const {
  return slotAt(table, kArrayElementsOffset + index * kSlotSize);
}

Status RootSet::grow() {
  ObjectHeader* old = table();
  uint64_t oldLength = old == nullptr ? 0 : reinterpret_cast<ArrayHeader*>(old)->length;
  uint64_t length = oldLength == 0 ? kInitialRoots : oldLength * 2;
  ObjectHeader* bigger = heap_.allocateArray(heap_.builtin(BuiltinType::kReferenceArray), length,
                                             AllocatorKind::kReadWrite);
  if (bigger == nullptr) return Status::error(ErrorCode::kOutOfMemory, "heap full while growing the root set");
  for (uint64_t i = 0; i < oldLength; ++i) storeReference(element(bigger, i), element(old, i)->target);
  // The old table loses its only reference and is collected with the next garbage.
  storeReference(heap_.anchorSlot(AnchorSlot::kRootTable), bigger);
  return Status::ok();
}

Result<uint32_t> RootSet::add(ObjectHeader* object) {
  for (int attempt = 0; attempt < 2; ++attempt) {
    ObjectHeader* roots = table();
    uint64_t length = roots == nullptr ? 0 : reinterpret_cast<ArrayHeader*>(roots)->length;
    for (uint64_t i = 0; i < length; ++i) {
      Slot* slot = element(roots, i);
      if (slot->target != nullptr) continue;
      storeReference(slot, object);
      return static_cast<uint32_t>(i);
    }
    Status grown = grow();
    if (!grown.isOk()) return grown;
  }
  return Status::error(ErrorCode::kOutOfMemory, "root set full");
}

void RootSet::remove(uint32_t handle) { storeReference(element(table(), handle), nullptr); }

ObjectHeader* RootSet::get(uint32_t handle) const { return element(table(), handle)->target; }

uint64_t RootSet::count() const {
  ObjectHeader* roots = table();
  if (roots == nullptr) return 0;
  uint64_t live = 0;
  for (uint64_t i = 0; i < reinterpret_cast<ArrayHeader*>(roots)->length; ++i) live += element(roots, i)->target != nullptr;
  return live;
}

}  // namespace plurix::heap
