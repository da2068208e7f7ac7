#include "heap/backchain.h"

#include <gtest/gtest.h>

#include <set>

#include "heap_fixture.h"

namespace plurix::heap {
namespace {

using testing::HeapTest;

class BackchainTest : public HeapTest {
 protected:
  std::set<Slot*> referrers(ObjectHeader* object) {
    std::set<Slot*> slots;
    forEachReferrer(object, [&](Slot* slot) { slots.insert(slot); });
    return slots;
  }
};

TEST_F(BackchainTest, StoreLinksTheSlotIntoItsTargetsChain) {
  ObjectHeader* a = newNode(1);
  ObjectHeader* b = newNode(2);
  link(a, 0, b);
  link(a, 1, b);
  EXPECT_EQ(ref(a, 0)->target, b);
  EXPECT_EQ(referrers(b), (std::set<Slot*>{ref(a, 0), ref(a, 1)}));
  EXPECT_EQ(backchainLength(a), 0u);
}

TEST_F(BackchainTest, OverwriteMovesTheSlotFromTheOldTargetsChainToTheNew) {
  ObjectHeader* a = newNode(1);
  ObjectHeader* b = newNode(2);
  ObjectHeader* c = newNode(3);
  link(a, 0, b);
  link(c, 0, b);
  link(a, 0, c);
  EXPECT_EQ(referrers(b), (std::set<Slot*>{ref(c, 0)}));
  EXPECT_EQ(referrers(c), (std::set<Slot*>{ref(a, 0)}));
  link(a, 0, nullptr);
  EXPECT_EQ(ref(a, 0)->target, nullptr);
  EXPECT_TRUE(referrers(c).empty());
}

TEST_F(BackchainTest, UnlinkingFromTheMiddleOfALongChainKeepsTheRest) {
  ObjectHeader* target = newNode(0);
  std::set<Slot*> expected;
  std::vector<ObjectHeader*> holders;
  for (int i = 0; i < 100; ++i) {
    holders.push_back(newNode(i + 1));
    link(holders.back(), i % 3, target);
    expected.insert(ref(holders.back(), i % 3));
  }
  for (int i = 10; i < 100; i += 7) {
    link(holders[i], i % 3, nullptr);
    expected.erase(ref(holders[i], i % 3));
  }
  EXPECT_EQ(referrers(target), expected);
  EXPECT_EQ(backchainLength(target), expected.size());
}

TEST_F(BackchainTest, ArrayElementsAreOnTheChainToo) {
  const TypeDescriptor* array = heap().builtin(BuiltinType::kReferenceArray);
  ObjectHeader* elements = heap().allocateArray(array, 10);
  ObjectHeader* target = newNode(5);
  for (int i = 0; i < 10; i += 2) storeReference(slotAt(elements, kArrayElementsOffset + i * kSlotSize), target);
  EXPECT_EQ(backchainLength(target), 5u);
}

TEST_F(BackchainTest, StoringTheSameTargetAgainChangesNothing) {
  ObjectHeader* a = newNode(1);
  ObjectHeader* b = newNode(2);
  link(a, 0, b);
  link(a, 0, b);
  EXPECT_EQ(backchainLength(b), 1u);
}

}  // namespace
}  // namespace plurix::heap
