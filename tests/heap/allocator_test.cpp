#include "heap/allocator.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>
#include <set>
#include <vector>

#include "heap/collector.h"
#include "heap/heap_stats.h"
#include "heap/heap_walk.h"
#include "heap_fixture.h"

namespace plurix::heap {
namespace {

using testing::HeapTest;

class AllocatorTest : public HeapTest {};

uintptr_t pageOf(const void* address) { return reinterpret_cast<uintptr_t>(address) / kPageSize; }

// A joining station attaches in a transaction; when that aborts, its allocator page goes back to
// the memory manager and may go to another joiner before the next attempt. The next attempt must
// use the page it takes then, not the one it cached the first time (stations sharing one
// allocator page made every page they allocated bounce between them).
TEST_F(AllocatorTest, AttachingAgainAfterAnAbortUsesTheNewAllocatorPage) {
  MemoryManager* manager = heap().memoryManager();
  constexpr uint16_t kJoiner = 5;
  constexpr uint16_t kOtherJoiner = 6;
  ASSERT_TRUE(heap().attachStation(kJoiner).isOk());
  uint32_t first = manager->stationPage[kJoiner];
  ASSERT_NE(first, 0u);
  // What the abort undoes: the page is free again and the station has none.
  manager->freePages(first, 1, true);
  manager->stationPage[kJoiner] = 0;
  // The other joiner commits first and takes that very page.
  ASSERT_NE(allocatorFor(manager, kOtherJoiner, AllocatorKind::kReadWrite), nullptr);
  ASSERT_EQ(manager->stationPage[kOtherJoiner], first);
  ASSERT_TRUE(heap().attachStation(kJoiner).isOk());
  uint32_t second = manager->stationPage[kJoiner];
  EXPECT_NE(second, first);
  Allocator* own = allocatorFor(manager, kJoiner, AllocatorKind::kReadWrite);
  EXPECT_EQ(manager->pageIndex(own), second) << "the allocators of the aborted attempt are still in use";
  EXPECT_EQ(own->station(), kJoiner);
  ASSERT_TRUE(heap().attachStation(0).isOk());
}

TEST_F(AllocatorTest, SmallObjectsAreZeroedAndCarryTheirKind) {
  ObjectHeader* object = heap().allocateBytes(200, AllocatorKind::kReadOnly);
  ASSERT_NE(object, nullptr);
  EXPECT_EQ(object->kind(), AllocatorKind::kReadOnly);
  EXPECT_EQ(firstReferrer(object), nullptr);
  EXPECT_GE(object->size(), 216u);
  for (size_t i = sizeof(ObjectHeader); i < object->size(); ++i) ASSERT_EQ(object->bytes()[i], 0);
}

TEST_F(AllocatorTest, ObjectsOverOnePageStartOnAPageBoundaryAndOwnWholePages) {
  ObjectHeader* before = heap().allocateBytes(64, AllocatorKind::kReadWrite);
  ObjectHeader* large = heap().allocateBytes(5000, AllocatorKind::kReadWrite);
  ObjectHeader* after = heap().allocateBytes(64, AllocatorKind::kReadWrite);
  ASSERT_NE(large, nullptr);
  EXPECT_EQ(reinterpret_cast<uintptr_t>(large) % kPageSize, 0u);
  EXPECT_EQ(roundUp(large->size(), kPageSize), 2 * kPageSize);
  for (ObjectHeader* small : {before, after}) {
    EXPECT_FALSE(pageOf(small) >= pageOf(large) && pageOf(small) < pageOf(large) + 2);
  }
}

TEST_F(AllocatorTest, FreedCellsAreHandedOutAgain) {
  Collector collector(heap().memoryManager());
  collector.collectAll();
  ObjectHeader* keep = heap().allocateBytes(40, AllocatorKind::kReadWrite);
  heap().pin(keep);  // keeps its page from going back to the memory manager
  std::set<ObjectHeader*> first;
  for (int i = 0; i < 50; ++i) first.insert(heap().allocateBytes(40, AllocatorKind::kReadWrite));
  EXPECT_EQ(collector.collectAll().freedObjects, 50u);  // nothing referenced them
  size_t reused = 0;
  // The page's never-used cells and the freed ones fill fewer than 200 objects: a fresh page is
  // only taken once every freed cell is back in use.
  for (int i = 0; i < 200; ++i) reused += first.count(heap().allocateBytes(40, AllocatorKind::kReadWrite));
  EXPECT_EQ(reused, 50u);
}

TEST_F(AllocatorTest, RepeatedAllocationAndCollectionDoesNotGrowTheHeap) {
  Collector collector(heap().memoryManager());
  std::mt19937_64 random(7);
  auto round = [&] {
    for (int i = 0; i < 20000; ++i) {
      size_t bytes = random() % 50 == 0 ? 5000 + random() % 20000 : 16 + random() % 500;
      ASSERT_NE(heap().allocateBytes(bytes, static_cast<AllocatorKind>(random() % kAllocatorKinds)), nullptr);
    }
    collector.collectAll();
  };
  round();
  uint64_t neverUsedAfterFirst = gatherHeapStats(heap().memoryManager()).pagesNeverUsed;
  for (int i = 0; i < 10; ++i) round();
  EXPECT_GE(gatherHeapStats(heap().memoryManager()).pagesNeverUsed + 64, neverUsedAfterFirst);
}

TEST_F(AllocatorTest, ObjectOverTheSizeLimitIsRefusedWithoutHarm) {
  EXPECT_EQ(heap().allocateBytes(kMaxObjectSize, AllocatorKind::kReadWrite), nullptr);
  EXPECT_NE(heap().allocateBytes(1000, AllocatorKind::kReadWrite), nullptr);
}

TEST_F(AllocatorTest, FullHeapYieldsNullThenRecoversAfterCollection) {
  std::vector<ObjectHeader*> blocks;
  while (ObjectHeader* block = heap().allocateBytes(size_t{8} << 20, AllocatorKind::kReadWrite)) blocks.push_back(block);
  EXPECT_GT(blocks.size(), 20u);  // a 256 MiB heap
  Collector(heap().memoryManager()).collectAll();
  EXPECT_NE(heap().allocateBytes(size_t{8} << 20, AllocatorKind::kReadWrite), nullptr);
}

// The process plays a station that shares the heap for as long as this lives.
struct ActingAsStation {
  explicit ActingAsStation(uint16_t station) { stationLocal()->stationId = station; }
  ~ActingAsStation() { stationLocal()->stationId = 0; }
};

ObjectHeader* queuedGarbage(Allocator* allocator, size_t bytes) {
  void* memory = allocator->allocate(bytes);
  if (memory == nullptr) return nullptr;
  initHeader(memory, 0, bytes, allocator->kind());
  auto* object = static_cast<ObjectHeader*>(memory);
  object->setFlag(kFlagInZeroList);
  stationLocal()->zeroList.push(object);
  return object;
}

// Handing empty pages to the memory manager writes its header, which every station reads: a
// station sharing the heap keeps them and carves them again, for any size class.
TEST_F(AllocatorTest, AStationSharingTheHeapKeepsItsEmptyPagesOutOfTheManagersState) {
  MemoryManager* manager = heap().memoryManager();
  Collector collector(manager);
  collector.collectAll();
  ActingAsStation worker(2);
  Allocator* allocator = allocatorFor(manager, 2, AllocatorKind::kReadWrite);
  std::set<uintptr_t> emptied;
  for (int i = 0; i < 2000; ++i) emptied.insert(pageOf(queuedGarbage(allocator, 64)));
  std::vector<char> header(reinterpret_cast<char*>(manager), reinterpret_cast<char*>(manager) + kPageSize);

  collector.collectAll();

  EXPECT_TRUE(std::equal(header.begin(), header.end(), reinterpret_cast<char*>(manager)))
      << "the collection wrote the memory manager's header";
  uint32_t spare = stationAllocatorsOf(manager, 2)->sparePages.count;
  EXPECT_GE(spare + 2, emptied.size());  // all but the pages still being allocated from
  for (uint32_t i = 0; i < spare * 4; ++i) {  // four 1 KiB objects fill a page
    ObjectHeader* object = queuedGarbage(allocator, 1024);
    ASSERT_NE(object, nullptr);
    ASSERT_EQ(emptied.count(pageOf(object)), 1u) << "a new page before the spare ones";
  }
  // A full heap takes every spare page back.
  queuedGarbage(allocator, 64);
  collector.collectAllWithStackRoots(nullptr, nullptr);
  EXPECT_EQ(stationAllocatorsOf(manager, 2)->sparePages.count, 0u);
  EXPECT_EQ(stationAllocatorsOf(manager, 2)->sparePages.first, 0u);
}

// Invariant 5 of DESIGN.md and paper 001 §4.2.2/§4.3: RO and RW objects never share a page,
// nor do two stations' SysRW objects; a large object shares its pages with nothing.
TEST_F(AllocatorTest, NoPageMixesKindsOrStationsSystemObjects) {
  std::mt19937_64 random(42);
  std::map<ObjectHeader*, uint16_t> stationOf;
  MemoryManager* manager = heap().memoryManager();
  for (int i = 0; i < 60000; ++i) {
    auto kind = static_cast<AllocatorKind>(random() % kAllocatorKinds);
    auto station = static_cast<uint16_t>(random() % 4);
    size_t bytes = random() % 16 == 0 ? 4000 + random() % 9000 : 16 + random() % 300;
    bytes = roundUp(bytes, kGranule);
    void* memory = allocatorFor(manager, station, kind)->allocate(bytes);
    ASSERT_NE(memory, nullptr);
    initHeader(memory, 0, bytes, kind);
    stationOf[static_cast<ObjectHeader*>(memory)] = station;
  }
  std::map<uintptr_t, std::set<int>> kindsOnPage;
  std::map<uintptr_t, std::set<uint16_t>> sysRwStationsOnPage;
  std::map<uintptr_t, int> objectsOnPage;
  forEachObject(manager, [&](ObjectHeader* object) {
    auto found = stationOf.find(object);
    if (found == stationOf.end()) return;  // the heap's own objects
    size_t pages = object->size() > kMaxSmallObject ? roundUp(object->size(), kPageSize) / kPageSize : 1;
    if (pages > 1) {
      ASSERT_EQ(reinterpret_cast<uintptr_t>(object) % kPageSize, 0u);
    }
    for (size_t p = 0; p < pages; ++p) {
      uintptr_t page = pageOf(object) + p;
      kindsOnPage[page].insert(static_cast<int>(object->kind()));
      ++objectsOnPage[page];
      if (object->kind() == AllocatorKind::kSystemReadWrite) sysRwStationsOnPage[page].insert(found->second);
    }
  });
  for (auto& [page, kinds] : kindsOnPage) ASSERT_EQ(kinds.size(), 1u) << "page " << page << " mixes kinds";
  for (auto& [page, stations] : sysRwStationsOnPage) ASSERT_EQ(stations.size(), 1u);
  forEachObject(manager, [&](ObjectHeader* object) {
    if (object->size() <= kMaxSmallObject) return;
    uintptr_t first = pageOf(object);
    for (size_t p = 0; p < roundUp(object->size(), kPageSize) / kPageSize; ++p) ASSERT_EQ(objectsOnPage[first + p], 1);
  });
}

}  // namespace
}  // namespace plurix::heap
