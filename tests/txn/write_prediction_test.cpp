// Write prediction (txn/shadow_pages.h predictWrites, txn/transaction.h setStepKey): a step of a
// transaction whose recent steps wrote a run of pages opens the whole run at its first touch, and
// yet the sets, commits and aborts come out exactly as without prediction.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <vector>

#include "transaction_fixture.h"
#include "txn/shadow_pages.h"

namespace plurix::txn {
namespace {

using testing::PredictionTest;

constexpr size_t kPages = 8;

class WritePredictionTest : public PredictionTest {
 protected:
  void SetUp() override { setUpPages(kPages, 0x10); }
  // One step of the named transaction writing pages first..last.
  Outcome writeRun(size_t first, size_t last, char value) {
    setStepKey(key_);
    Outcome outcome = run([&] {
      for (size_t page = first; page <= last; ++page) writePage(pages_, page, value);
    });
    setStepKey(0);
    return outcome;
  }
  // One step of the named transaction writing the first page and the page gap + 1 pages after it.
  Outcome writeAround(size_t gap, char value) {
    setStepKey(key_);
    Outcome outcome = run([&] {
      writePage(pages_, 0, value);
      writePage(pages_, gap + 1, value);
    });
    setStepKey(0);
    return outcome;
  }
};

constexpr size_t kGap = ShadowPages::kRunGapPages;
static_assert(kGap + 2 < kPages, "the pages must hold the longest gap and one page more");

TEST_F(WritePredictionTest, ARunWrittenBeforeOpensWholeAtItsFirstTouch) {
  track();
  ASSERT_TRUE(writeRun(1, 6, 'A').committed);
  uint64_t before = ShadowPages::instance().pagesPredicted();
  ASSERT_TRUE(writeRun(1, 6, 'B').committed);
  EXPECT_EQ(ShadowPages::instance().pagesPredicted() - before, 6u) << "the run did not open at once";
  EXPECT_EQ(ShadowPages::instance().writtenPages(), 6u);
  untrack();
  for (size_t page = 1; page <= 6; ++page) EXPECT_EQ(*byteOnPage(pages_, page), 'B');
}

TEST_F(WritePredictionTest, PagesOpenedButNotWrittenLeaveTheWriteSetButStayRead) {
  ShadowPages& shadows = ShadowPages::instance();
  track();
  ASSERT_TRUE(writeRun(0, 7, 'A').committed);
  std::vector<uintptr_t> written;
  std::vector<uintptr_t> read;
  setStepKey(key_);
  Outcome outcome = run([&] { writePage(pages_, 3, 'C'); });
  setStepKey(0);
  ASSERT_TRUE(outcome.committed);
  written.assign(shadows.writeSet(), shadows.writeSet() + shadows.writtenPages());
  read.assign(shadows.readSet(), shadows.readSet() + shadows.readPages());
  EXPECT_EQ(written, std::vector<uintptr_t>{pageAddress(pages_, 3)})
      << "a commit must not name pages it did not change: other stations would drop them";
  EXPECT_GE(read.size(), 8u) << "opened pages may have been read: they must stay in the read set";
}

TEST_F(WritePredictionTest, AnAbortRestoresPredictedPages) {
  track();
  ASSERT_TRUE(writeRun(0, 7, 'A').committed);
  setStepKey(key_);
  Outcome outcome = run([&] {
    writePage(pages_, 0, 'X');
    writePage(pages_, 5, 'Y');
    abortTransaction(AbortReason::kConflict);
  });
  setStepKey(0);
  ASSERT_FALSE(outcome.committed);
  untrack();
  for (size_t page = 0; page < kPages; ++page) EXPECT_EQ(*byteOnPage(pages_, page), 'A') << "page " << page;
}

TEST_F(WritePredictionTest, ReadingAPageWrittenBeforeOpensNothing) {
  track();
  ASSERT_TRUE(writeRun(0, 7, 'A').committed);
  uint64_t before = ShadowPages::instance().pagesPredicted();
  setStepKey(key_);
  Outcome outcome = run([&] { (void)readPage(pages_, 3); });
  setStepKey(0);
  ASSERT_TRUE(outcome.committed);
  EXPECT_EQ(ShadowPages::instance().pagesPredicted(), before) << "a read must not copy the run";
  EXPECT_EQ(ShadowPages::instance().writtenPages(), 0u);
  // The run the last step wrote stayed readable for this one (tests/txn/carried_pages_test.cpp).
  EXPECT_EQ(ShadowPages::instance().readPages(), 8u);
}

TEST_F(WritePredictionTest, ARunHoldsOnlyWhatOneStepWroteTogether) {
  track();
  ASSERT_TRUE(writeRun(0, 3, 'A').committed);  // one kind of step
  ASSERT_TRUE(writeRun(4, 7, 'B').committed);  // another kind, on the adjacent pages
  uint64_t before = ShadowPages::instance().pagesPredicted();
  ASSERT_TRUE(writeRun(1, 1, 'C').committed);
  EXPECT_EQ(ShadowPages::instance().pagesPredicted() - before, 4u)
      << "the run took pages another step wrote, or not all of its own";
  untrack();
  EXPECT_EQ(*byteOnPage(pages_, 1), 'C');
  EXPECT_EQ(*byteOnPage(pages_, 5), 'B');
}

TEST_F(WritePredictionTest, AStepOfAnotherTransactionOpensNothing) {
  track();
  ASSERT_TRUE(writeRun(0, 7, 'A').committed);
  uint64_t before = ShadowPages::instance().pagesPredicted();
  Outcome outcome = run([&] { writePage(pages_, 2, 'Z'); });  // no key: not the same transaction
  ASSERT_TRUE(outcome.committed);
  EXPECT_EQ(ShadowPages::instance().pagesPredicted(), before);
  EXPECT_EQ(ShadowPages::instance().writtenPages(), 1u);
}

TEST_F(WritePredictionTest, ARunBridgesAShortGapAndTheGapIsShadowedLikeTheRest) {
  track();
  ASSERT_TRUE(writeAround(kGap, 'A').committed);
  uint64_t before = ShadowPages::instance().pagesPredicted();
  setStepKey(key_);
  Outcome aborted = run([&] {
    writePage(pages_, 0, 'X');
    writePage(pages_, 1, 'Y');  // in the gap: opened without a fault of its own
    abortTransaction(AbortReason::kConflict);
  });
  setStepKey(0);
  ASSERT_FALSE(aborted.committed);
  EXPECT_EQ(ShadowPages::instance().pagesPredicted() - before, kGap + 2) << "the gap did not open with the run";
  setStepKey(key_);
  Outcome committed = run([&] { writePage(pages_, 1, 'B'); });
  setStepKey(0);
  ASSERT_TRUE(committed.committed);
  EXPECT_EQ(ShadowPages::instance().writtenPages(), 1u) << "pages the step left unchanged stay out of its write set";
  untrack();
  EXPECT_EQ(*byteOnPage(pages_, 0), 'A') << "the abort did not restore the run";
  EXPECT_EQ(*byteOnPage(pages_, 1), 'B') << "a write to a page of the gap was lost";
  for (size_t page = 2; page <= kGap; ++page) EXPECT_EQ(*byteOnPage(pages_, page), 0x10 + static_cast<int>(page));
  EXPECT_EQ(*byteOnPage(pages_, kGap + 1), 'A');
}

TEST_F(WritePredictionTest, ALongerGapSplitsTheRun) {
  track();
  ASSERT_TRUE(writeAround(kGap + 1, 'A').committed);
  uint64_t before = ShadowPages::instance().pagesPredicted();
  setStepKey(key_);
  ASSERT_TRUE(run([&] { writePage(pages_, 0, 'B'); }).committed);
  setStepKey(0);
  EXPECT_EQ(ShadowPages::instance().pagesPredicted() - before, 1u) << "a gap longer than kRunGapPages was bridged";
}

// Pages the memory manager hands out to a step are zero and no other transaction has seen them:
// the step's first write to one opens its whole run at once, with no copy taken (zeros restore
// it), and an abort leaves it zero for the next object made there.
TEST_F(WritePredictionTest, PagesHandedOutToAStepOpenAtItsFirstWrite) {
  constexpr size_t kNewPages = 16;
  track();
  uint64_t before = ShadowPages::instance().pagesPredicted();
  heap::ObjectHeader* made = nullptr;
  Outcome aborted = run([&] {
    made = newPages(kNewPages);
    for (size_t page = 0; page < kNewPages; ++page) writePage(made, page, 'N');
    abortTransaction(AbortReason::kConflict);
  });
  ASSERT_FALSE(aborted.committed);
  EXPECT_GE(ShadowPages::instance().pagesPredicted() - before, kNewPages)
      << "the new object's pages did not open with its first write";
  size_t nonZero = 0;
  heap::ObjectHeader* again = nullptr;
  Outcome committed = run([&] {
    again = newPages(kNewPages);
    for (size_t page = 0; page < kNewPages; ++page) nonZero += *byteOnPage(again, page) != 0;
    writePage(again, 2, 'M');
  });
  ASSERT_TRUE(committed.committed);
  EXPECT_EQ(nonZero, 0u) << "an aborted step's writes to pages handed out to it survived";
  const uintptr_t* written = ShadowPages::instance().writeSet();
  std::vector<uintptr_t> writtenOfObject;
  for (size_t i = 0; i < ShadowPages::instance().writtenPages(); ++i) {
    for (size_t page = 0; page < kNewPages; ++page) {
      if (written[i] == pageAddress(again, page)) writtenOfObject.push_back(page);
    }
  }
  std::sort(writtenOfObject.begin(), writtenOfObject.end());
  EXPECT_EQ(writtenOfObject, (std::vector<uintptr_t>{0, 2})) << "pages left zero stay out of the write set";
  untrack();
  EXPECT_EQ(*byteOnPage(again, 2), 'M');
}

TEST_F(WritePredictionTest, PredictionSwitchedOffOpensNothing) {
  setWritePrediction(false);
  track();
  ASSERT_TRUE(writeRun(0, 7, 'A').committed);
  uint64_t before = ShadowPages::instance().pagesPredicted();
  ASSERT_TRUE(writeRun(0, 7, 'B').committed);
  setWritePrediction(true);
  EXPECT_EQ(ShadowPages::instance().pagesPredicted(), before);
}

}  // namespace
}  // namespace plurix::txn
