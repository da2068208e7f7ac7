// Read prediction (txn/shadow_pages.h predictReads and readOnlyPages, txn/transaction.cpp): a step
// of a transaction whose last two steps both read a page finds it open before it runs, takes no
// fault for it, and still counts it as read; what only one step read is not predicted.
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

class ReadPredictionTest : public PredictionTest {
 protected:
  void SetUp() override { setUpPages(kPages, 'a'); }
  // One step of the named transaction reading the pages given; returns how many pages read
  // prediction opened for it, and leaves its read set in read_.
  uint64_t readStep(const std::vector<size_t>& which) {
    ShadowPages& shadows = ShadowPages::instance();
    uint64_t before = shadows.readsPredicted();
    setStepKey(key_);
    Outcome outcome = run([&] {
      for (size_t page : which) (void)readPage(pages_, page);
      read_.assign(shadows.readSet(), shadows.readSet() + shadows.readPages());
    });
    setStepKey(0);
    EXPECT_TRUE(outcome.committed);
    return shadows.readsPredicted() - before;
  }
  bool inReadSet(size_t page) const {
    return std::find(read_.begin(), read_.end(), pageAddress(pages_, page)) != read_.end();
  }

  std::vector<uintptr_t> read_;
};

TEST_F(ReadPredictionTest, PagesTwoStepsInARowReadOpenBeforeTheNext) {
  track();
  EXPECT_EQ(readStep({1, 2, 3, 6}), 0u);
  EXPECT_EQ(readStep({1, 2, 3, 6}), 0u) << "one step read them: nothing to predict yet";
  EXPECT_EQ(readStep({1, 2, 3, 6}), 4u) << "two steps read them: the third must find them open";
  untrack();
}

TEST_F(ReadPredictionTest, APageOnlyOneOfTheTwoStepsReadIsNotPredicted) {
  track();
  (void)readStep({1, 2});
  (void)readStep({1, 3});
  EXPECT_EQ(readStep({1}), 1u) << "only page 1 was read by both steps";
  EXPECT_FALSE(inReadSet(2));
  EXPECT_FALSE(inReadSet(3));
  untrack();
}

TEST_F(ReadPredictionTest, APredictedPageTheStepDoesNotReadStaysInItsReadSet) {
  track();
  (void)readStep({4, 5});
  (void)readStep({4, 5});
  EXPECT_EQ(readStep({4}), 2u);
  EXPECT_TRUE(inReadSet(5)) << "an open page may have been read: a commit that writes it must doom the step";
  untrack();
}

TEST_F(ReadPredictionTest, ACommitElsewhereToAPredictedPageDoomsTheStep) {
  track();
  (void)readStep({2});
  (void)readStep({2});
  setStepKey(key_);
  bool doomed = false;
  Outcome outcome = run([&] {
    uintptr_t written = pageAddress(pages_, 2);
    doomed = validateAgainstCommit(&written, 1);
  });
  setStepKey(0);
  EXPECT_TRUE(doomed);
  EXPECT_FALSE(outcome.committed);
  untrack();
}

TEST_F(ReadPredictionTest, WritingAPredictedPageShadowsItAndAnAbortRestoresIt) {
  track();
  (void)readStep({0, 7});
  (void)readStep({0, 7});
  setStepKey(key_);
  Outcome outcome = run([&] {
    writePage(pages_, 7, 'X');
    EXPECT_EQ(ShadowPages::instance().writtenPages(), 1u) << "a write to a page opened for reading must shadow it";
    abortTransaction(AbortReason::kConflict);
  });
  setStepKey(0);
  EXPECT_FALSE(outcome.committed);
  untrack();
  EXPECT_EQ(*byteOnPage(pages_, 7), 'a' + 7);
}

TEST_F(ReadPredictionTest, WithoutAStepKeyNothingIsPredicted) {
  track();
  (void)readStep({1});
  (void)readStep({1});
  ShadowPages& shadows = ShadowPages::instance();
  uint64_t before = shadows.readsPredicted();
  Outcome outcome = run([&] { (void)readPage(pages_, 1); });  // no key: a step of no transaction
  EXPECT_TRUE(outcome.committed);
  EXPECT_EQ(shadows.readsPredicted(), before);
  untrack();
}

}  // namespace
}  // namespace plurix::txn
