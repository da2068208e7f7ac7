// Object and Class natives, strings and interning, and the console's ordering of the streams.
#include <unistd.h>

#include "runtime/natives/console_output.h"
#include "runtime/natives/native_functions.h"
#include "runtime/object/java_string.h"
#include "runtime_fixture.h"

namespace plurix::runtime::testing {
namespace {

using namespace natives;

using ObjectNativesTest = RuntimeTest;

TEST_F(ObjectNativesTest, IdentityHashIsStablePositiveAndPerObject) {
  heap::ObjectHeader* a = newInstance(object_);
  heap::ObjectHeader* b = newInstance(object_);
  int32_t hashA = objectHashCode(a);
  EXPECT_GT(hashA, 0);
  EXPECT_EQ(objectHashCode(a), hashA);
  EXPECT_NE(objectHashCode(b), hashA);
  // The hash travels with the header, as relocation copies it.
  heap::ObjectHeader moved = *a;
  EXPECT_EQ(moved.reserved, static_cast<uint32_t>(hashA));
}

TEST_F(ObjectNativesTest, GetClassAndClassGetName) {
  ClassInfo* classClass = defineClass({"java.lang.Class", object_, {heap::FieldKind::kInt64}});
  heap::ObjectHeader* classObject = newInstance(classClass);
  heap::Heap::pin(classObject);
  *reinterpret_cast<uint64_t*>(fieldAddress(classObject, kClassInfoField)) = reinterpret_cast<uint64_t>(stringArray_);
  stringArray_->classObject = classObject;
  heap::ObjectHeader* array = newArray(stringArray_, 0);
  EXPECT_EQ(objectGetClass(array), classObject);
  EXPECT_EQ(stringUtf8(classGetName(classObject)), "[Ljava.lang.String;");
}

TEST_F(ObjectNativesTest, CloneCopiesArraysShallowlyThroughTheBarrier) {
  heap::ObjectHeader* text = newString(u"t");
  heap::ObjectHeader* array = newArray(objectArray_, 2);
  heap::storeReference(referenceElement(array, 1), text);
  heap::ObjectHeader* copy = objectClone(array);
  ASSERT_NE(copy, nullptr);
  EXPECT_NE(copy, array);
  EXPECT_EQ(classOf(copy), objectArray_);
  EXPECT_EQ(arrayLength(copy), 2u);
  EXPECT_EQ(referenceElement(copy, 0)->target, nullptr);
  EXPECT_EQ(referenceElement(copy, 1)->target, text);
  EXPECT_EQ(heap::backchainLength(text), 2u);
  heap::storeReference(referenceElement(array, 1), nullptr);
  EXPECT_EQ(heap::backchainLength(text), 1u);
  EXPECT_EQ(referenceElement(copy, 1)->target, text);

  heap::ObjectHeader* numbers = newArray(intArray_, 3);
  intElements(numbers)[2] = 42;
  heap::ObjectHeader* numbersCopy = objectClone(numbers);
  EXPECT_EQ(intElements(numbersCopy)[2], 42);
}

TEST_F(ObjectNativesTest, CloneNeedsCloneable) {
  ClassInfo* plain = defineClass({"Plain", object_, {heap::FieldKind::kInt32}});
  objectClone(newInstance(plain));
  EXPECT_EQ(pendingDescription(), "java.lang.CloneNotSupportedException: Plain");
  ClassInfo* sheep = defineClass({"Sheep", object_, {heap::FieldKind::kReference, heap::FieldKind::kInt64}, 0, {cloneable_}});
  heap::ObjectHeader* dolly = newInstance(sheep);
  heap::ObjectHeader* name = newString(u"Dolly");
  heap::storeReference(referenceField(dolly, 0), name);
  *reinterpret_cast<int64_t*>(fieldAddress(dolly, 1)) = 1996;
  heap::ObjectHeader* copy = objectClone(dolly);
  ASSERT_NE(copy, nullptr);
  EXPECT_EQ(referenceField(copy, 0)->target, name);
  EXPECT_EQ(*reinterpret_cast<int64_t*>(fieldAddress(copy, 1)), 1996);
  EXPECT_EQ(heap::backchainLength(name), 2u);
}

TEST_F(ObjectNativesTest, StringsRoundTripThroughUtf8) {
  std::u16string text = u"h\u00e9llo \U0001F600";
  heap::ObjectHeader* string = newString(text);
  EXPECT_EQ(classOf(string), string_);
  EXPECT_EQ(stringText(string), text);
  EXPECT_EQ(stringUtf8(string), "h\xc3\xa9llo \xf0\x9f\x98\x80");
  EXPECT_EQ(stringText(nullptr), u"null");
  EXPECT_EQ(utf16ToUtf8(std::u16string(1, u'\xd800') + u"x"), "?x");
  EXPECT_EQ(utf8ToUtf16("a\xff" "b"), u"a\ufffdb");
}

TEST_F(ObjectNativesTest, InternedStringsAreOnePinnedObjectPerText) {
  heap::ObjectHeader* first = internString(u"hello");
  EXPECT_EQ(internString(u"hello"), first);
  EXPECT_NE(internString(u"hellO"), first);
  EXPECT_TRUE(first->hasFlag(heap::kFlagPinned));
  EXPECT_EQ(first->kind(), heap::AllocatorKind::kReadOnly);
  EXPECT_EQ(stringText(first), u"hello");
  std::u16string lone1 = std::u16string(1, u'\xd800');
  std::u16string lone2 = std::u16string(1, u'\xd801');
  heap::ObjectHeader* a = internString(lone1);
  heap::ObjectHeader* b = internString(lone2);
  EXPECT_NE(a, b);
  EXPECT_EQ(internString(lone2), b);
  EXPECT_EQ(stringText(b), lone2);
  EXPECT_EQ(internString(u""), internString(u""));
}

TEST(ConsoleOutput, StandardOutputIsFlushedBeforeStandardError) {
  int pipeEnds[2];
  ASSERT_EQ(pipe(pipeEnds), 0);
  consoleFlush();
  int savedOut = dup(kStandardOutput);
  int savedErr = dup(kStandardError);
  dup2(pipeEnds[1], kStandardOutput);
  dup2(pipeEnds[1], kStandardError);
  consoleWrite(kStandardOutput, "one ");
  consoleWrite(kStandardOutput, "two ");
  consoleWrite(kStandardError, "three ");
  consoleWrite(kStandardOutput, "four");
  char early[64] = {};
  ssize_t got = read(pipeEnds[0], early, sizeof early - 1);
  consoleFlush();
  dup2(savedOut, kStandardOutput);
  dup2(savedErr, kStandardError);
  close(savedOut);
  close(savedErr);
  close(pipeEnds[1]);
  char rest[64] = {};
  ssize_t more = read(pipeEnds[0], rest, sizeof rest - 1);
  close(pipeEnds[0]);
  EXPECT_EQ(std::string(early, got > 0 ? size_t(got) : 0), "one two three ");
  EXPECT_EQ(std::string(rest, more > 0 ? size_t(more) : 0), "four");
}

}  // namespace
}  // namespace plurix::runtime::testing

