#include "heap/collector.h"

#include <gtest/gtest.h>

#include <vector>

#include "heap/heap_walk.h"
#include "heap/name_service.h"
#include "heap/root_set.h"
#include "heap_fixture.h"

namespace plurix::heap {
namespace {

using testing::HeapTest;

class CollectorTest : public HeapTest {
 protected:
  void SetUp() override {
    HeapTest::SetUp();
    Collector(heap().memoryManager()).collectAll();  // the heap's own set-up garbage
  }
  size_t nodes() {
    size_t count = 0;
    forEachObject(heap().memoryManager(), [&](ObjectHeader* object) { count += typeOf(object) == node_; });
    return count;
  }
  Collector collector() { return Collector(heap().memoryManager()); }
};

TEST_F(CollectorTest, ObjectNothingReferencesIsFreed) {
  newNode(1);
  EXPECT_EQ(nodes(), 1u);
  EXPECT_EQ(collector().collectAll().freedObjects, 1u);
  EXPECT_EQ(nodes(), 0u);
}

TEST_F(CollectorTest, FreeingAnObjectReleasesWhatItAloneHeld) {
  newList(1000);
  EXPECT_EQ(collector().collectAll().freedObjects, 1000u);
  EXPECT_EQ(nodes(), 0u);
}

TEST_F(CollectorTest, RootedObjectsAndWhatTheyReachSurvive) {
  RootSet roots(heap());
  ObjectHeader* root = newNode(1);
  ObjectHeader* child = newNode(2);
  link(root, 0, child);
  ASSERT_TRUE(roots.add(root).isOk());
  collector().collectAll();
  EXPECT_EQ(nodes(), 2u);
}

TEST_F(CollectorTest, GarbageCycleIsFreed) {
  RootSet roots(heap());
  ObjectHeader* holder = newNode(0);
  auto handle = roots.add(holder);
  ASSERT_TRUE(handle.isOk());
  ObjectHeader* a = newNode(1);
  ObjectHeader* b = newNode(2);
  ObjectHeader* c = newNode(3);
  link(holder, 0, a);
  link(a, 0, b);
  link(b, 0, c);
  link(c, 0, a);
  link(b, 1, b);
  collector().collectAll();
  EXPECT_EQ(nodes(), 4u);
  link(holder, 0, nullptr);  // a keeps a referrer (c): only the cycle search can free it
  EXPECT_EQ(collector().collectAll().freedObjects, 3u);
  EXPECT_EQ(nodes(), 1u);
}

TEST_F(CollectorTest, CycleStillReachableFromARootSurvives) {
  RootSet roots(heap());
  ObjectHeader* a = newNode(1);
  ObjectHeader* b = newNode(2);
  link(a, 0, b);
  link(b, 0, a);
  ObjectHeader* holder = newNode(3);
  link(holder, 0, b);
  ASSERT_TRUE(roots.add(holder).isOk());
  link(a, 1, newNode(4));
  link(a, 1, nullptr);
  collector().collectAll();
  EXPECT_EQ(nodes(), 3u);
}

TEST_F(CollectorTest, BoundedStepsFinishTheSameWork) {
  std::vector<ObjectHeader*> ring;
  for (int i = 0; i < 2000; ++i) ring.push_back(newNode(i));
  for (int i = 0; i < 2000; ++i) link(ring[i], 0, ring[(i + 1) % 2000]);
  RootSet roots(heap());
  auto handle = roots.add(ring[0]);
  ASSERT_TRUE(handle.isOk());
  collector().collectAll();
  roots.remove(handle.value());
  size_t steps = 0;
  CollectionResult result;
  do {
    result = collector().step(500);
    ++steps;
    ASSERT_LT(steps, 10000u);
  } while (!result.finished);
  EXPECT_EQ(nodes(), 2000u) << "a search larger than the step budget is deferred, not done";
  EXPECT_EQ(result.deferredSearches, 1u);
  EXPECT_EQ(collector().collectAll().freedObjects, 2000u);
  EXPECT_EQ(nodes(), 0u);
}

TEST_F(CollectorTest, StepWithinBudgetFreesSmallCyclesIncrementally) {
  for (int round = 0; round < 100; ++round) {
    ObjectHeader* a = newNode(1);
    ObjectHeader* b = newNode(2);
    link(a, 0, b);
    link(b, 0, a);
    ObjectHeader* c = newNode(3);
    link(c, 0, a);  // c is plain garbage; freeing it makes a a cycle candidate
  }
  CollectionResult result;
  size_t steps = 0;
  do {
    result = collector().step(64);
    ASSERT_LE(result.work, 2 * 64u + 16u);
    ++steps;
  } while (!result.finished);
  EXPECT_GT(steps, 1u);
  EXPECT_EQ(nodes(), 0u);
}

TEST_F(CollectorTest, NamedRootsKeepObjectsAlive) {
  NameService names = NameService::roots(heap());
  ObjectHeader* object = newNode(9);
  ASSERT_TRUE(names.bind("answer", 6, object).isOk());
  collector().collectAll();
  EXPECT_EQ(nodes(), 1u);
  ASSERT_TRUE(names.unbind("answer", 6).isOk());
  collector().collectAll();
  EXPECT_EQ(nodes(), 0u);
}

}  // namespace
}  // namespace plurix::heap
