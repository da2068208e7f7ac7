// Allocators: the second stage of the two-stage allocation. Each station owns one allocator per
// kind (RW, RO, SysRO, SysRW); an allocator carves pages of one size class out of blocks it gets
// from the memory manager and hands out small objects without touching shared state, so stations
// do not collide while allocating. Invariant: a page holds objects of one size class, one kind
// and one allocator (hence one station) only. Paper 001 §4.2, §4.2.2, §4.3.
#pragma once

#include <cstddef>
#include <cstdint>

#include "heap/foreign_garbage.h"
#include "heap/memory_manager.h"
#include "heap/object_layout.h"
#include "heap/station_local.h"

namespace plurix::heap {

// An unused cell of a small-object page: a link, then a word with kFlagFree so a heap walk can
// tell it from an object. All its other bytes are zero (cells are cleared when freed).
struct FreeCell {
  FreeCell* next;
  uint64_t freeMarker;
};

// Empty pages a station that shares the heap keeps for its own allocators, of any kind and size
// class, instead of handing them to the memory manager after every collection: that would write
// the manager's header and free runs, which every station reads, and doom the other stations'
// running transactions with every collection here (docs/BENCHMARKS.md, "Cluster table"). Pages
// here are cleared, read as an uncarved block page of the station, and link through
// PageInfo::next. Station 0 keeps none: alone (plurix run) it returns pages as it always did.
struct SparePages {
  uint32_t first;  // 0: none
  uint32_t count;
};
// Beyond this many (2 MiB) a station's empty pages go back to the manager: about two
// collections' worth of garbage, so a station whose garbage is steady keeps its pages.
inline constexpr uint32_t kMaxSparePages = 4 * kSharedBlockPages;

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
        // The next allocation of this size reads the next cell's link: a page's free cells
        // come back in the order they were freed, scattered over the page (and the cache).
        __builtin_prefetch(state.cells, 1);
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

  // Guarantees every page of this allocator without objects (except the pages being allocated
  // from) cleared and kept in spare, or, with spare null or full, returned to the memory manager.
  // Runs between transactions, after collection.
  void returnEmptyPages(SparePages* spare);

  AllocatorKind kind() const { return kind_; }
  uint16_t station() const { return station_; }
  // Pages of its current block not carved yet.
  uint32_t uncarvedPages() const { return blockEnd_ - blockNext_; }

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

// Fields after byKind were added later: heaps made before read them as zero, which is right.
struct StationAllocators {
  Allocator byKind[kAllocatorKinds];
  ForeignGarbage foreignGarbage;  // dead objects of other owners this station found (foreign_garbage.h)
  SparePages sparePages;          // empty pages kept for carving again (stations above 0)
};
static_assert(sizeof(StationAllocators) <= kPageSize);

// Requires station's allocators made (allocatorFor). Guarantees its allocator page.
// This station's own comes from station-local memory (Heap::attachStation), like the heap's
// cached allocators: the manager's station table lies on the header page, which other stations
// write whenever they take pages, and each look at it would put that page in the step's read set.
inline StationAllocators* stationAllocatorsOf(MemoryManager* manager, uint16_t station) {
  StationLocal* local = stationLocal();
  if (station == local->ownAllocatorsStation && local->ownAllocators != nullptr) {
    return static_cast<StationAllocators*>(local->ownAllocators);
  }
  return reinterpret_cast<StationAllocators*>(manager->pageAddress(manager->stationPage[station]));
}

// Requires station's allocators made. Guarantees every spare page of station returned to the
// memory manager (a full heap needs them; a loaded image's stations are gone).
void returnSparePages(MemoryManager* manager, uint16_t station);

// Requires an initialised memory manager. Guarantees the station's allocators (created on
// first use on a page of their own), or nullptr when the heap is full.
Allocator* allocatorFor(MemoryManager* manager, uint16_t station, AllocatorKind kind);

// Requires an object from some allocator of this heap. Guarantees its memory released to the
// allocator that owns its page (or to the memory manager for a large object).
void releaseObject(MemoryManager* manager, ObjectHeader* object);
// The same, for a caller that has looked up the object's page already.
void releaseObject(MemoryManager* manager, ObjectHeader* object, uint32_t index, PageInfo& page);

}  // namespace plurix::heap
