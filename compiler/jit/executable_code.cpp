// Makes the heap's code pages executable (executable_code.h).
#include "compiler/jit/executable_code.h"

#include "heap/memory_manager.h"
#include "runtime/platform/memory.h"

namespace plurix::compiler::jit {
namespace {

bool holdsCode(const heap::PageInfo& page) {
  bool inUse = page.state == heap::PageState::kSmall || page.state == heap::PageState::kBlock ||
               page.state == heap::PageState::kLargeHead || page.state == heap::PageState::kLargeTail;
  return inUse && (page.kind == heap::AllocatorKind::kReadOnly || page.kind == heap::AllocatorKind::kSystemReadOnly);
}

}  // namespace

platform::Status makeHeapCodeExecutable(const heap::Heap& heap) {
  heap::MemoryManager* manager = heap.memoryManager();
  const heap::PageInfo* pages = manager->pageMap();
  uint32_t index = manager->firstDataPage;
  while (index < manager->topPage) {
    if (!holdsCode(pages[index])) {
      ++index;
      continue;
    }
    uint32_t first = index;
    while (index < manager->topPage && holdsCode(pages[index])) ++index;
    platform::Status status = platform::allowExecution(reinterpret_cast<uintptr_t>(manager->pageAddress(first)),
                                                       size_t{index - first} * heap::kPageSize);
    if (!status.isOk()) return status;
  }
  return platform::Status::ok();
}

}  // namespace plurix::compiler::jit
