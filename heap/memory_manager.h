// The memory manager: the first stage of the two-stage allocation. Its state lives at the heap's
// base (so every station sees one manager) and it hands out page runs: allocator blocks, large
// objects, and its own metadata. Invariant: every page has one PageInfo saying who owns it; a
// page in a free run reads zero. Paper 001 §4.2: memory manager and allocator objects; §4.2.1:
// objects over 4 KiB are rounded to whole pages and start on a page boundary.
#pragma once

#include <cstddef>
#include <cstdint>

#include "heap/object_layout.h"
#include "heap/address_space.h"

namespace plurix::heap {

inline constexpr uint64_t kHeapMagic = 0x5041454858525550;  // "PURXHEAP"
inline constexpr size_t kMaxStations = 256;
inline constexpr uint32_t kBlockPages = 16;   // one allocator block: 64 KiB
// A block of a station that shares the heap with others (station id above 0): 512 KiB, whose 128
// page map entries (32 bytes each) fill one page of the map alone, and aligned to it
// (allocateBlock), so that stations allocating in their own blocks never write the same page of
// the map, which would make their transactions conflict.
inline constexpr uint32_t kSharedBlockPages = 128;
inline constexpr uint32_t kFreeBuckets = 64;  // runs of 1..63 pages exactly; the last: 64 and more

enum class PageState : uint8_t {
  kUnused = 0,     // inside a free run or above the top
  kFreeHead,       // first page of a free run (run = pages)
  kFreeTail,       // last page of a free run of two or more (run = index of the head)
  kMetadata,       // the manager's own state, the page map, station allocator pages
  kBlock,          // handed to an allocator, not yet carved into a size class
  kSmall,          // small objects of one size class, one kind, one allocator
  kLargeHead,      // first page of a large object (run = pages)
  kLargeTail,      // a following page of a large object (run = index of the head)
};

struct FreeCell;

struct PageInfo {
  PageState state;
  AllocatorKind kind;
  uint16_t station;
  uint8_t sizeClass;
  uint8_t listed;       // on its allocator's list of pages with free cells
  uint16_t liveCount;   // objects allocated on a kSmall page
  uint32_t run;
  uint32_t next;        // free-run bucket list or allocator page list (page index; 0 = none)
  uint32_t previous;    // free-run bucket list
  uint32_t reserved;
  FreeCell* freeCells;  // cells freed while the page was not being allocated from
};
static_assert(sizeof(PageInfo) == 32);

// Pages the manager hands out are zero in the committed heap: free pages are kept cleared and
// pages above topPage were never written. A station sharing the heap registers a hook that lets
// such a page, when it lacks it, be zero-filled at its first touch instead of fetched from the
// station that freed it (txn/transaction.cpp); the manager calls it for every run it hands out
// (claim).
// Process-wide: one station per process.
using FreshPagesHook = void (*)(uintptr_t first, size_t pages);
void setFreshPagesHook(FreshPagesHook hook);

// Lives at the heap base, followed by the page map; every station reads the same one.
struct MemoryManager {
  uint64_t magic;
  uint64_t base;
  uint64_t size;
  uint32_t pageCount;
  uint32_t firstDataPage;   // pages below are the header and the page map
  uint32_t topPage;         // pages at and above were never handed out
  uint32_t committedPages;  // pages below are readable and writable
  uint32_t freeRuns[kFreeBuckets];
  uint32_t stationPage[kMaxStations];  // page holding each station's allocators; 0: none yet
  ObjectHeader* anchor;                // the pinned root object (heap.h)
  uint32_t builtinTypes[8];            // heap offsets of the heap's own descriptors (heap.h)
  uint64_t reserved[4];

  // Requires an initialised manager at base. The fixed placement is why no pointer is passed.
  static MemoryManager* at(uintptr_t base) { return reinterpret_cast<MemoryManager*>(base); }
  static MemoryManager* local() { return at(stationLocal()->heapBase); }

  // Requires a fresh, committed header page at this. Guarantees an empty heap of size bytes.
  bool initialise(uintptr_t heapBase, size_t heapSize);

