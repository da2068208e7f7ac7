#include "heap/allocator.h"

#include <cstring>

#include "heap/page_supply.h"
#include "heap/station_local.h"

namespace plurix::heap {
namespace {

constexpr uint64_t kFreeMarker = kFlagFree;

void threadCells(char* page, uint32_t cellBytes, FreeCell** head) {
  uint32_t cells = static_cast<uint32_t>(kPageSize / cellBytes);
  FreeCell* next = nullptr;
  for (uint32_t i = cells; i-- > 0;) {
    auto* cell = reinterpret_cast<FreeCell*>(page + size_t{i} * cellBytes);
    cell->next = next;
    cell->freeMarker = kFreeMarker;
    next = cell;
  }
  *head = next;
}

}  // namespace

void Allocator::initialise(AllocatorKind kind, uint16_t station) {
  kind_ = kind;
  station_ = station;
}

uint32_t Allocator::carvePage() {
  MemoryManager* manager = MemoryManager::local();
  // This allocator lives on its station's allocator page (StationAllocators::byKind), whose
  // address is its own rounded down: no look at the manager's station table, which lies on the
  // header page other stations write when they take pages.
  auto* allocators = reinterpret_cast<StationAllocators*>(reinterpret_cast<uintptr_t>(this) & ~uintptr_t{kPageSize - 1});
  SparePages& spare = allocators->sparePages;
  if (spare.first != 0) {  // station 0 never keeps any
    uint32_t index = spare.first;
    PageInfo& page = manager->pageMap()[index];
    spare.first = page.next;
    --spare.count;
    page.next = 0;
    if (spare.count < kSupplyLowPages) stationLocal()->pagesWanted = true;  // page_supply.h
    return index;
  }
  if (blockNext_ == blockEnd_) {
    if (station_ != 0) stationLocal()->pagesWanted = true;
    uint32_t block = manager->allocateBlock(kind_, station_);
    if (block == 0) block = manager->allocatePages(1, PageState::kBlock, kind_, station_);  // nearly full heap
    if (block == 0) return 0;
    blockNext_ = block;
    blockEnd_ = block + manager->pageMap()[block].run;
  }
  return blockNext_++;
}

bool Allocator::refill(int sizeClass) {
  MemoryManager* manager = MemoryManager::local();
  SizeClassState& state = classes_[sizeClass];
  // Cells freed on the current page since we took its list come first: no new page needed.
  if (state.page != nullptr && state.page->freeCells != nullptr) {
    state.cells = state.page->freeCells;
    state.page->freeCells = nullptr;
    return true;
  }
  if (state.partialPages != 0) {
    uint32_t index = state.partialPages;
    PageInfo& page = manager->pageMap()[index];
    state.partialPages = page.next;
    page.next = 0;
    page.listed = 0;
    state.cells = page.freeCells;
    page.freeCells = nullptr;
    state.page = &page;
    state.pageIndex = index;
    return true;
  }
  uint32_t index = carvePage();
  if (index == 0) return false;
  PageInfo& page = manager->pageMap()[index];
  page.state = PageState::kSmall;
  page.sizeClass = static_cast<uint8_t>(sizeClass);
  page.kind = kind_;
  page.station = station_;
  page.run = 1;
  threadCells(manager->pageAddress(index), sizeClassBytes(sizeClass), &state.cells);
  state.page = &page;
  state.pageIndex = index;
  return true;
}

void* Allocator::allocateSlow(size_t bytes) {
  if (bytes > kMaxSmallObject) {
    uint32_t pages = static_cast<uint32_t>(roundUp(bytes, kPageSize) / kPageSize);
    uint32_t first = MemoryManager::local()->allocatePages(pages, PageState::kLargeHead, kind_, station_);
    return first == 0 ? nullptr : MemoryManager::local()->pageAddress(first);
  }
  int sizeClass = sizeClassOf(bytes);
  if (!refill(sizeClass)) return nullptr;
  return allocate(bytes);
}

void Allocator::release(ObjectHeader* object, uint32_t index, PageInfo& page) {
  uint32_t cellBytes = sizeClassBytes(page.sizeClass);
  memset(object, 0, cellBytes);
  auto* cell = reinterpret_cast<FreeCell*>(object);
  cell->freeMarker = kFreeMarker;
  cell->next = page.freeCells;
  page.freeCells = cell;
  --page.liveCount;
  SizeClassState& state = classes_[page.sizeClass];
  if (page.listed == 0 && state.pageIndex != index) {
    page.listed = 1;
    page.next = state.partialPages;
    state.partialPages = index;
  }
}

void Allocator::returnEmptyPages(SparePages* spare) {
  MemoryManager* manager = MemoryManager::local();
  PageInfo* map = manager->pageMap();
  for (SizeClassState& state : classes_) {
    uint32_t* link = &state.partialPages;
    while (*link != 0) {
      uint32_t index = *link;
      PageInfo& page = map[index];
      if (page.liveCount != 0) {
        link = &page.next;
        continue;
      }
      *link = page.next;
      // Free cells keep a link and a marker; clear the page so the free run reads zero.
      if (spare == nullptr || spare->count >= kMaxSparePages) {
        manager->freePages(index, 1, true);
        continue;
      }
      memset(manager->pageAddress(index), 0, kPageSize);
      page = PageInfo{};
      page.state = PageState::kBlock;
      page.kind = kind_;
      page.station = station_;
      page.run = 1;
      page.next = spare->first;
      spare->first = index;
      ++spare->count;
    }
  }
}

void returnSparePages(MemoryManager* manager, uint16_t station) {
  SparePages& spare = stationAllocatorsOf(manager, station)->sparePages;
  PageInfo* map = manager->pageMap();
  while (spare.first != 0) {
    uint32_t index = spare.first;
    spare.first = map[index].next;
    manager->freePages(index, 1, false);  // cleared when kept
  }
  spare.count = 0;
}

Allocator* allocatorFor(MemoryManager* manager, uint16_t station, AllocatorKind kind) {
  if (manager->stationPage[station] == 0) {
    uint32_t page = manager->allocatePages(1, PageState::kMetadata, AllocatorKind::kSystemReadWrite, station);
    if (page == 0) return nullptr;
    auto* allocators = reinterpret_cast<StationAllocators*>(manager->pageAddress(page));
    for (int k = 0; k < kAllocatorKinds; ++k) allocators->byKind[k].initialise(static_cast<AllocatorKind>(k), station);
    manager->stationPage[station] = page;
  }
  return &stationAllocatorsOf(manager, station)->byKind[static_cast<int>(kind)];
}

void releaseObject(MemoryManager* manager, ObjectHeader* object) {
  uint32_t index = manager->pageIndex(object);
  releaseObject(manager, object, index, manager->pageMap()[index]);
}

void releaseObject(MemoryManager* manager, ObjectHeader* object, uint32_t index, PageInfo& page) {
  if (page.state == PageState::kLargeHead) {
    manager->freePages(index, page.run, true);
    return;
  }
  // The page's station has allocators already: it allocated this object.
  stationAllocatorsOf(manager, page.station)->byKind[static_cast<int>(page.kind)].release(object, index, page);
}

}  // namespace plurix::heap
