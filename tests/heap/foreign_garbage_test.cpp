#include "heap/foreign_garbage.h"

#include <gtest/gtest.h>

#include <cstring>
#include <set>
#include <vector>

#include "heap/allocator.h"
#include "heap/collector.h"
#include "heap/heap_walk.h"
#include "heap/root_set.h"
#include "heap_fixture.h"

namespace plurix::heap {
namespace {

using testing::HeapTest;

constexpr uint16_t kFreer = 2;  // the station whose collector runs here
constexpr uint16_t kOwner = 3;  // the station that allocated the garbage

// One process plays several stations (as the allocator tests do): the collector takes the
// station it runs for from the station-local area.
class ForeignGarbageTest : public HeapTest {
 protected:
  void SetUp() override {
    HeapTest::SetUp();
    collector().collectAll();  // the heap's own set-up garbage, as station 0
    stationLocal()->stationId = kFreer;
    // A joined station has its allocators before it runs anything (Heap::attachStation).
    ASSERT_NE(allocatorFor(manager(), kFreer, AllocatorKind::kReadWrite), nullptr);
  }
  void TearDown() override {
    stationLocal()->stationId = 0;
    HeapTest::TearDown();
  }
  MemoryManager* manager() { return heap().memoryManager(); }
  Collector collector() { return Collector(manager()); }

  // A node allocated by station, queued for the collector as every new object is.
  ObjectHeader* nodeOf(uint16_t station) {
    void* memory = allocatorFor(manager(), station, AllocatorKind::kReadWrite)->allocate(node_->instanceSize);
    EXPECT_NE(memory, nullptr);
    initHeader(memory, heap().typeOffsetOf(node_), node_->instanceSize, AllocatorKind::kReadWrite);
    auto* object = static_cast<ObjectHeader*>(memory);
    object->setFlag(kFlagInZeroList);
    stationLocal()->zeroList.push(object);
    return object;
  }
  ObjectHeader* largeOf(uint16_t station) {
    size_t bytes = 3 * kPageSize;
    void* memory = allocatorFor(manager(), station, AllocatorKind::kReadWrite)->allocate(bytes);
    EXPECT_NE(memory, nullptr);
    initHeader(memory, 0, bytes, AllocatorKind::kReadWrite);
    auto* object = static_cast<ObjectHeader*>(memory);
    object->setFlag(kFlagInZeroList);
    stationLocal()->zeroList.push(object);
    return object;
  }

