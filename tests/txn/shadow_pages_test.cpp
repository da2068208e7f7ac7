// Access tracking and shadow pages (txn/shadow_pages.h), seen through whole transactions: an
// abort leaves the heap byte-identical, a commit keeps every write, the read and write sets hold
// exactly the pages a step touched, and every transaction starts with empty sets.
#include "txn/shadow_pages.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <vector>

#include "heap/backchain.h"
#include "heap/collector.h"
#include "transaction_fixture.h"

namespace plurix::txn {
namespace {

using testing::kPageBytes;
using testing::TransactionTest;

constexpr size_t kPages = 8;
constexpr size_t kWrittenPages[] = {0, 2, 5, 7};

class ShadowPagesTest : public TransactionTest {
 protected:
  // Eight pages with a distinct pattern each, and three linked nodes, built before tracking.
  void SetUp() override {
    TransactionTest::SetUp();
    pages_ = newPages(kPages);
    for (size_t page = 0; page < kPages; ++page) {
      memset(pages_->bytes() + page * kPageBytes + sizeof(heap::ObjectHeader),
             static_cast<int>(0x10 + page), kPageBytes - sizeof(heap::ObjectHeader));
    }
    list_ = newList(3);
  }

  // Overwrites pages, rewires the list and allocates: every kind of write a step makes.
  void writeEverywhere() {
    for (size_t page : kWrittenPages) {
      memset(pages_->bytes() + page * kPageBytes + sizeof(heap::ObjectHeader), 0xEE,
             kPageBytes - sizeof(heap::ObjectHeader));
    }
    heap::ObjectHeader* second = ref(list_, 0)->target;
    heap::ObjectHeader* fresh = newNode(99);
    link(list_, 0, fresh);
    link(fresh, 1, second);
    link(second, 2, list_);
    *idField(list_) = -7;
  }

  std::vector<uintptr_t> sorted(const uintptr_t* pages, size_t count) {
    std::vector<uintptr_t> result(pages, pages + count);
    std::sort(result.begin(), result.end());
    return result;
  }

