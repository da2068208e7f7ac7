#include "heap/page_supply.h"

#include "heap/allocator.h"

namespace plurix::heap {

uint32_t stockSparePages(MemoryManager* manager, uint16_t station) {
  if (station == 0 || allocatorFor(manager, station, AllocatorKind::kReadWrite) == nullptr) return 0;
  SparePages& spare = stationAllocatorsOf(manager, station)->sparePages;
  if (spare.count >= kSupplyLowPages) return 0;
  PageInfo* map = manager->pageMap();
  uint32_t added = 0;
  while (spare.count + kSharedBlockPages <= kMaxSparePages) {
    uint32_t block = manager->allocateBlock(AllocatorKind::kReadWrite, station);
    if (block == 0) break;  // the heap is full: the allocators find out when they need a page
    uint32_t pages = map[block].run;
    // Each page as a spare page reads (Allocator::returnEmptyPages): an uncarved block page of
    // the station, zero, linked through next.
    for (uint32_t index = block; index < block + pages; ++index) {
      PageInfo& page = map[index];
      page = PageInfo{};
      page.state = PageState::kBlock;
      page.kind = AllocatorKind::kReadWrite;
      page.station = station;
      page.run = 1;
      page.next = spare.first;
      spare.first = index;
      ++spare.count;
      ++added;
    }
  }
  return added;
}

}  // namespace plurix::heap