  PageInfo* pageMap() { return reinterpret_cast<PageInfo*>(reinterpret_cast<char*>(this) + kPageSize); }
  // The manager lives at the heap base, so these measure from this rather than read the base
  // and size fields: finding a page then reads nothing of the manager's header page, which other
  // stations write whenever they take pages, and a step that allocates and frees on its own
  // pages never conflicts with them for it (docs/HEAP.md).
  uint32_t pageIndex(const void* address) const {
    return static_cast<uint32_t>((reinterpret_cast<uintptr_t>(address) - reinterpret_cast<uintptr_t>(this)) / kPageSize);
  }
  PageInfo& pageOf(const void* address) { return pageMap()[pageIndex(address)]; }
  char* pageAddress(uint32_t index) const {
    return reinterpret_cast<char*>(reinterpret_cast<uintptr_t>(this) + size_t{index} * kPageSize);
  }
  bool contains(const void* address) const {
    uintptr_t heapBase = reinterpret_cast<uintptr_t>(this);
    return reinterpret_cast<uintptr_t>(address) >= heapBase &&
           reinterpret_cast<uintptr_t>(address) - heapBase < stationLocal()->heapSize;
  }

  // Guarantees pages zero-filled pages owned as state/kind/station, first page index returned;
  // 0 when the heap is full.
  uint32_t allocatePages(uint32_t pages, PageState state, AllocatorKind kind, uint16_t station);
  // Guarantees a block of zero-filled pages for an allocator of kind and station, or 0 when the
  // heap is full. Station 0 (and a heap no one shares) gets kBlockPages from any run. Another
  // station gets kSharedBlockPages aligned to it where it can be: out of a free run that holds an
  // aligned block, else out of any free run (reusing freed memory comes first), else from the
  // top, aligned (the pages skipped join the free runs).
  uint32_t allocateBlock(AllocatorKind kind, uint16_t station);
  // Requires the first page of a run from allocatePages whose contents are zero again (or
  // zeroFirst set). Guarantees the run joins the free runs, merged with free neighbours.
  void freePages(uint32_t first, uint32_t pages, bool zeroFirst);

  // Requires a small-object or large-object address. Guarantees the start of the object whose
  // memory contains address (the owner of a slot).
  ObjectHeader* objectContaining(const void* address);

 private:
  bool grow(uint32_t pages);
  void claim(uint32_t first, uint32_t pages, PageState state, AllocatorKind kind, uint16_t station);
  uint32_t takeAlignedBlock(uint32_t pages);
  void pushRun(uint32_t first, uint32_t pages);
  void unlinkRun(uint32_t first, uint32_t pages);
  uint32_t takeRun(uint32_t pages);
};

// Size classes of the allocators: sizes in bytes, and the class of a size.
inline constexpr int kSizeClasses = 35;
// 8-byte steps up to 128 bytes (most objects are small, paper 001 §6), then four classes per
// doubling: at most 25% lost to rounding.
inline constexpr uint32_t kSizeClassBytes[kSizeClasses] = {
    16,  24,  32,  40,  48,  56,  64,   72,   80,   88,   96,   104,  112,  120,  128,  160,  192, 224,
    256, 320, 384, 448, 512, 640, 768, 896, 1024, 1280, 1536, 1792, 2048, 2560, 3072, 3584, 4096};
inline uint32_t sizeClassBytes(int sizeClass) { return kSizeClassBytes[sizeClass]; }
// Every allocation looks its class up: a table by granules, inline.
struct SizeClassTable {
  uint8_t classOfGranules[kMaxSmallObject / kGranule + 1];
  constexpr SizeClassTable() : classOfGranules() {
    int sizeClass = 0;
    for (size_t granules = 0; granules <= kMaxSmallObject / kGranule; ++granules) {
      while (kSizeClassBytes[sizeClass] < granules * kGranule) ++sizeClass;
      classOfGranules[granules] = static_cast<uint8_t>(sizeClass);
    }
  }
};
inline constexpr SizeClassTable kSizeClassTable;
// Requires 0 < bytes <= kMaxSmallObject.
inline int sizeClassOf(size_t bytes) { return kSizeClassTable.classOfGranules[(bytes + kGranule - 1) / kGranule]; }

}  // namespace plurix::heap
