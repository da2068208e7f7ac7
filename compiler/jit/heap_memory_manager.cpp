// Places JITLink segments in heap objects (heap_memory_manager.h).
#include "compiler/jit/heap_memory_manager.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "heap/station_local.h"
#include "llvm/ExecutionEngine/JITLink/JITLink.h"
#include "llvm/ExecutionEngine/Orc/Shared/AllocationActions.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/Memory.h"
#include "llvm/Support/MathExtras.h"
#include "runtime/platform/memory.h"

namespace plurix::compiler::jit {
namespace {

using llvm::jitlink::BasicLayout;
using llvm::jitlink::JITLinkMemoryManager;
using llvm::jitlink::LinkGraph;
using llvm::orc::MemProt;

constexpr int kReadOnlyRegion = 0;
constexpr int kWritableRegion = 1;
constexpr int kRegions = 2;

// The segments that share one heap object, laid out one after another.
struct Region {
  uint64_t size = 0;
  uint64_t alignment = 1;
  heap::ObjectHeader* object = nullptr;
  uintptr_t base = 0;  // address of offset 0 (aligned inside the object's payload)
};

struct AddressRange {
  uintptr_t start;
  uintptr_t end;
};

// What a FinalizedAlloc's address points at: the objects to give back and the actions to run
// when the module is removed.
struct HeapAllocation {
  heap::ObjectHeader* objects[kRegions];
  std::vector<llvm::orc::shared::WrapperFunctionCall> deallocActions;
};

bool hasProtection(MemProt protection, MemProt bit) {
  return (static_cast<unsigned>(protection) & static_cast<unsigned>(bit)) != 0;
}
bool isWritable(MemProt protection) { return hasProtection(protection, MemProt::Write); }
bool isExecutable(MemProt protection) { return hasProtection(protection, MemProt::Exec); }

llvm::Error linkError(const std::string& message) {
  return llvm::make_error<llvm::StringError>(message, llvm::inconvertibleErrorCode());
}

void giveBackRegions(Region* regions) {
  for (int i = 0; i < kRegions; ++i) {
    if (regions[i].object != nullptr) giveBackToCollector(regions[i].object);
    regions[i].object = nullptr;
  }
}

class HeapInFlightAlloc final : public JITLinkMemoryManager::InFlightAlloc {
 public:
  HeapInFlightAlloc(LinkGraph& graph, const Region* regions, std::vector<AddressRange> code)
      : graph_(graph), code_(std::move(code)) {
    std::copy(regions, regions + kRegions, regions_);
  }

  void finalize(OnFinalizedFunction onFinalized) override {
    for (const AddressRange& range : code_) {
      uintptr_t first = range.start & ~(uintptr_t{platform::kPageSize} - 1);
      uintptr_t end = llvm::alignTo(range.end, platform::kPageSize);
      platform::Status status = platform::allowExecution(first, end - first);
      if (!status.isOk()) {
        giveBackRegions(regions_);
        onFinalized(linkError(std::string("cannot make compiled code executable: ") + status.message()));
        return;
      }
      llvm::sys::Memory::InvalidateInstructionCache(reinterpret_cast<const void*>(range.start),
                                                    range.end - range.start);
    }
    auto deallocActions = llvm::orc::shared::runFinalizeActions(graph_.allocActions());
    if (!deallocActions) {
      giveBackRegions(regions_);
      onFinalized(deallocActions.takeError());
      return;
    }
    auto* record = new HeapAllocation{{regions_[kReadOnlyRegion].object, regions_[kWritableRegion].object},
                                      std::move(*deallocActions)};
    onFinalized(JITLinkMemoryManager::FinalizedAlloc(llvm::orc::ExecutorAddr::fromPtr(record)));
  }

  void abandon(OnAbandonedFunction onAbandoned) override {
    giveBackRegions(regions_);
    onAbandoned(llvm::Error::success());
  }