namespace plurix::runtime::testing {
namespace {

TEST_F(ObjectNativesTest, MagicReadsAndWritesRawMemoryAndNamesObjects) {
  heap::ObjectHeader* numbers = newArray(longArray_, 2);
  auto address = natives::magicAddressOf(numbers);
  EXPECT_EQ(address, static_cast<int64_t>(reinterpret_cast<uintptr_t>(numbers)));
  EXPECT_EQ(natives::magicSizeOf(numbers), static_cast<int64_t>(numbers->size()));
  int64_t element = address + static_cast<int64_t>(heap::kArrayElementsOffset);
  natives::magicWriteMemory64(element, 0x1122334455667788LL);
  EXPECT_EQ(reinterpret_cast<int64_t*>(arrayElements(numbers))[0], 0x1122334455667788LL);
  EXPECT_EQ(natives::magicReadMemory8(element), static_cast<int8_t>(0x88));
  EXPECT_EQ(natives::magicReadMemory16(element), static_cast<int16_t>(0x7788));
  EXPECT_EQ(natives::magicReadMemory32(element + 4), 0x11223344);
  natives::magicWriteMemory8(element + 8, -1);
  natives::magicWriteMemory16(element + 10, 0x1234);
  natives::magicWriteMemory32(element + 12, 0x55667788);
  EXPECT_EQ(natives::magicReadMemory64(element + 8), 0x55667788123400ffLL);
  EXPECT_EQ(natives::magicCastToStruct(element), reinterpret_cast<heap::ObjectHeader*>(element));
  natives::magicSizeOf(nullptr);
  EXPECT_EQ(pendingDescription(), "java.lang.NullPointerException: <none>");
}

TEST_F(ObjectNativesTest, PortInputOutputNeedsTheBareMetalKernel) {
  EXPECT_EQ(natives::magicInPort8(0x60), 0);
  EXPECT_EQ(pendingDescription(), "java.lang.UnsupportedOperationException: port I/O needs the bare-metal kernel");
  natives::magicOutPort32(0xf4, 1);
  EXPECT_EQ(pendingDescription(), "java.lang.UnsupportedOperationException: port I/O needs the bare-metal kernel");
}

TEST_F(ObjectNativesTest, StationNativesReadTheStationLocalArea) {
  EXPECT_EQ(natives::stationLocalId(), heap::stationLocal()->stationId);
  heap::ObjectHeader* station = newInstance(object_);
  heap::stationLocal()->station = station;
  EXPECT_EQ(natives::stationLocalStation(), station);
  heap::stationLocal()->station = nullptr;
}

}  // namespace
}  // namespace plurix::runtime::testing
