#include "heap/address_space.h"

#include <gtest/gtest.h>

#include <string>

#include "heap/heap.h"

namespace plurix::heap {
namespace {

TEST(AddressSpaceTest, HeapLivesAtItsFixedBase) {
  HeapConfig config;
  config.size = size_t{64} << 20;
  auto heap = Heap::create(config);
  ASSERT_TRUE(heap.isOk()) << heap.status().message();
  EXPECT_EQ(heap.value().base(), kDefaultHeapBase);
  ObjectHeader* object = heap.value().allocateBytes(100, AllocatorKind::kReadWrite);
  ASSERT_NE(object, nullptr);
  EXPECT_GE(reinterpret_cast<uintptr_t>(object), kDefaultHeapBase);
  EXPECT_LT(reinterpret_cast<uintptr_t>(object), kDefaultHeapBase + config.size);
}

TEST(AddressSpaceTest, StationLocalAreaSitsOutsideTheHeapAndKnowsTheStation) {
  HeapConfig config;
  config.size = size_t{64} << 20;
  config.station = 7;
  auto heap = Heap::create(config);
  ASSERT_TRUE(heap.isOk()) << heap.status().message();
  EXPECT_EQ(stationLocal()->stationId, 7);
  EXPECT_EQ(stationLocal()->heapBase, kDefaultHeapBase);
  EXPECT_TRUE(kStationLocalBase + kStationLocalSize <= kDefaultHeapBase);
  stationLocal()->runtimeTable[kRuntimeTableEntries - 1] = &config;  // writable, survives
  EXPECT_EQ(stationLocal()->runtimeTable[kRuntimeTableEntries - 1], &config);
}

TEST(AddressSpaceTest, TakenRangeIsRefusedWithAClearMessage) {
  HeapConfig config;
  config.size = size_t{64} << 20;
  auto first = Heap::create(config);
  ASSERT_TRUE(first.isOk()) << first.status().message();
  auto second = Heap::create(config);
  ASSERT_FALSE(second.isOk());
  EXPECT_EQ(second.status().code(), platform::ErrorCode::kAddressInUse);
  EXPECT_NE(std::string(second.status().message()).find("already mapped"), std::string::npos)
      << second.status().message();
}

TEST(AddressSpaceTest, HeapLargerThanTheOffsetWidthIsRefused) {
  HeapConfig config;
  config.size = kMaxHeapSize + kPageSize;
  auto heap = Heap::create(config);
  ASSERT_FALSE(heap.isOk());
  EXPECT_EQ(heap.status().code(), platform::ErrorCode::kInvalidArgument);
}

TEST(AddressSpaceTest, ClosedHeapFreesTheRangeForTheNextOne) {
  HeapConfig config;
  config.size = size_t{64} << 20;
  { auto heap = Heap::create(config); ASSERT_TRUE(heap.isOk()); }
  auto again = Heap::create(config);
  EXPECT_TRUE(again.isOk()) << again.status().message();
}

}  // namespace
}  // namespace plurix::heap
