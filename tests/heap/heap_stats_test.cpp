#include "heap/heap_stats.h"

#include <gtest/gtest.h>

#include <string>

#include "heap/collector.h"
#include "heap/heap_image.h"
#include "heap/root_set.h"
#include "heap_fixture.h"

namespace plurix::heap {
namespace {

using testing::HeapTest;

class HeapStatsTest : public HeapTest {};

void appendTo(void* context, const char* text, size_t length) { static_cast<std::string*>(context)->append(text, length); }

TEST_F(HeapStatsTest, CountsObjectsBytesPagesAndChainsPerKind) {
  HeapStats before = gatherHeapStats(heap().memoryManager());
  ObjectHeader* shared = newNode(0);
  RootSet roots(heap());
  ASSERT_TRUE(roots.add(shared).isOk());
  for (int i = 1; i <= 10; ++i) link(newNode(i), 0, shared);
  ASSERT_NE(heap().allocateBytes(10000, AllocatorKind::kReadOnly), nullptr);
  HeapStats after = gatherHeapStats(heap().memoryManager());
  int rw = static_cast<int>(AllocatorKind::kReadWrite);
  int ro = static_cast<int>(AllocatorKind::kReadOnly);
  EXPECT_GE(after.objects[rw] - before.objects[rw], 11u);
  EXPECT_EQ(after.objects[ro] - before.objects[ro], 1u);
  EXPECT_EQ(after.largeObjects[ro] - before.largeObjects[ro], 1u);
  EXPECT_EQ(after.largePages[ro] - before.largePages[ro], 3u);
  EXPECT_EQ(after.longestChain, 11u);  // ten nodes and the root table
  EXPECT_GE(after.smallPages[rw], 1u);
}

TEST_F(HeapStatsTest, ReportOfAnImageNamesEveryKind) {
  std::string path = tempPath(".heap");
  ASSERT_TRUE(saveHeapImage(heap(), path.c_str()).isOk());
  heap_.reset();
  std::string report;
  ASSERT_TRUE(reportImageStats(path.c_str(), TextSink{appendTo, &report}).isOk());
  for (const char* word : {"RW", "RO", "SysRO", "SysRW", "backchain length", "pages:"}) {
    EXPECT_NE(report.find(word), std::string::npos) << word << " missing from\n" << report;
  }
  std::remove(path.c_str());
}

TEST_F(HeapStatsTest, ReportOfACorruptImageIsAnError) {
  std::string report;
  auto status = reportImageStats("/nonexistent/plurix.heap", TextSink{appendTo, &report});
  EXPECT_FALSE(status.isOk());
  EXPECT_TRUE(report.empty());
}

}  // namespace
}  // namespace plurix::heap
