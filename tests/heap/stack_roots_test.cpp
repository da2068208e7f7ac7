// Collection inside a transaction: objects that only a stack word points at (exactly or into
// their middle) survive, and so does what they reach; everything else on the zero list goes,
// by cascade; a loop allocating a hundred heaps' worth runs in bounded memory. The "stack" is a
// buffer of words handed over as [low, high), except in the one test of the real stack scan.
#include "heap/stack_roots.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

#include "heap/address_space.h"
#include "heap/collector.h"
#include "heap/heap_walk.h"
#include "heap/root_set.h"
#include "heap_fixture.h"

namespace plurix::heap {
namespace {

using testing::HeapTest;

class StackRootsTest : public HeapTest {
 protected:
  void SetUp() override {
    HeapTest::SetUp();
    collector_.collectAll();  // the heap's own set-up garbage
  }
  // A heap of the smallest size, so filling it a hundred times stays quick.
  void reopenSmallest() {
    heap_.reset();
    openHeap(kMinHeapSize);
    collector_ = Collector(heap().memoryManager());
    collector_.collectAll();
  }
  size_t nodes() {
    size_t count = 0;
    forEachObject(heap().memoryManager(), [&](ObjectHeader* object) { count += typeOf(object) == node_; });
    return count;
  }
  // Collects with the fake stack as the transaction's stack.
  CollectionResult collectWith(const std::vector<uintptr_t>& stack) {
    return collector_.collectWithStackRoots(stack.data(), stack.data() + stack.size());
  }
  static uintptr_t word(const void* address, size_t offset = 0) { return reinterpret_cast<uintptr_t>(address) + offset; }

