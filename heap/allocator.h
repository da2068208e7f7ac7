// Allocators: the second stage of the two-stage allocation. Each station owns one allocator per
// kind (RW, RO, SysRO, SysRW); an allocator carves pages of one size class out of blocks it gets
// from the memory manager and hands out small objects without touching shared state, so stations
// do not collide while allocating. Invariant: a page holds objects of one size class, one kind
// and one allocator (hence one station) only. Paper 001 §4.2, §4.2.2, §4.3.
#pragma once

#include <cstddef>
#include <cstdint>

#include "heap/memory_manager.h"
#include "heap/object_layout.h"

namespace plurix::heap {

// An unused cell of a small-object page: a link, then a word with kFlagFree so a heap walk can
// tell it from an object. All its other bytes are zero (cells are cleared when freed).
struct FreeCell {
  FreeCell* next;
  uint64_t freeMarker;
};

struct SizeClassState {
  FreeCell* cells;       // free cells of the current page, taken from it in one go
  PageInfo* page;        // the page being allocated from; nullptr: none
  uint32_t pageIndex;
  uint32_t partialPages;  // list (via PageInfo::next) of pages with free cells
};

// Lives in the heap, on a page of its station's own: allocating writes only that page and the
// pages it allocates into (no false sharing between stations).
class Allocator {
 public:
  // Requires a zeroed Allocator. Guarantees an allocator of this kind for station.
  void initialise(AllocatorKind kind, uint16_t station);

  // Requires 0 < bytes <= kMaxObjectSize, a multiple of kGranule. Guarantees zeroed memory of
  // bytes (small: from this allocator's pages; over 4 KiB: page-aligned whole pages from the
  // memory manager), or nullptr when the heap is full.
  void* allocate(size_t bytes) {
    if (bytes <= kMaxSmallObject) {
      SizeClassState& state = classes_[sizeClassOf(bytes)];
      FreeCell* cell = state.cells;
      if (cell != nullptr) {
        state.cells = cell->next;
        ++state.page->liveCount;
        cell->next = nullptr;
        cell->freeMarker = 0;
        return cell;
      }
    }
    return allocateSlow(bytes);
  }

  // Requires memory from allocate of some allocator whose pages say it is this one's (small) or
  // a large object, no longer referenced. Guarantees the memory zeroed and reusable.
  void release(ObjectHeader* object) {
    uint32_t index = MemoryManager::local()->pageIndex(object);
    release(object, index, MemoryManager::local()->pageMap()[index]);
  }
  // The same, for a caller that has looked up the object's page already.
  void release(ObjectHeader* object, uint32_t index, PageInfo& page);

  // Guarantees every page of this allocator without objects returned to the memory manager
  // (except the pages being allocated from). Runs between transactions, after collection.
  void returnEmptyPages();

  AllocatorKind kind() const { return kind_; }
  uint16_t station() const { return station_; }

 private:
  void* allocateSlow(size_t bytes);
  bool refill(int sizeClass);
  uint32_t carvePage();

  AllocatorKind kind_;
  uint8_t reserved_;
  uint16_t station_;
  uint32_t blockNext_;  // next uncarved page of the current block
  uint32_t blockEnd_;
  SizeClassState classes_[kSizeClasses];
};

struct StationAllocators {
  Allocator byKind[kAllocatorKinds];
};
static_assert(sizeof(StationAllocators) <= kPageSize);

// Requires an initialised memory manager. Guarantees the station's allocators (created on
// first use on a page of their own), or nullptr when the heap is full.
Allocator* allocatorFor(MemoryManager* manager, uint16_t station, AllocatorKind kind);

// Requires an object from some allocator of this heap. Guarantees its memory released to the
// allocator that owns its page (or to the memory manager for a large object).
void releaseObject(MemoryManager* manager, ObjectHeader* object);

}  // namespace plurix::heap