  heap::ObjectHeader* pages_ = nullptr;
  heap::ObjectHeader* list_ = nullptr;
};

TEST_F(ShadowPagesTest, AbortLeavesTheUsedHeapByteIdentical) {
  std::vector<unsigned char> before = copyUsedHeap();
  CollectorQueues queuesBefore = copyCollectorQueues();
  track();
  Outcome outcome = run([&] {
    writeEverywhere();
    abortTransaction(AbortReason::kConflict);
  });
  EXPECT_FALSE(outcome.committed);
  EXPECT_EQ(outcome.reason, AbortReason::kConflict);
  EXPECT_GE(ShadowPages::instance().writtenPages(), std::size(kWrittenPages));
  untrack();
  EXPECT_TRUE(sameBytes(before, copyUsedHeap()));
  EXPECT_TRUE(sameQueues(queuesBefore, copyCollectorQueues()));
}

TEST_F(ShadowPagesTest, CommitKeepsEveryWrite) {
  heap::ObjectHeader* second = ref(list_, 0)->target;
  track();
  Outcome outcome = run([&] { writeEverywhere(); });
  EXPECT_TRUE(outcome.committed);
  untrack();
  for (size_t page : kWrittenPages) {
    EXPECT_EQ(*byteOnPage(pages_, page), static_cast<char>(0xEE)) << "page " << page;
  }
  EXPECT_EQ(*byteOnPage(pages_, 1), 0x11);
  heap::ObjectHeader* fresh = ref(list_, 0)->target;
  ASSERT_NE(fresh, nullptr);
  EXPECT_EQ(*idField(fresh), 99);
  EXPECT_EQ(ref(fresh, 1)->target, second);
  EXPECT_EQ(ref(second, 2)->target, list_);
  EXPECT_EQ(*idField(list_), -7);
  EXPECT_EQ(heap::backchainLength(second), 1u);  // the old link from list_ went, fresh's came
  EXPECT_EQ(heap::backchainLength(fresh), 1u);
}

TEST_F(ShadowPagesTest, ReadAndWriteSetsHoldExactlyTheTouchedPages) {
  ShadowPages& shadows = ShadowPages::instance();
  std::vector<uintptr_t> readInside;
  std::vector<uintptr_t> writtenInside;
  track();
  Outcome outcome = run([&] {
    (void)readPage(pages_, 0);
    writePage(pages_, 2, 1);
    (void)readPage(pages_, 3);
    writePage(pages_, 3, 1);
    (void)readPage(pages_, 0);  // touched again: no new entry
    readInside.assign(shadows.readSet(), shadows.readSet() + shadows.readPages());
    writtenInside.assign(shadows.writeSet(), shadows.writeSet() + shadows.writtenPages());
  });
  ASSERT_TRUE(outcome.committed);
  // In order of first touch while open; a written page is in both sets.
  std::vector<uintptr_t> expectedRead = {pageAddress(pages_, 0), pageAddress(pages_, 2),
                                         pageAddress(pages_, 3)};
  std::vector<uintptr_t> expectedWritten = {pageAddress(pages_, 2), pageAddress(pages_, 3)};
  EXPECT_EQ(readInside, expectedRead);
  EXPECT_EQ(writtenInside, expectedWritten);
  // After the commit the sets still describe the last transaction.
  EXPECT_EQ(sorted(shadows.readSet(), shadows.readPages()), expectedRead);
  EXPECT_EQ(sorted(shadows.writeSet(), shadows.writtenPages()), expectedWritten);
}

TEST_F(ShadowPagesTest, NextTransactionStartsWithEmptySetsAndFaultsItsPagesAgain) {
  ShadowPages& shadows = ShadowPages::instance();
  track();
  ASSERT_TRUE(run([&] { writePage(pages_, 4, 1); }).committed);
  size_t readAtStart = 1;
  size_t writtenAtStart = 1;
  std::vector<uintptr_t> readInside;
  Outcome outcome = run([&] {
    readAtStart = shadows.readPages();
    writtenAtStart = shadows.writtenPages();
    (void)readPage(pages_, 4);  // open in the last transaction; closed again since
    readInside.assign(shadows.readSet(), shadows.readSet() + shadows.readPages());
  });
  ASSERT_TRUE(outcome.committed);
  EXPECT_EQ(readAtStart, 0u);
  EXPECT_EQ(writtenAtStart, 0u);
  EXPECT_EQ(readInside, std::vector<uintptr_t>{pageAddress(pages_, 4)});
  EXPECT_EQ(shadows.writtenPages(), 0u);
}

TEST_F(ShadowPagesTest, PageReadThenWrittenTwiceGetsOneShadowFromBeforeTheTransaction) {
  ShadowPages& shadows = ShadowPages::instance();
  size_t shadowsInside = 0;
  track();
  uint64_t writtenBefore = counters().pagesWritten;
  Outcome outcome = run([&] {
    (void)readPage(pages_, 6);
    writePage(pages_, 6, 'A');
    writePage(pages_, 6, 'B');
    shadowsInside = shadows.writtenPages();
    abortTransaction(AbortReason::kConflict);
  });
  ASSERT_FALSE(outcome.committed);
  EXPECT_EQ(shadowsInside, 1u);
  EXPECT_EQ(counters().pagesWritten - writtenBefore, 1u);
  untrack();
  EXPECT_EQ(*byteOnPage(pages_, 6), 0x16);  // the shadow is the page before 'A', not after it
}

TEST_F(ShadowPagesTest, AbortRestoresTheWholeWrittenPageNotJustTheBytesWritten) {
  std::vector<unsigned char> before = copyUsedHeap();
  track();
  Outcome outcome = run([&] {
    for (size_t page = 0; page < kPages; ++page) {
      for (size_t offset = 0; offset < kPageBytes; offset += 512)
        pages_->bytes()[page * kPageBytes + offset] ^= 0x5A;
    }
    abortTransaction(AbortReason::kConflict);
  });
  ASSERT_FALSE(outcome.committed);
  EXPECT_EQ(ShadowPages::instance().writtenPages(), kPages);
  untrack();
  EXPECT_TRUE(sameBytes(before, copyUsedHeap()));
}

// The memory manager commits memory in chunks as the heap grows: inside a step, as anywhere.
TEST_F(ShadowPagesTest, MemoryTheHeapGrowsIntoDuringAStepIsTrackedLikeAnyOther) {
  constexpr size_t kBigPages = 1024;  // 4 MiB: past everything the heap has committed so far
  auto allocateBig = [&] { return newPages(kBigPages); };
  track();
  Outcome aborted = run([&] {
    heap::ObjectHeader* big = allocateBig();
    memset(big->bytes() + sizeof(heap::ObjectHeader), 0xAB,
           kBigPages * kPageBytes - sizeof(heap::ObjectHeader));
    abortTransaction(AbortReason::kConflict);
  });
  ASSERT_FALSE(aborted.committed);
  heap::ObjectHeader* big = nullptr;
  size_t nonZeroBytes = 0;
  ASSERT_TRUE(run([&] {
                big = allocateBig();
                for (size_t i = sizeof(heap::ObjectHeader); i < kBigPages * kPageBytes; ++i)
                  nonZeroBytes += big->bytes()[i] != 0;
              }).committed);
  EXPECT_EQ(nonZeroBytes, 0u) << "a new object holds what an aborted step wrote";
  ShadowPages& shadows = ShadowPages::instance();
  size_t writtenInside = 0;
  ASSERT_FALSE(run([&] {
                 writePage(big, 3, 'x');
                 writtenInside = shadows.writtenPages();
                 abortTransaction(AbortReason::kConflict);
               }).committed);
  EXPECT_EQ(writtenInside, 1u);
  untrack();
  EXPECT_EQ(*byteOnPage(big, 3), 0) << "an aborted write to the grown heap survived";
}

// A step that drops the last reference to a large object and collects frees it, and the memory
// manager hands a large run's memory back to the OS. The abort brings the reference back: the
// object must come back with its contents.
// (The memory manager used to discard such runs with madvise, zeroing them behind the MMU.)
TEST_F(ShadowPagesTest, AbortRestoresALargeObjectTheStepFreed) {
  constexpr size_t kLargePages = 32;
  heap::ObjectHeader* holder = newNode(1);
  heap::Heap::pin(holder);
  heap::ObjectHeader* large = newPages(kLargePages);
  memset(large->bytes() + sizeof(heap::ObjectHeader), 0x5C,
         kLargePages * kPageBytes - sizeof(heap::ObjectHeader));
  link(holder, 0, large);
  std::vector<unsigned char> before = copyUsedHeap();
  track();
  size_t freed = 0;
  Outcome outcome = run([&] {
    link(holder, 0, nullptr);
    heap::Collector collector(heap().memoryManager());
    uintptr_t noStack = 0;
    freed = collector.collectWithStackRoots(&noStack, &noStack).freedObjects;
    abortTransaction(AbortReason::kConflict);
  });
  ASSERT_FALSE(outcome.committed);
  EXPECT_GE(freed, 1u);
  untrack();
  EXPECT_EQ(ref(holder, 0)->target, large);
  EXPECT_EQ(*byteOnPage(large, kLargePages - 1), 0x5C);
  EXPECT_TRUE(sameBytes(before, copyUsedHeap()));
}

using ShadowPagesDeathTest = ShadowPagesTest;

TEST_F(ShadowPagesDeathTest, TouchingTheHeapOutsideATransactionStopsTheStation) {
  track();
  EXPECT_DEATH((void)*byteOnPage(pages_, 1), "touched outside a transaction");
}

}  // namespace
}  // namespace plurix::txn
