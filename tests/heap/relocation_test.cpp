#include "heap/relocation.h"

#include <gtest/gtest.h>

#include "heap/collector.h"
#include "heap/root_set.h"
#include "heap_fixture.h"

namespace plurix::heap {
namespace {

using testing::HeapTest;

class RelocationTest : public HeapTest {};

TEST_F(RelocationTest, RelocationKeepsEveryReferenceValid) {
  ObjectHeader* moving = newNode(1);
  ObjectHeader* a = newNode(2);
  ObjectHeader* b = newNode(3);
  ObjectHeader* c = newNode(4);
  link(a, 0, moving);
  link(b, 2, moving);
  link(moving, 0, c);
  link(moving, 1, a);
  link(moving, 2, moving);  // a self reference moves with the object
  auto moved = relocate(heap(), moving);
  ASSERT_TRUE(moved.isOk()) << moved.status().message();
  ObjectHeader* copy = moved.value();
  ASSERT_NE(copy, moving);
  EXPECT_EQ(*idField(copy), 1);
  EXPECT_EQ(ref(a, 0)->target, copy);
  EXPECT_EQ(ref(b, 2)->target, copy);
  EXPECT_EQ(ref(copy, 0)->target, c);
  EXPECT_EQ(ref(copy, 1)->target, a);
  EXPECT_EQ(ref(copy, 2)->target, copy);
  EXPECT_EQ(backchainLength(copy), 3u);
  EXPECT_EQ(backchainLength(c), 1u);
  EXPECT_EQ(firstReferrer(c), ref(copy, 0));
  // The chains stay usable: further stores unlink from them correctly.
  link(copy, 2, nullptr);
  link(a, 0, nullptr);
  EXPECT_EQ(backchainLength(copy), 1u);
  EXPECT_EQ(firstReferrer(copy), ref(b, 2));
}

TEST_F(RelocationTest, LargeObjectMovesToFreshPages) {
  const TypeDescriptor* array = heap().builtin(BuiltinType::kReferenceArray);
  ObjectHeader* big = heap().allocateArray(array, 1000);
  ObjectHeader* holder = newNode(1);
  ObjectHeader* target = newNode(2);
  link(holder, 0, big);
  storeReference(slotAt(big, kArrayElementsOffset + 999 * kSlotSize), target);
  auto moved = relocate(heap(), big);
  ASSERT_TRUE(moved.isOk());
  EXPECT_EQ(reinterpret_cast<uintptr_t>(moved.value()) % kPageSize, 0u);
  EXPECT_EQ(ref(holder, 0)->target, moved.value());
  EXPECT_EQ(firstReferrer(target), slotAt(moved.value(), kArrayElementsOffset + 999 * kSlotSize));
}

TEST_F(RelocationTest, PinnedObjectsStayPut) {
  ObjectHeader* object = newNode(1);
  heap().pin(object);
  auto moved = relocate(heap(), object);
  ASSERT_FALSE(moved.isOk());
  EXPECT_EQ(moved.status().code(), platform::ErrorCode::kInvalidArgument);
}

TEST_F(RelocationTest, RelocatedGarbageIsStillCollected) {
  ObjectHeader* a = newNode(1);
  ObjectHeader* b = newNode(2);
  link(a, 0, b);
  link(b, 0, a);
  RootSet roots(heap());
  auto handle = roots.add(a);
  ASSERT_TRUE(handle.isOk());
  Collector collector(heap().memoryManager());
  collector.collectAll();
  auto moved = relocate(heap(), b);
  ASSERT_TRUE(moved.isOk());
  roots.remove(handle.value());
  EXPECT_EQ(collector.collectAll().freedObjects, 2u);
}

}  // namespace
}  // namespace plurix::heap
