// Pages kept readable between steps (txn/shadow_pages.h commit): what a transaction's step wrote
// in a long run stays open for reading, and every later step counts it as read, until a step
// that writes a long run of its own, an abort, or another station's commit to the page closes
// it; the sets, commits and aborts come out as if it had been closed.
#include <gtest/gtest.h>

#include "transaction_fixture.h"
#include "txn/shadow_pages.h"

namespace plurix::txn {
namespace {

using testing::PredictionTest;

constexpr size_t kPages = 8;
static_assert(kPages >= ShadowPages::kCarriedRunPages);

class CarriedPagesTest : public PredictionTest {
 protected:
  void SetUp() override { setUpPages(kPages, 0x20); }
  // One step of transaction key writing pages first..last.
  Outcome writeRun(uintptr_t key, size_t first, size_t last, char value) {
    setStepKey(key);
    Outcome outcome = run([&] {
      for (size_t page = first; page <= last; ++page) writePage(pages_, page, value);
    });
    setStepKey(0);
    return outcome;
  }
  // One step of transaction key reading page index; what it read in value.
  Outcome readOne(uintptr_t key, size_t index, char* value) {
    setStepKey(key);
    Outcome outcome = run([&] { *value = readPage(pages_, index); });
    setStepKey(0);
    return outcome;
  }
};

TEST_F(CarriedPagesTest, TheSameTransactionsNextStepReadsThemAndCountsThemAsRead) {
  track();
  ASSERT_TRUE(writeRun(key_, 0, kPages - 1, 'A').committed);
  char seen = 0;
  ASSERT_TRUE(readOne(key_, 3, &seen).committed);
  EXPECT_EQ(seen, 'A');
  EXPECT_EQ(ShadowPages::instance().readPages(), kPages)
      << "pages left readable may have been read: every one of them is in the step's read set";
  EXPECT_EQ(ShadowPages::instance().writtenPages(), 0u);
}

TEST_F(CarriedPagesTest, AnotherTransactionsStepCountsThemAsReadAndLeavesThemOpen) {
  track();
  ASSERT_TRUE(writeRun(key_, 0, kPages - 1, 'A').committed);
  char seen = 0;
  ASSERT_TRUE(readOne(key_ + 1, 3, &seen).committed);
  EXPECT_EQ(seen, 'A');
  EXPECT_EQ(ShadowPages::instance().readPages(), kPages) << "a step ran with readable pages outside its read set";
  ASSERT_TRUE(readOne(0, 5, &seen).committed);
  EXPECT_EQ(ShadowPages::instance().readPages(), kPages);
}

TEST_F(CarriedPagesTest, ALongRunOfAnotherTransactionTakesTheirPlace) {
  track();
  ASSERT_TRUE(writeRun(key_, 0, kPages - 1, 'A').committed);
  ASSERT_TRUE(writeRun(key_ + 1, 0, kPages - 1, 'B').committed);
  char seen = 0;
  ASSERT_TRUE(readOne(key_, 3, &seen).committed);
  EXPECT_EQ(seen, 'B');
  EXPECT_EQ(ShadowPages::instance().readPages(), kPages);
  untrack();
  for (size_t page = 0; page < kPages; ++page) EXPECT_EQ(*byteOnPage(pages_, page), 'B') << "page " << page;
}

TEST_F(CarriedPagesTest, AnAbortClosesThem) {
  track();
  ASSERT_TRUE(writeRun(key_, 0, kPages - 1, 'A').committed);
  setStepKey(key_);
  ASSERT_FALSE(run([&] { abortTransaction(AbortReason::kConflict); }).committed);
  setStepKey(0);
  char seen = 0;
  ASSERT_TRUE(readOne(key_, 3, &seen).committed);
  EXPECT_EQ(seen, 'A');
  EXPECT_EQ(ShadowPages::instance().readPages(), 1u) << "pages left open after an abort";
}

TEST_F(CarriedPagesTest, ShortRunsAreClosedAsBefore) {
  track();
  ASSERT_TRUE(writeRun(key_, 0, ShadowPages::kCarriedRunPages - 2, 'A').committed);
  char seen = 0;
  ASSERT_TRUE(readOne(key_, 1, &seen).committed);
  EXPECT_EQ(ShadowPages::instance().readPages(), 1u);
}

TEST_F(CarriedPagesTest, AnotherStationsCommitClosesOneAtOnce) {
  track();
  ASSERT_TRUE(writeRun(key_, 0, kPages - 1, 'A').committed);
  ASSERT_TRUE(ShadowPages::instance().invalidate(pageAddress(pages_, 4)).isOk());
  EXPECT_FALSE(ShadowPages::instance().present(pageAddress(pages_, 4)));
  // No page source here: a read of the stale page must fault (and fail to fetch), not succeed.
  char seen = 0;
  Outcome outcome = readOne(key_, 4, &seen);
  EXPECT_FALSE(outcome.committed) << "a stale page was read without a fault";
  EXPECT_EQ(outcome.reason, AbortReason::kFault);
  ASSERT_TRUE(readOne(key_, 2, &seen).committed);
  EXPECT_EQ(seen, 'A');
}

TEST_F(CarriedPagesTest, AWriteToOneIsShadowedAndAnAbortRestoresIt) {
  track();
  ASSERT_TRUE(writeRun(key_, 0, kPages - 1, 'A').committed);
  setStepKey(key_);
  Outcome outcome = run([&] {
    writePage(pages_, 6, 'X');
    abortTransaction(AbortReason::kConflict);
  });
  setStepKey(0);
  ASSERT_FALSE(outcome.committed);
  ASSERT_TRUE(writeRun(key_, 2, 2, 'B').committed);
  untrack();
  for (size_t page = 0; page < kPages; ++page) {
    EXPECT_EQ(*byteOnPage(pages_, page), page == 2 ? 'B' : 'A') << "page " << page;
  }
}

TEST_F(CarriedPagesTest, WithoutPredictionNothingIsLeftOpen) {
  setWritePrediction(false);
  track();
  ASSERT_TRUE(writeRun(key_, 0, kPages - 1, 'A').committed);
  char seen = 0;
  ASSERT_TRUE(readOne(key_, 3, &seen).committed);
  setWritePrediction(true);
  EXPECT_EQ(ShadowPages::instance().readPages(), 1u);
}

}  // namespace
}  // namespace plurix::txn