  const char* pageOfAddress(const void* address) {
    return reinterpret_cast<const char*>(reinterpret_cast<uintptr_t>(address) / kPageSize * kPageSize);
  }
  // The pages whose writes would make the owner's transactions conflict with the freer's: the
  // manager's header, the owner's allocator page, and the page-map pages describing objects.
  std::vector<const char*> ownerState(const std::vector<ObjectHeader*>& objects) {
    std::set<const char*> pages{reinterpret_cast<const char*>(manager()),
                                manager()->pageAddress(manager()->stationPage[kOwner])};
    for (ObjectHeader* object : objects) pages.insert(pageOfAddress(&manager()->pageOf(object)));
    return {pages.begin(), pages.end()};
  }
  std::vector<std::vector<char>> snapshot(const std::vector<const char*>& pages) {
    std::vector<std::vector<char>> copies;
    for (const char* page : pages) copies.emplace_back(page, page + kPageSize);
    return copies;
  }
};

TEST_F(ForeignGarbageTest, FreeingAnotherStationsObjectsWritesNoneOfItsStateNorTheManagers) {
  std::vector<ObjectHeader*> garbage;
  for (int i = 0; i < 20; ++i) garbage.push_back(nodeOf(kOwner));
  for (int i = 0; i + 1 < 10; ++i) link(garbage[i], 0, garbage[i + 1]);  // freed by cascade
  link(garbage[10], 0, garbage[11]);                                      // a cycle: freed by search
  link(garbage[11], 0, garbage[10]);
  garbage.push_back(largeOf(kOwner));
  std::vector<const char*> pages = ownerState(garbage);
  std::vector<std::vector<char>> before = snapshot(pages);

  CollectionResult result = collector().step(SIZE_MAX);

  EXPECT_EQ(result.freedObjects, garbage.size());
  EXPECT_EQ(snapshot(pages), before) << "the freer wrote the owner's or the manager's state";
  for (ObjectHeader* object : garbage) EXPECT_FALSE(isObjectStart(manager(), object));
  EXPECT_EQ(foreignGarbageBytes(manager(), kFreer), 20 * sizeClassBytes(sizeClassOf(node_->instanceSize)) + 3 * kPageSize);
}

TEST_F(ForeignGarbageTest, ReleasedForeignCellsGoBackToTheirOwner) {
  std::set<ObjectHeader*> garbage;
  for (int i = 0; i < 30; ++i) garbage.insert(nodeOf(kOwner));
  ObjectHeader* large = largeOf(kOwner);
  uint32_t largePage = manager()->pageIndex(large);
  collector().step(SIZE_MAX);
  ASSERT_EQ(manager()->pageMap()[largePage].state, PageState::kLargeHead);  // still held, listed

  EXPECT_GT(releaseForeignGarbage(manager(), kFreer), 0u);

  EXPECT_EQ(foreignGarbageBytes(manager(), kFreer), 0u);
  EXPECT_NE(manager()->pageMap()[largePage].state, PageState::kLargeHead);
  // The owner hands the cells out again once its page's never-used cells are gone.
  size_t cellsPerPage = kPageSize / sizeClassBytes(sizeClassOf(node_->instanceSize));
  size_t reused = 0;
  for (size_t i = 0; i < cellsPerPage; ++i) {
    auto* memory = static_cast<ObjectHeader*>(allocatorFor(manager(), kOwner, AllocatorKind::kReadWrite)->allocate(node_->instanceSize));
    reused += garbage.count(memory);
  }
  EXPECT_EQ(reused, garbage.size());
}

TEST_F(ForeignGarbageTest, AFullCollectionReleasesTheListWhenItIsDue) {
  nodeOf(kOwner);
  for (uint32_t i = 1; i < kForeignGarbageMaxWait; ++i) {
    collector().collectAll();
    ASSERT_GT(foreignGarbageBytes(manager(), kFreer), 0u) << "released after " << i << " collections";
  }
  collector().collectAll();
  EXPECT_EQ(foreignGarbageBytes(manager(), kFreer), 0u) << "a few foreign objects waited forever";

  // Enough of them is released by the next full collection.
  for (uint64_t bytes = 0; bytes < kForeignGarbageBatchBytes; bytes += kPageSize) largeOf(kOwner);
  collector().collectAll();
  EXPECT_EQ(foreignGarbageBytes(manager(), kFreer), 0u);
}

TEST_F(ForeignGarbageTest, OwnObjectsAreReleasedAtOnce) {
  std::set<ObjectHeader*> garbage;
  for (int i = 0; i < 30; ++i) garbage.insert(nodeOf(kFreer));
  collector().step(SIZE_MAX);
  EXPECT_EQ(foreignGarbageBytes(manager(), kFreer), 0u);
  size_t reused = 0;
  size_t cellsPerPage = kPageSize / sizeClassBytes(sizeClassOf(node_->instanceSize));
  for (size_t i = 0; i < cellsPerPage; ++i) {
    reused += garbage.count(static_cast<ObjectHeader*>(
        allocatorFor(manager(), kFreer, AllocatorKind::kReadWrite)->allocate(node_->instanceSize)));
  }
  EXPECT_EQ(reused, garbage.size());
}

TEST_F(ForeignGarbageTest, StationZeroAloneReleasesLargeObjectsAtOnce) {
  stationLocal()->stationId = 0;
  ObjectHeader* large = largeOf(0);
  uint32_t page = manager()->pageIndex(large);
  collector().step(SIZE_MAX);
  EXPECT_NE(manager()->pageMap()[page].state, PageState::kLargeHead);
  EXPECT_EQ(foreignGarbageBytes(manager(), 0), 0u);
}

TEST_F(ForeignGarbageTest, ListedGarbageIsNoObjectToTheHeapWalkOrTheQueues) {
  ObjectHeader* live = nodeOf(kOwner);
  RootSet roots(heap());
  ASSERT_TRUE(roots.add(live).isOk());
  ObjectHeader* dead = nodeOf(kOwner);
  ObjectHeader* large = largeOf(kOwner);
  collector().step(SIZE_MAX);
  // Stale entries for listed objects (queued twice) are skipped, not freed again.
  stationLocal()->zeroList.push(dead);
  stationLocal()->candidates.push(large);
  uint64_t listed = foreignGarbageBytes(manager(), kFreer);
  EXPECT_EQ(collector().step(SIZE_MAX).freedObjects, 0u);
  EXPECT_EQ(foreignGarbageBytes(manager(), kFreer), listed);
  size_t walked = 0;
  forEachObject(manager(), [&](ObjectHeader* object) {
    EXPECT_NE(object, dead);
    EXPECT_NE(object, large);
    walked += object == live;
  });
  EXPECT_EQ(walked, 1u);
}

}  // namespace
}  // namespace plurix::heap
