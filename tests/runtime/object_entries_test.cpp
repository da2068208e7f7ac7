// The allocation, store-check and type-check entries, and the pending-exception protocol
// they follow.
#include <cmath>

#include "runtime/entry/entries.h"
#include "runtime/entry/runtime_entry.h"
#include "runtime/natives/native_methods.h"
#include "runtime_fixture.h"

namespace plurix::runtime::testing {
namespace {

using ObjectEntriesTest = RuntimeTest;

TEST_F(ObjectEntriesTest, NewInstanceIsZeroedAndOfItsClass) {
  ClassInfo* point = defineClass({"Point", object_, {heap::FieldKind::kInt32, heap::FieldKind::kReference}});
  heap::ObjectHeader* p = newInstanceEntry(point);
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(classOf(p), point);
  EXPECT_EQ(*reinterpret_cast<int32_t*>(fieldAddress(p, 0)), 0);
  EXPECT_EQ(referenceField(p, 1)->target, nullptr);
  EXPECT_EQ(heap::stationLocal()->pendingException, nullptr);
}

TEST_F(ObjectEntriesTest, NewArrayHasItsLengthAndZeroedElements) {
  heap::ObjectHeader* array = newArrayEntry(intArray_, 5);
  ASSERT_NE(array, nullptr);
  EXPECT_EQ(arrayLength(array), 5u);
  EXPECT_EQ(classOf(array), intArray_);
  for (int i = 0; i < 5; ++i) EXPECT_EQ(intElements(array)[i], 0);
  EXPECT_NE(newArrayEntry(intArray_, 0), nullptr);
}

TEST_F(ObjectEntriesTest, NegativeArrayLengthThrowsWithTheLengthAsMessage) {
  EXPECT_EQ(newArrayEntry(intArray_, -1), nullptr);
  EXPECT_EQ(pendingDescription(), "java.lang.NegativeArraySizeException: -1");
}

TEST_F(ObjectEntriesTest, HugeArraysThrowOutOfMemoryError) {
  ClassInfo* grid = defineArray("[[J", heap::FieldKind::kReference, longArray_, 0);
  int32_t lengths[] = {0x7fffffff, 0x7fffffff};
  EXPECT_EQ(newMultiArrayEntry(grid, 2, lengths), nullptr);
  EXPECT_EQ(pendingDescription(), "java.lang.OutOfMemoryError: Requested array size exceeds VM limit");
  EXPECT_EQ(newArrayEntry(longArray_, 0x7fffffff - 2), nullptr);
  EXPECT_EQ(pendingDescription(), "java.lang.OutOfMemoryError: Java heap space");
}

TEST_F(ObjectEntriesTest, MultiArrayBuildsEveryGivenDimension) {
  ClassInfo* grid = defineArray("[[I", heap::FieldKind::kReference, intArray_, 0);
  ClassInfo* cube = defineArray("[[[I", heap::FieldKind::kReference, grid, 0);
  int32_t lengths[] = {2, 3, 4};
  heap::ObjectHeader* array = newMultiArrayEntry(cube, 3, lengths);
  ASSERT_NE(array, nullptr);
  ASSERT_EQ(arrayLength(array), 2u);
  for (uint64_t i = 0; i < 2; ++i) {
    heap::ObjectHeader* plane = referenceElement(array, i)->target;
    ASSERT_NE(plane, nullptr);
    EXPECT_EQ(classOf(plane), grid);
    ASSERT_EQ(arrayLength(plane), 3u);
    for (uint64_t j = 0; j < 3; ++j) {
      heap::ObjectHeader* row = referenceElement(plane, j)->target;
      ASSERT_NE(row, nullptr);
      EXPECT_EQ(classOf(row), intArray_);
      EXPECT_EQ(arrayLength(row), 4u);
      EXPECT_EQ(heap::backchainLength(row), 1u);
    }
  }
  // new int[2][3][] leaves the last level null.
  heap::ObjectHeader* partial = newMultiArrayEntry(cube, 2, lengths);
  ASSERT_NE(partial, nullptr);
  EXPECT_EQ(referenceElement(referenceElement(partial, 1)->target, 2)->target, nullptr);
}

TEST_F(ObjectEntriesTest, MultiArrayChecksEveryLengthBeforeAllocating) {
  ClassInfo* grid = defineArray("[[I", heap::FieldKind::kReference, intArray_, 0);
  int32_t lengths[] = {0, -7};
  EXPECT_EQ(newMultiArrayEntry(grid, 2, lengths), nullptr);
  EXPECT_EQ(pendingDescription(), "java.lang.NegativeArraySizeException: -7");
}

TEST_F(ObjectEntriesTest, ArrayStoreChecksTheElementClass) {
  ClassInfo* integer = defineClass({"java.lang.Integer", object_});
  heap::ObjectHeader* strings = newArrayEntry(stringArray_, 2);
  heap::ObjectHeader* text = newString(u"x");
  storeArrayElementEntry(strings, 1, text);
  EXPECT_EQ(referenceElement(strings, 1)->target, text);
  EXPECT_EQ(heap::backchainLength(text), 1u);
  storeArrayElementEntry(strings, 0, newInstanceEntry(integer));
  EXPECT_EQ(pendingDescription(), "java.lang.ArrayStoreException: java.lang.Integer");
  EXPECT_EQ(referenceElement(strings, 0)->target, nullptr);
  storeArrayElementEntry(strings, 1, nullptr);
  EXPECT_EQ(referenceElement(strings, 1)->target, nullptr);
  EXPECT_EQ(heap::backchainLength(text), 0u);
  // Object[] takes anything, arrays included.
  heap::ObjectHeader* objects = newArrayEntry(objectArray_, 1);
  storeArrayElementEntry(objects, 0, strings);
  EXPECT_EQ(heap::stationLocal()->pendingException, nullptr);
  EXPECT_EQ(referenceElement(objects, 0)->target, strings);
}

TEST_F(ObjectEntriesTest, InterfaceMethodsFindTheReceiversItable) {
  ClassInfo* runnable = defineClass({"java.lang.Runnable", nullptr, {}, kClassInterface});
  ClassInfo* comparable = defineClass({"java.lang.Comparable", nullptr, {}, kClassInterface});
  ClassInfo* task = defineClass({"Task", object_, {}, 0, {runnable}});
  heap::ObjectHeader* object = newInstanceEntry(task);
  EXPECT_EQ(interfaceMethodsEntry(object, runnable), itableMethods_.data());
  EXPECT_TRUE(isInstanceEntry(object, runnable));
  EXPECT_FALSE(isInstanceEntry(object, comparable));
  void* const* stubs = interfaceMethodsEntry(object, comparable);
  ASSERT_NE(stubs, nullptr);
  EXPECT_EQ(pendingDescription(),
            "java.lang.IncompatibleClassChangeError: Class Task does not implement the requested interface "
            "java.lang.Comparable");
  reinterpret_cast<void (*)()>(stubs[0])();
  EXPECT_EQ(classNameOf(takeException()), "java.lang.IncompatibleClassChangeError");
}

TEST_F(ObjectEntriesTest, AttachFillsTheFixedEntriesAndTheNatives) {
  void* const* table = heap::stationLocal()->runtimeTable;
  EXPECT_EQ(table[static_cast<uint32_t>(RuntimeEntry::kNewInstance)], reinterpret_cast<void*>(&newInstanceEntry));
  EXPECT_EQ(table[static_cast<uint32_t>(RuntimeEntry::kThrowAbstractMethod)],
            reinterpret_cast<void*>(&throwAbstractMethodEntry));
  for (uint32_t i = 0; i < static_cast<uint32_t>(RuntimeEntry::kFixedEntryCount); ++i) EXPECT_NE(table[i], nullptr) << i;
  int index = nativeEntryIndex("java.lang.Math.sqrt(D)D");
  ASSERT_GE(index, static_cast<int>(kFirstNativeEntry));
  auto sqrtEntry = reinterpret_cast<double (*)(double)>(table[index]);
  EXPECT_EQ(sqrtEntry(2.25), 1.5);
  EXPECT_EQ(nativeEntryIndex("java.lang.Math.nothing()V"), -1);
  EXPECT_EQ(nativeEntryIndex(nativeMethods()[0].key), static_cast<int>(kFirstNativeEntry));
}

TEST_F(ObjectEntriesTest, FloatingRemainderIsJavas) {
  EXPECT_EQ(fmodEntry(5.5, 2.0), 1.5);
  EXPECT_EQ(fmodEntry(-5.5, 2.0), -1.5);
  EXPECT_TRUE(std::isnan(fmodEntry(1.0, 0.0)));
  EXPECT_EQ(fmodEntry(3.0, INFINITY), 3.0);
  EXPECT_EQ(fmodfEntry(-7.0f, 3.0f), -1.0f);
}

}  // namespace
}  // namespace plurix::runtime::testing