 private:
  LinkGraph& graph_;
  Region regions_[kRegions];
  std::vector<AddressRange> code_;
};

}  // namespace

void giveBackToCollector(heap::ObjectHeader* object) {
  object->clearFlag(heap::kFlagPinned);
  if (!object->hasFlag(heap::kFlagInZeroList)) {
    object->setFlag(heap::kFlagInZeroList);
    heap::stationLocal()->zeroList.push(object);
  }
}

void HeapMemoryManager::allocate(const llvm::jitlink::JITLinkDylib*, LinkGraph& graph,
                                 OnAllocatedFunction onAllocated) {
  BasicLayout layout(graph);
  Region regions[kRegions];
  std::vector<uint64_t> offsets;
  for (auto& [group, segment] : layout.segments()) {
    Region& region = regions[isWritable(group.getMemProt()) ? kWritableRegion : kReadOnlyRegion];
    uint64_t alignment = segment.Alignment.value();
    if (alignment > platform::kPageSize) {
      onAllocated(linkError("a segment asks for an alignment above a page"));
      return;
    }
    region.size = llvm::alignTo(region.size, alignment);
    offsets.push_back(region.size);
    region.size += segment.ContentSize + segment.ZeroFillSize;
    region.alignment = std::max(region.alignment, alignment);
  }

  for (int i = 0; i < kRegions; ++i) {
    Region& region = regions[i];
    if (region.size == 0) continue;
    // Object payloads are 8-byte aligned at least; stricter alignment comes from slack.
    uint64_t slack = region.alignment > heap::kGranule ? region.alignment - heap::kGranule : 0;
    heap::AllocatorKind kind = i == kReadOnlyRegion ? codeKind_ : heap::AllocatorKind::kReadWrite;
    // The caller's message names the module.
    std::string what = std::to_string(region.size) + " bytes of " + (i == kReadOnlyRegion ? "code" : "writable data");
    if (region.size + slack > heap::kMaxObjectSize - sizeof(heap::ObjectHeader)) {
      giveBackRegions(regions);
      onAllocated(linkError("the " + what + " exceed the heap's largest object (128 MiB): split the module"));
      return;
    }
    region.object = heap_.allocateBytes(region.size + slack, kind);
    if (region.object == nullptr) {
      giveBackRegions(regions);
      onAllocated(linkError("the heap is full: no room for the " + what));
      return;
    }
    heap::Heap::pin(region.object);
    region.base = llvm::alignTo(reinterpret_cast<uintptr_t>(region.object + 1), region.alignment);
  }

  std::vector<AddressRange> code;
  size_t index = 0;
  for (auto& [group, segment] : layout.segments()) {
    const Region& region = regions[isWritable(group.getMemProt()) ? kWritableRegion : kReadOnlyRegion];
    uintptr_t address = region.base + offsets[index++];
    segment.Addr = llvm::orc::ExecutorAddr(address);
    segment.WorkingMem = reinterpret_cast<char*>(address);  // heap memory is zeroed: zero-fill is done
    // Under the transaction tracker, code pages open for execution at their first fetch.
    if (isExecutable(group.getMemProt()) && !executionByTracker_) code.push_back({address, address + segment.ContentSize + segment.ZeroFillSize});
  }
  if (llvm::Error error = layout.apply()) {
    giveBackRegions(regions);
    onAllocated(std::move(error));
    return;
  }
  lastCodeBytes_ = regions[kReadOnlyRegion].object != nullptr ? regions[kReadOnlyRegion].object->size() : 0;
  onAllocated(std::make_unique<HeapInFlightAlloc>(graph, regions, std::move(code)));
}

void HeapMemoryManager::deallocate(std::vector<FinalizedAlloc> allocations, OnDeallocatedFunction onDeallocated) {
  llvm::Error result = llvm::Error::success();
  for (FinalizedAlloc& allocation : allocations) {
    auto* record = allocation.release().toPtr<HeapAllocation*>();
    result = llvm::joinErrors(std::move(result), llvm::orc::shared::runDeallocActions(record->deallocActions));
    if (!keepMemory_) {
      for (heap::ObjectHeader* object : record->objects) {
        if (object != nullptr) giveBackToCollector(object);
      }
    }
    delete record;
  }
  onDeallocated(std::move(result));
}

}  // namespace plurix::compiler::jit
