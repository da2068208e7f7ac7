// The JITLink memory manager that places every linked section in the heap: code and read-only
// data (including any GOT or stub sections JITLink synthesises) in one pinned object of the
// current code allocator (RO or SysRO), writable data (.data, .bss) in one pinned RW object.
// Invariant: every block of a graph it allocated lies inside the heap, and code pages are
// executable (runtime/platform allowExecution) before any finalize action runs.
//
// Why not MapperJITLinkMemoryManager: its slab reservation assumes one contiguous range per
// allocation that the mapper owns; the heap's allocators already own placement (size classes,
// large objects on their own pages, kinds on separate pages), so handing them whole segments is
// the simpler fit. Each allocation is one object per kind, so a module costs at most one RO and
// one RW object, not whole pages (small modules share allocator pages with other objects).
#pragma once

#include <cstdint>

#include "heap/heap.h"
#include "llvm/ExecutionEngine/JITLink/JITLinkMemoryManager.h"

namespace plurix::compiler::jit {

class HeapMemoryManager final : public llvm::jitlink::JITLinkMemoryManager {
 public:
  // Requires heap open for as long as this manager allocates.
  explicit HeapMemoryManager(heap::Heap& heap) : heap_(heap) {}

  // Requires kReadOnly or kSystemReadOnly. Guarantees later allocations put code there.
  void setCodeKind(heap::AllocatorKind kind) { codeKind_ = kind; }
  // Guarantees later deallocations keep their heap objects: the heap outlives this JIT and
  // other processes run its code, so tearing the JIT down must not free code.
  void keepMemoryOnDeallocate() { keepMemory_ = true; }
  // Guarantees later links leave page protections to the transaction tracker (HeapJit).
  void setExecutionByTracker(bool byTracker) { executionByTracker_ = byTracker; }
  // Bytes of the read-only object of the most recent successful allocation.
  uint64_t lastCodeBytes() const { return lastCodeBytes_; }

  void allocate(const llvm::jitlink::JITLinkDylib* dylib, llvm::jitlink::LinkGraph& graph,
                OnAllocatedFunction onAllocated) override;
  void deallocate(std::vector<FinalizedAlloc> allocations, OnDeallocatedFunction onDeallocated) override;

 private:
  heap::Heap& heap_;
  heap::AllocatorKind codeKind_ = heap::AllocatorKind::kReadOnly;
  bool keepMemory_ = false;
  bool executionByTracker_ = false;
  uint64_t lastCodeBytes_ = 0;
};

// Guarantees object unpinned and queued for the collector, which frees it (nothing refers to
// code or data objects of a module that failed to link or was removed).
void giveBackToCollector(heap::ObjectHeader* object);

}  // namespace plurix::compiler::jit
