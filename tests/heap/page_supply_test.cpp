// The page supply (heap/page_supply.h): a station above 0 stocks spare pages between its steps,
// so that its allocators carve pages without writing the memory manager's header page, which
// every other station's steps would then conflict on; and finding a page or this station's own
// allocators reads nothing of that page.
#include "heap/page_supply.h"

#include <gtest/gtest.h>

#include <vector>

#include "heap/allocator.h"
#include "heap/station_local.h"
#include "heap_fixture.h"

namespace plurix::heap {
namespace {

using testing::HeapTest;

constexpr uint16_t kWorker = 3;

class PageSupplyTest : public HeapTest {
 protected:
  // This process acts as station kWorker, stocked; returns its read-write allocator.
  Allocator* stockedWorker() {
    MemoryManager* manager = heap().memoryManager();
    stationLocal()->stationId = kWorker;
    EXPECT_GT(stockSparePages(manager, kWorker), 0u);
    stationLocal()->pagesWanted = false;
    return allocatorFor(manager, kWorker, AllocatorKind::kReadWrite);
  }
  void TearDown() override {
    stationLocal()->stationId = 0;
    HeapTest::TearDown();
  }
};

std::vector<char> headerOf(MemoryManager* manager) {
  return std::vector<char>(reinterpret_cast<char*>(manager), reinterpret_cast<char*>(manager) + kPageSize);
}

TEST_F(PageSupplyTest, AStationRunningShortIsStockedUpToTheSparePagesItKeeps) {
  MemoryManager* manager = heap().memoryManager();
  uint32_t added = stockSparePages(manager, kWorker);
  SparePages& spare = stationAllocatorsOf(manager, kWorker)->sparePages;
  EXPECT_EQ(added, spare.count);
  EXPECT_GE(spare.count, kSupplyLowPages);
  EXPECT_LE(spare.count, kMaxSparePages) << "a collection would hand the rest straight back";
  for (uint32_t index = spare.first; index != 0; index = manager->pageMap()[index].next) {
    const PageInfo& page = manager->pageMap()[index];
    EXPECT_EQ(page.station, kWorker);
    EXPECT_EQ(page.state, PageState::kBlock);
  }
  EXPECT_EQ(stockSparePages(manager, kWorker), 0u) << "a station with enough spare pages takes no more";
}

TEST_F(PageSupplyTest, StationZeroIsNeverStocked) {
  EXPECT_EQ(stockSparePages(heap().memoryManager(), 0), 0u);
}

TEST_F(PageSupplyTest, CarvingStockedPagesLeavesTheManagersHeaderAlone) {
  Allocator* allocator = stockedWorker();
  std::vector<char> before = headerOf(heap().memoryManager());
  for (int i = 0; i < 64 * 4; ++i) ASSERT_NE(allocator->allocate(1024), nullptr);  // 64 pages of 1 KiB cells
  EXPECT_EQ(headerOf(heap().memoryManager()), before) << "carving a stocked page wrote the memory manager's header";
}

TEST_F(PageSupplyTest, RunningLowAsksForMorePages) {
  Allocator* allocator = stockedWorker();
  SparePages& spare = stationAllocatorsOf(heap().memoryManager(), kWorker)->sparePages;
  while (spare.count >= kSupplyLowPages) ASSERT_NE(allocator->allocate(2048), nullptr);
  EXPECT_TRUE(stationLocal()->pagesWanted);
}

TEST_F(PageSupplyTest, FindingPagesReadsNothingOfTheHeaderPage) {
  MemoryManager* manager = heap().memoryManager();
  // The manager measures from where it lives, not from its base field: a wrong field changes
  // nothing (the field is put back at once).
  uint64_t base = manager->base;
  manager->base = 0;
  char* somewhere = manager->pageAddress(3000);
  uint32_t index = manager->pageIndex(somewhere + 100);
  bool inside = manager->contains(somewhere);
  manager->base = base;
  EXPECT_EQ(index, 3000u);
  EXPECT_EQ(reinterpret_cast<uintptr_t>(somewhere), heap().base() + 3000 * kPageSize);
  EXPECT_TRUE(inside);
}

}  // namespace
}  // namespace plurix::heap
