// Makes the heap's code pages executable (executable_code.h).
#include "heap/executable_code.h"

#include "heap/memory_manager.h"
#include "runtime/platform/memory.h"

namespace plurix::heap {
namespace {

bool holdsCode(const PageInfo& page) {
  bool inUse = page.state == PageState::kSmall || page.state == PageState::kBlock ||
               page.state == PageState::kLargeHead || page.state == PageState::kLargeTail;
  return inUse && (page.kind == AllocatorKind::kReadOnly || page.kind == AllocatorKind::kSystemReadOnly);
}

}  // namespace

platform::Status makeHeapCodeExecutable(const Heap& heap) {
  MemoryManager* manager = heap.memoryManager();
  const PageInfo* pages = manager->pageMap();
  uint32_t index = manager->firstDataPage;
  while (index < manager->topPage) {
    if (!holdsCode(pages[index])) {
      ++index;
      continue;
    }
    uint32_t first = index;
    while (index < manager->topPage && holdsCode(pages[index])) ++index;
    platform::Status status = platform::allowExecution(reinterpret_cast<uintptr_t>(manager->pageAddress(first)),
                                                       size_t{index - first} * kPageSize);
    if (!status.isOk()) return status;
  }
  return platform::Status::ok();
}

}  // namespace plurix::heap
