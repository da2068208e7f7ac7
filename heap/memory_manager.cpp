#include "heap/memory_manager.h"

#include <cstring>

#include "runtime/platform/memory.h"

namespace plurix::heap {
namespace {


// Pages of committed memory to add at a time: few, large commits keep the mapping in one piece.
constexpr uint32_t kCommitChunkPages = 512;

uint32_t bucketOf(uint32_t pages) { return pages >= kFreeBuckets ? kFreeBuckets - 1 : pages - 1; }

}  // namespace


bool MemoryManager::initialise(uintptr_t heapBase, size_t heapSize) {
  magic = kHeapMagic;
  base = heapBase;
  size = heapSize;
  pageCount = static_cast<uint32_t>(heapSize / kPageSize);
  firstDataPage = static_cast<uint32_t>(1 + roundUp(size_t{pageCount} * sizeof(PageInfo), kPageSize) / kPageSize);
  topPage = firstDataPage;
  committedPages = 0;
  // The page map must be committed whole: frees anywhere below the top write into it.
  if (!grow(firstDataPage)) return false;
  for (uint32_t page = 0; page < firstDataPage; ++page) pageMap()[page].state = PageState::kMetadata;
  return true;
}

bool MemoryManager::grow(uint32_t pages) {
  if (pages <= committedPages) return true;
  uint32_t target = static_cast<uint32_t>(roundUp(pages, kCommitChunkPages));
  if (target > pageCount) target = pageCount;
  if (pages > target) return false;
  // While transactions track the pages, the tracker alone sets their protection: opening them
  // here would let writes to the new pages bypass it, so that no commit would carry them to
  // other stations (which then read zeros where this station allocated code and objects).
  if (!stationLocal()->pagesTracked &&
      !platform::commit(base + size_t{committedPages} * kPageSize, size_t{target - committedPages} * kPageSize)
           .isOk()) {
    return false;
  }
  committedPages = target;
  return true;
}

void MemoryManager::pushRun(uint32_t first, uint32_t pages) {
  PageInfo* map = pageMap();
  map[first] = PageInfo{};
  map[first].state = PageState::kFreeHead;
  map[first].run = pages;
  if (pages > 1) {
    map[first + pages - 1] = PageInfo{};
    map[first + pages - 1].state = PageState::kFreeTail;
    map[first + pages - 1].run = first;
  }
  uint32_t bucket = bucketOf(pages);
  map[first].next = freeRuns[bucket];
  if (freeRuns[bucket] != 0) map[freeRuns[bucket]].previous = first;
  freeRuns[bucket] = first;
}

void MemoryManager::unlinkRun(uint32_t first, uint32_t pages) {
  PageInfo* map = pageMap();
  PageInfo& head = map[first];
  if (head.previous != 0) {
    map[head.previous].next = head.next;
  } else {
    freeRuns[bucketOf(pages)] = head.next;
  }
  if (head.next != 0) map[head.next].previous = head.previous;
  head = PageInfo{};
  if (pages > 1) map[first + pages - 1] = PageInfo{};
}

// A walk of the free runs longer than the heap has pages went round a cycle: a transaction that
// has been told to abort read the lists of two commits mixed. It finds nothing (and aborts as a
// conflict, txn/transaction.h) rather than loop where no safepoint could stop it.
uint32_t MemoryManager::takeRun(uint32_t pages) {
  PageInfo* map = pageMap();
  uint32_t walked = 0;
  for (uint32_t bucket = bucketOf(pages); bucket < kFreeBuckets; ++bucket) {
    for (uint32_t first = freeRuns[bucket]; first != 0 && ++walked <= pageCount; first = map[first].next) {
      uint32_t available = map[first].run;
      if (available < pages) continue;  // only the last bucket holds runs of mixed sizes
      unlinkRun(first, available);
      if (available > pages) pushRun(first + pages, available - pages);
      return first;
    }
  }
  return 0;
}

uint32_t MemoryManager::allocatePages(uint32_t pages, PageState state, AllocatorKind kind, uint16_t station) {
  uint32_t first = takeRun(pages);
  if (first == 0) {
    if (pages > pageCount - topPage || !grow(topPage + pages)) return 0;
    first = topPage;
    topPage += pages;
  }
  claim(first, pages, state, kind, station);
  return first;
}

namespace {
FreshPagesHook freshPagesHook = nullptr;
}  // namespace

void setFreshPagesHook(FreshPagesHook hook) { freshPagesHook = hook; }

void MemoryManager::claim(uint32_t first, uint32_t pages, PageState state, AllocatorKind kind, uint16_t station) {
  if (freshPagesHook != nullptr) freshPagesHook(reinterpret_cast<uintptr_t>(pageAddress(first)), pages);
  PageInfo* map = pageMap();
  for (uint32_t page = first; page < first + pages; ++page) {
    map[page] = PageInfo{};
    map[page].state = page == first ? state : PageState::kLargeTail;
    map[page].kind = kind;
    map[page].station = station;
    map[page].run = page == first ? pages : first;
  }
  if (state != PageState::kLargeHead) {
    for (uint32_t page = first + 1; page < first + pages; ++page) map[page].state = state;
  }
}

// An aligned block out of a free run that holds one, the rest of the run staying free; 0 if none.
uint32_t MemoryManager::takeAlignedBlock(uint32_t pages) {
  PageInfo* map = pageMap();
  uint32_t walked = 0;  // bounded as in takeRun
  for (uint32_t bucket = bucketOf(pages); bucket < kFreeBuckets; ++bucket) {
    for (uint32_t first = freeRuns[bucket]; first != 0 && ++walked <= pageCount; first = map[first].next) {
      uint32_t available = map[first].run;
      uint32_t aligned = (first + pages - 1) / pages * pages;
      if (aligned + pages > first + available) continue;
      unlinkRun(first, available);
      if (aligned > first) pushRun(first, aligned - first);
      if (first + available > aligned + pages) pushRun(aligned + pages, first + available - aligned - pages);
      return aligned;
    }
  }
  return 0;
}

uint32_t MemoryManager::allocateBlock(AllocatorKind kind, uint16_t station) {
  if (station == 0) return allocatePages(kBlockPages, PageState::kBlock, kind, station);
  const uint32_t pages = kSharedBlockPages;
  uint32_t reused = takeAlignedBlock(pages);
  if (reused == 0) reused = takeRun(pages);  // bounded memory before alignment
  if (reused != 0) {
    claim(reused, pages, PageState::kBlock, kind, station);
    return reused;
  }
  uint32_t aligned = (topPage + pages - 1) / pages * pages;
  if (aligned + pages > pageCount || !grow(aligned + pages)) {
    return allocatePages(pages, PageState::kBlock, kind, station);
  }
  uint32_t gapStart = topPage;
  topPage = aligned + pages;
  claim(aligned, pages, PageState::kBlock, kind, station);
  if (aligned > gapStart) {
    // Never handed out, so zero: a free run for large objects and unaligned blocks.
    claim(gapStart, aligned - gapStart, PageState::kLargeHead, kind, station);
    freePages(gapStart, aligned - gapStart, false);
  }
  return aligned;
}

void MemoryManager::freePages(uint32_t first, uint32_t pages, bool zeroFirst) {
  if (zeroFirst) {
    // Large runs go back to the OS (they read zero afterwards); small ones are cheaper to clear.
    // Not while transactions track the pages: the OS would zero them without a fault, so no
    // shadow would keep their contents for an abort (txn/shadow_pages.h).
    if (pages >= 16 && !stationLocal()->pagesTracked) {
      platform::discard(reinterpret_cast<uintptr_t>(pageAddress(first)), size_t{pages} * kPageSize).ignore();
    } else {
      memset(pageAddress(first), 0, size_t{pages} * kPageSize);
    }
  }
  PageInfo* map = pageMap();
  for (uint32_t page = first; page < first + pages; ++page) map[page] = PageInfo{};
  // Merge with the free run before and the one after, so runs never fragment needlessly.
  if (first > firstDataPage) {
    PageInfo& before = map[first - 1];
    uint32_t head = before.state == PageState::kFreeTail ? before.run
                    : before.state == PageState::kFreeHead ? first - 1
                                                            : 0;
    if (head != 0) {
      uint32_t headPages = map[head].run;
      unlinkRun(head, headPages);
      pages += headPages;
      first = head;
    }
  }
  if (first + pages < topPage && map[first + pages].state == PageState::kFreeHead) {
    uint32_t afterPages = map[first + pages].run;
    unlinkRun(first + pages, afterPages);
    pages += afterPages;
  }
  if (first + pages == topPage) {  // give the top back: images stay small, runs stay few
    topPage = first;
    return;
  }
  pushRun(first, pages);
}

ObjectHeader* MemoryManager::objectContaining(const void* address) {
  uint32_t index = pageIndex(address);
  PageInfo& page = pageMap()[index];
  if (page.state == PageState::kLargeTail) index = page.run;
  char* start = pageAddress(index);
  if (page.state == PageState::kSmall) {
    size_t cellBytes = sizeClassBytes(page.sizeClass);
    size_t offset = static_cast<size_t>(static_cast<const char*>(address) - start);
    start += offset / cellBytes * cellBytes;
  }
  return reinterpret_cast<ObjectHeader*>(start);
}

}  // namespace plurix::heap