  // The memory manager sits at the heap's fixed base, so the collector can exist before SetUp.
  Collector collector_{MemoryManager::at(kDefaultHeapBase)};
};

TEST_F(StackRootsTest, WordsInsideAnObjectHoldItAndNoOthers) {
  ObjectHeader* object = newNode(1);
  size_t size = object->size();
  auto holds = [&](uintptr_t value) {
    std::vector<uintptr_t> stack = {0, 42, value};
    return StackRoots::gather(heap().memoryManager(), stack.data(), stack.data() + stack.size()).holds(object);
  };
  EXPECT_TRUE(holds(word(object)));
  EXPECT_TRUE(holds(word(object, 24)));
  EXPECT_TRUE(holds(word(object, size - 1)));
  EXPECT_FALSE(holds(word(object, size)));
  EXPECT_FALSE(holds(word(object) - 8));
  EXPECT_FALSE(holds(0));
}

TEST_F(StackRootsTest, GatherKeepsOnlyHeapWordsSortedOnce) {
  ObjectHeader* a = newNode(1);
  ObjectHeader* b = newNode(2);
  std::vector<uintptr_t> stack = {word(b), 7, word(a), word(&stack), word(b), ~uintptr_t{0}, word(a, 8)};
  StackRoots roots = StackRoots::gather(heap().memoryManager(), stack.data(), stack.data() + stack.size());
  EXPECT_EQ(roots.size(), 3u);
  EXPECT_TRUE(roots.holds(a));
  EXPECT_TRUE(roots.holds(b));
}

TEST_F(StackRootsTest, ObjectsOnlyTheStackReferencesSurviveExactAndInterior) {
  ObjectHeader* exact = newNode(1);
  ObjectHeader* interior = newNode(2);
  newNode(3);  // nothing refers to it
  std::vector<uintptr_t> stack(64, 0x1234);
  stack[10] = word(exact);
  stack[50] = word(interior, 40);  // e.g. a pointer to a field
  CollectionResult result = collectWith(stack);
  EXPECT_EQ(result.freedObjects, 1u);
  EXPECT_EQ(nodes(), 2u);
  EXPECT_EQ(*idField(exact), 1);
  EXPECT_EQ(*idField(interior), 2);
}

TEST_F(StackRootsTest, PointerToAnArrayElementKeepsTheArray) {
  const TypeDescriptor* longs = heap().defineArrayType(FieldKind::kInt64).value();
  ObjectHeader* array = heap().allocateArray(longs, 100);
  ASSERT_NE(array, nullptr);
  std::vector<uintptr_t> stack = {word(array, kArrayElementsOffset + 57 * 8)};
  collectWith(stack);
  EXPECT_TRUE(isObjectStart(heap().memoryManager(), array));
  stack.clear();
  EXPECT_EQ(collectWith(stack).freedObjects, 1u);
  EXPECT_FALSE(isObjectStart(heap().memoryManager(), array));
}

TEST_F(StackRootsTest, PointerIntoALargeObjectsLaterPageKeepsIt) {
  const TypeDescriptor* longs = heap().defineArrayType(FieldKind::kInt64).value();
  ObjectHeader* array = heap().allocateArray(longs, 10000);  // 80 KB: whole pages of its own
  ASSERT_NE(array, nullptr);
  std::vector<uintptr_t> stack = {word(array, 5 * kPageSize + 8)};
  EXPECT_EQ(collectWith(stack).freedObjects, 0u);
  EXPECT_TRUE(isObjectStart(heap().memoryManager(), array));
  stack[0] = word(array, array->size());  // just past its end: not inside
  EXPECT_EQ(collectWith(stack).freedObjects, 1u);
}

TEST_F(StackRootsTest, ChainHeldThroughItsHeadSurvivesAndGoesByCascadeWhenReleased) {
  ObjectHeader* a = newList(3);  // a -> b -> c through reference 0
  ObjectHeader* b = ref(a, 0)->target;
  ObjectHeader* c = ref(b, 0)->target;
  std::vector<uintptr_t> stack(256, 0);
  stack[100] = word(a);
  EXPECT_EQ(collectWith(stack).freedObjects, 0u);
  EXPECT_EQ(nodes(), 3u);
  EXPECT_EQ(*idField(c), 2);
  EXPECT_EQ(collectWith(stack).freedObjects, 0u) << "a spared object stays queued and stays spared";
  stack[100] = 0;  // the frame holding a returned
  EXPECT_EQ(collectWith(stack).freedObjects, 3u);
  EXPECT_EQ(nodes(), 0u);
}

TEST_F(StackRootsTest, CascadeStopsAtAnObjectTheStackHolds) {
  ObjectHeader* a = newList(3);  // a -> b -> c through reference 0
  ObjectHeader* b = ref(a, 0)->target;
  ObjectHeader* c = ref(b, 0)->target;
  std::vector<uintptr_t> stack = {word(b, 16)};
  EXPECT_EQ(collectWith(stack).freedObjects, 1u);  // a only: b is held, and holds c
  EXPECT_EQ(nodes(), 2u);
  EXPECT_EQ(ref(b, 0)->target, c);
  EXPECT_EQ(b->backchain, 0u);
}

TEST_F(StackRootsTest, ObjectsReachableFromAPinnedRootAreNeverFreed) {
  RootSet roots(heap());
  ObjectHeader* root = newNode(1);
  ObjectHeader* child = newNode(2);
  link(root, 0, child);
  ASSERT_TRUE(roots.add(root).isOk());
  std::vector<uintptr_t> emptyStack;
  for (int i = 0; i < 3; ++i) collectWith(emptyStack);
  link(root, 1, newNode(3));
  link(root, 1, nullptr);  // the new node is dropped; the root and its child stay
  EXPECT_EQ(collectWith(emptyStack).freedObjects, 1u);
  EXPECT_EQ(collector_.collectAllWithStackRoots(nullptr, nullptr).freedObjects, 0u);
  EXPECT_EQ(nodes(), 2u);
}

TEST_F(StackRootsTest, CyclesWaitForTheCollectorBetweenTransactions) {
  ObjectHeader* a = newNode(1);
  ObjectHeader* b = newNode(2);
  link(a, 0, b);
  link(b, 0, a);
  std::vector<uintptr_t> emptyStack;
  EXPECT_EQ(collectWith(emptyStack).freedObjects, 0u);
  EXPECT_EQ(collector_.collectAllWithStackRoots(nullptr, nullptr).freedObjects, 0u);
  EXPECT_EQ(nodes(), 2u);
  EXPECT_EQ(collector_.collectAll().freedObjects, 2u);  // the transaction ended: the stack is empty
}

TEST_F(StackRootsTest, CollectAllReturnsEmptyPagesForLargeObjects) {
  reopenSmallest();
  const TypeDescriptor* longs = heap().defineArrayType(FieldKind::kInt64).value();
  std::vector<uintptr_t> emptyStack;
  // Fill the heap with small garbage; its pages stay with the small allocator after a cheap
  // collection, so only returning them makes room for a large array.
  while (heap().allocateInstance(node_) != nullptr) {
  }
  collectWith(emptyStack);
  constexpr size_t kFourMiBOfLongs = size_t{1} << 19;
  EXPECT_EQ(heap().allocateArray(longs, kFourMiBOfLongs), nullptr);
  collector_.collectAllWithStackRoots(emptyStack.data(), emptyStack.data());
  EXPECT_NE(heap().allocateArray(longs, kFourMiBOfLongs), nullptr);
}

// The shape of a long transaction: objects come and go a hundred times the heap's capacity
// while the stack holds a bounded window of them (each with a short list behind it).
TEST_F(StackRootsTest, AllocatingAHundredHeapsRunsInBoundedMemory) {
  reopenSmallest();
  constexpr size_t kWindow = 1024;
  constexpr size_t kCollectEvery = 4096;
  std::vector<uintptr_t> stack(kWindow * 4, 0x5a5a);  // interleaved with non-references
  size_t allocations = 100 * kMinHeapSize / newNode(0)->size();
  uint32_t highestTop = 0;
  size_t mostCandidates = 0;
  ObjectHeader* previous = nullptr;
  for (size_t i = 0; i < allocations; ++i) {
    ObjectHeader* node = heap().allocateInstance(node_);
    ASSERT_NE(node, nullptr) << "heap full after " << i << " allocations";
    if (i % 8 != 0) link(node, 0, previous);  // lists of 8, held through their newest node
    stack[(i % kWindow) * 4 + 1] = word(node, i % 3 * 16);
    previous = node;
    if (i % kCollectEvery == kCollectEvery - 1) {
      collectWith(stack);
      highestTop = std::max(highestTop, heap().memoryManager()->topPage);
      mostCandidates = std::max(mostCandidates, stationLocal()->candidates.size());
    }
  }
  std::fill(stack.begin(), stack.end(), 0);
  collectWith(stack);
  EXPECT_EQ(nodes(), 0u);
  EXPECT_LT(size_t{highestTop} * kPageSize, kMinHeapSize / 4) << "freed cells are reused";
  EXPECT_LT(mostCandidates, size_t{1} << 18) << "stale candidates are pruned";
}

TEST_F(StackRootsTest, RealStackScanSparesWhatLocalsAndRegistersHold) {
  ObjectHeader* kept = newNode(7);
  ObjectHeader* interior = newNode(8);
  volatile uintptr_t insideInterior = word(interior, 30);
  CollectionResult result =
      collectSparingThisStack(collector_, word(__builtin_frame_address(0)), StackCollection::kFreeGarbage);
  EXPECT_EQ(result.freedObjects, 0u);
  EXPECT_EQ(*idField(kept), 7);
  EXPECT_EQ(*idField(reinterpret_cast<ObjectHeader*>(insideInterior - 30)), 8);
  EXPECT_EQ(collectSparingThisStack(collector_, 0, StackCollection::kFreeGarbage).freedObjects, 0u)
      << "no stack range: nothing is freed";
}

}  // namespace
}  // namespace plurix::heap
