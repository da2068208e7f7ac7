#include "heap/heap_walk.h"

namespace plurix::heap {

bool isObjectStart(MemoryManager* manager, const void* address) {
  if (!manager->contains(address) || reinterpret_cast<uintptr_t>(address) % kGranule != 0) return false;
  uint32_t index = manager->pageIndex(address);
  if (index < manager->firstDataPage || index >= manager->topPage) return false;
  PageInfo& page = manager->pageMap()[index];
  size_t offset = reinterpret_cast<uintptr_t>(address) % kPageSize;
  if (page.state == PageState::kLargeHead) {
    if (offset != 0) return false;
  } else if (page.state != PageState::kSmall || offset % sizeClassBytes(page.sizeClass) != 0 ||
             offset + sizeClassBytes(page.sizeClass) > kPageSize) {
    return false;
  }
  const auto* object = static_cast<const ObjectHeader*>(address);
  return !object->hasFlag(kFlagFree) && object->sizeAndFlags != 0;
}

}  // namespace plurix::heap
