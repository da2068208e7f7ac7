// System.arraycopy: copies, overlaps, and every check with HotSpot's message.
#include "runtime/natives/native_functions.h"
#include "runtime_fixture.h"

namespace plurix::runtime::testing {
namespace {

using natives::systemArraycopy;

class ArrayCopyTest : public RuntimeTest {
 protected:
  heap::ObjectHeader* ints(std::initializer_list<int32_t> values) {
    heap::ObjectHeader* array = newArray(intArray_, values.size());
    int i = 0;
    for (int32_t value : values) intElements(array)[i++] = value;
    return array;
  }
  std::vector<int32_t> contents(heap::ObjectHeader* array) {
    return std::vector<int32_t>(intElements(array), intElements(array) + arrayLength(array));
  }
};

TEST_F(ArrayCopyTest, CopiesPrimitivesAndOverlappingRanges) {
  heap::ObjectHeader* source = ints({1, 2, 3, 4, 5});
  heap::ObjectHeader* target = ints({0, 0, 0, 0, 0});
  systemArraycopy(source, 1, target, 0, 3);
  EXPECT_EQ(contents(target), (std::vector<int32_t>{2, 3, 4, 0, 0}));
  systemArraycopy(source, 0, source, 1, 4);
  EXPECT_EQ(contents(source), (std::vector<int32_t>{1, 1, 2, 3, 4}));
  systemArraycopy(source, 1, source, 0, 4);
  EXPECT_EQ(contents(source), (std::vector<int32_t>{1, 2, 3, 4, 4}));
  systemArraycopy(source, 5, target, 5, 0);
  EXPECT_EQ(heap::stationLocal()->pendingException, nullptr);
}

TEST_F(ArrayCopyTest, BoundsAreCheckedWithHotSpotsMessages) {
  heap::ObjectHeader* five = ints({1, 2, 3, 4, 5});
  heap::ObjectHeader* three = ints({0, 0, 0});
  systemArraycopy(five, 3, three, 0, 4);
  EXPECT_EQ(pendingDescription(),
            "java.lang.ArrayIndexOutOfBoundsException: arraycopy: last source index 7 out of bounds for int[5]");
  systemArraycopy(five, 0, three, 1, 3);
  EXPECT_EQ(pendingDescription(),
            "java.lang.ArrayIndexOutOfBoundsException: arraycopy: last destination index 4 out of bounds for int[3]");
  systemArraycopy(five, -1, three, 0, 1);
  EXPECT_EQ(pendingDescription(),
            "java.lang.ArrayIndexOutOfBoundsException: arraycopy: source index -1 out of bounds for int[5]");
  systemArraycopy(five, 0, three, -2, 1);
  EXPECT_EQ(pendingDescription(),
            "java.lang.ArrayIndexOutOfBoundsException: arraycopy: destination index -2 out of bounds for int[3]");
  systemArraycopy(five, 0, three, 0, -1);
  EXPECT_EQ(pendingDescription(), "java.lang.ArrayIndexOutOfBoundsException: arraycopy: length -1 is negative");
  EXPECT_EQ(contents(three), (std::vector<int32_t>{0, 0, 0}));
}

TEST_F(ArrayCopyTest, NullsAndTypeMismatchesThrow) {
  heap::ObjectHeader* numbers = ints({1});
  systemArraycopy(nullptr, 0, numbers, 0, 0);
  EXPECT_EQ(pendingDescription(), "java.lang.NullPointerException: <none>");
  systemArraycopy(numbers, 0, nullptr, 0, 0);
  EXPECT_EQ(pendingDescription(), "java.lang.NullPointerException: <none>");
  systemArraycopy(numbers, 0, newArray(longArray_, 1), 0, 1);
  EXPECT_EQ(pendingDescription(), "java.lang.ArrayStoreException: arraycopy: type mismatch: can not copy int[] into long[]");
  systemArraycopy(numbers, 0, newArray(objectArray_, 1), 0, 1);
  EXPECT_EQ(pendingDescription(),
            "java.lang.ArrayStoreException: arraycopy: type mismatch: can not copy int[] into object array[]");
  systemArraycopy(newArray(stringArray_, 1), 0, numbers, 0, 1);
  EXPECT_EQ(pendingDescription(),
            "java.lang.ArrayStoreException: arraycopy: type mismatch: can not copy object array[] into int[]");
  systemArraycopy(newString(u"a"), 0, numbers, 0, 1);
  EXPECT_EQ(pendingDescription(), "java.lang.ArrayStoreException: arraycopy: source type java.lang.String is not an array");
  systemArraycopy(numbers, 0, newString(u"a"), 0, 1);
  EXPECT_EQ(pendingDescription(),
            "java.lang.ArrayStoreException: arraycopy: destination type java.lang.String is not an array");
}

TEST_F(ArrayCopyTest, ReferencesGoThroughTheBarrierWithPerElementChecks) {
  heap::ObjectHeader* objects = newArray(objectArray_, 4);
  heap::ObjectHeader* a = newString(u"a");
  heap::ObjectHeader* b = newString(u"b");
  heap::ObjectHeader* notAString = newArray(intArray_, 1);
  heap::storeReference(referenceElement(objects, 0), a);
  heap::storeReference(referenceElement(objects, 1), b);
  heap::storeReference(referenceElement(objects, 2), notAString);
  heap::storeReference(referenceElement(objects, 3), a);
  heap::ObjectHeader* strings = newArray(stringArray_, 4);
  systemArraycopy(objects, 0, strings, 0, 4);
  EXPECT_EQ(pendingDescription(),
            "java.lang.ArrayStoreException: arraycopy: element type mismatch: can not cast one of the elements of "
            "java.lang.Object[] to the type of the destination array, java.lang.String");
  // The elements before the misfit are copied; the rest are not.
  EXPECT_EQ(referenceElement(strings, 0)->target, a);
  EXPECT_EQ(referenceElement(strings, 1)->target, b);
  EXPECT_EQ(referenceElement(strings, 2)->target, nullptr);
  EXPECT_EQ(referenceElement(strings, 3)->target, nullptr);
  EXPECT_EQ(heap::backchainLength(a), 3u);
  // Overlapping reference copy within one array.
  systemArraycopy(objects, 0, objects, 1, 3);
  EXPECT_EQ(referenceElement(objects, 0)->target, a);
  EXPECT_EQ(referenceElement(objects, 1)->target, a);
  EXPECT_EQ(referenceElement(objects, 2)->target, b);
  EXPECT_EQ(referenceElement(objects, 3)->target, notAString);
  EXPECT_EQ(heap::backchainLength(a), 3u);
  EXPECT_EQ(heap::backchainLength(b), 2u);
}

}  // namespace
}  // namespace plurix::runtime::testing
