// Pages that are not present (txn/shadow_pages.h PageSource, invalidate): another station's
// commit makes a page stale here; its next first touch fetches the newest committed version
// from the page source, which the step then reads, writes and shadows; a page the source cannot
// deliver aborts the step; a doomed step that had read the page is stopped by validation.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <cstring>
#include <map>
#include <thread>
#include <vector>

#include "transaction_fixture.h"
#include "heap/memory_manager.h"
#include "txn/shadow_pages.h"

namespace plurix::txn {
namespace {

using testing::kPageBytes;

// The owner of the pages: their committed versions, and how often it was asked.
class FakeOwner final : public PageSource {
 public:
  bool fetchPage(uintptr_t page, void* into) override {
    fetches.fetch_add(1);
    if (refusing) return false;
    auto found = pages.find(page);
    if (found == pages.end()) return false;
    memcpy(into, found->second.data(), kPageBytes);
    return true;
  }
  // The committed version of page: every byte value.
  void commitVersion(uintptr_t page, char value) { pages[page].assign(kPageBytes, value); }

  std::map<uintptr_t, std::vector<char>> pages;
  std::atomic<int> fetches{0};
  bool refusing = false;
};

class PageSourceTest : public testing::TransactionTest {
 protected:
  void SetUp() override {
    TransactionTest::SetUp();
    pages_ = newPages(3);
    ShadowPages::instance().setPageSource(&owner_);
  }
  void TearDown() override {
    ShadowPages::instance().setPageSource(nullptr);
    TransactionTest::TearDown();
  }
  // Another station committed value over page index: the owner has it, this station's copy is stale.
  void remoteCommit(size_t index, char value) {
    owner_.commitVersion(pageAddress(pages_, index), value);
    ASSERT_TRUE(ShadowPages::instance().invalidate(pageAddress(pages_, index)).isOk());
  }

  heap::ObjectHeader* pages_ = nullptr;
  FakeOwner owner_;
};

TEST_F(PageSourceTest, AnInvalidatedPageIsFetchedOnItsFirstTouchAndOnlyThen) {
  track();
  ASSERT_TRUE(run([&] { writePage(pages_, 1, 'a'); }).committed);
  remoteCommit(1, 'r');
  EXPECT_FALSE(ShadowPages::instance().present(pageAddress(pages_, 1)));
  char first = 0;
  char again = 0;
  ASSERT_TRUE(run([&] {
    first = readPage(pages_, 1);
    again = readPage(pages_, 1);
  }).committed);
  EXPECT_EQ(first, 'r');
  EXPECT_EQ(again, 'r');
  EXPECT_EQ(owner_.fetches.load(), 1);
  EXPECT_TRUE(ShadowPages::instance().present(pageAddress(pages_, 1)));
  ASSERT_TRUE(run([&] { first = readPage(pages_, 1); }).committed);
  EXPECT_EQ(owner_.fetches.load(), 1) << "a present page was fetched again";
}

// Read-ahead (adoptPages): pages that came with another page's fetch become present with their
// contents, cost no fetch of their own and are tracked like any present page; a present page
// ends the run adopted, and nothing after it changes.
TEST_F(PageSourceTest, AdoptedPagesArePresentWithTheirContentsAndCostNoFetch) {
  track();
  remoteCommit(1, 's');
  remoteCommit(2, 't');
  std::vector<char> bytes(2 * kPageBytes);
  std::fill(bytes.begin(), bytes.begin() + kPageBytes, 's');
  std::fill(bytes.begin() + kPageBytes, bytes.end(), 't');
  EXPECT_EQ(ShadowPages::instance().adoptPages(pageAddress(pages_, 1), 2, bytes.data()), 2u);
  EXPECT_TRUE(ShadowPages::instance().present(pageAddress(pages_, 1)));
  EXPECT_TRUE(ShadowPages::instance().present(pageAddress(pages_, 2)));
  char first = 0;
  char second = 0;
  Outcome outcome = run([&] {
    first = readPage(pages_, 1);
    second = readPage(pages_, 2);
    writePage(pages_, 2, 'w');
    abortTransaction(AbortReason::kInjected);
  });
  EXPECT_FALSE(outcome.committed);
  EXPECT_EQ(first, 's');
  EXPECT_EQ(second, 't');
  EXPECT_EQ(owner_.fetches.load(), 0) << "an adopted page was fetched";
  ASSERT_TRUE(run([&] { second = readPage(pages_, 2); }).committed);
  EXPECT_EQ(second, 't') << "the abort must restore the adopted version";
}

TEST_F(PageSourceTest, AdoptionStopsAtAPresentPage) {
  track();
  remoteCommit(2, 'r');
  char before = 0;
  ASSERT_TRUE(run([&] { before = readPage(pages_, 1); }).committed);
  std::vector<char> bytes(2 * kPageBytes, 'x');
  EXPECT_EQ(ShadowPages::instance().adoptPages(pageAddress(pages_, 1), 2, bytes.data()), 0u)
      << "page 1 is present: nothing from it on may be adopted";
  EXPECT_FALSE(ShadowPages::instance().present(pageAddress(pages_, 2)));
  char after = 0;
  char fetched = 0;
  ASSERT_TRUE(run([&] {
    after = readPage(pages_, 1);
    fetched = readPage(pages_, 2);
  }).committed);
  EXPECT_EQ(after, before);
  EXPECT_EQ(fetched, 'r');
  EXPECT_EQ(owner_.fetches.load(), 1);
}

TEST_F(PageSourceTest, AWriteToAFetchedPageIsShadowedFromTheFetchedVersion) {
  track();
  remoteCommit(2, 'r');
  Outcome outcome = run([&] {
    writePage(pages_, 2, 'w');
    abortTransaction(AbortReason::kInjected);
  });
  EXPECT_FALSE(outcome.committed);
  char seen = 0;
  ASSERT_TRUE(run([&] { seen = readPage(pages_, 2); }).committed);
  EXPECT_EQ(seen, 'r') << "the abort must restore the committed version fetched, not the stale copy";
  EXPECT_EQ(owner_.fetches.load(), 1);
}

TEST_F(PageSourceTest, APageTheSourceCannotDeliverAbortsTheStepAndStaysAbsent) {
  track();
  remoteCommit(0, 'r');
  owner_.refusing = true;
  bool ranOn = false;
  Outcome outcome = run([&] {
    (void)readPage(pages_, 0);
    ranOn = true;
  });
  EXPECT_FALSE(outcome.committed);
  EXPECT_EQ(outcome.reason, AbortReason::kFault);
  EXPECT_EQ(outcome.faultAddress & ~uintptr_t{kPageBytes - 1}, pageAddress(pages_, 0));
  EXPECT_FALSE(ranOn);
  EXPECT_FALSE(ShadowPages::instance().present(pageAddress(pages_, 0)));
  owner_.refusing = false;
  char seen = 0;
  ASSERT_TRUE(run([&] { seen = readPage(pages_, 0); }).committed);
  EXPECT_EQ(seen, 'r');
}

// The commit protocol's order: invalidate, then validate; the doomed step stops at its next
// poll, and its rerun reads the new version.
TEST_F(PageSourceTest, AStepThatReadAPageAnotherCommitWroteIsStoppedAndItsRerunSeesTheNewVersion) {
  track();
  ASSERT_TRUE(run([&] { writePage(pages_, 1, 'a'); }).committed);
  std::atomic<bool> readIt{false};
  std::thread committer([&] {
    while (!readIt.load()) std::this_thread::yield();
    remoteCommit(1, 'n');
    uintptr_t written[] = {pageAddress(pages_, 1)};
    EXPECT_TRUE(validateAgainstCommit(written, 1));
  });
  auto giveUpAt = std::chrono::steady_clock::now() + std::chrono::seconds(5);
  char seen = 0;
  Outcome outcome = run([&] {
    seen = readPage(pages_, 1);
    readIt.store(true);
    while (std::chrono::steady_clock::now() < giveUpAt) {
      (void)*reinterpret_cast<volatile char*>(heap::kSafepointPollAddress);
    }
  });
  committer.join();
  EXPECT_EQ(seen, 'a');
  EXPECT_FALSE(outcome.committed);
  EXPECT_EQ(outcome.reason, AbortReason::kConflict);
  ASSERT_TRUE(run([&] { seen = readPage(pages_, 1); }).committed);
  EXPECT_EQ(seen, 'n');
}

// A page the memory manager hands out is zero in the committed heap (heap/memory_manager.h
// setFreshPagesHook): a station that lacks it zero-fills it at its first touch instead of
// fetching the version of the station that freed it.
TEST_F(PageSourceTest, APageTheManagerHandsOutIsMadePresentAsZerosNotFetched) {
  heap::MemoryManager* manager = heap().memoryManager();
  uint32_t index = manager->allocatePages(1, heap::PageState::kLargeHead, heap::AllocatorKind::kReadWrite, 0);
  ASSERT_NE(index, 0u);
  manager->freePages(index, 1, true);
  auto page = reinterpret_cast<uintptr_t>(manager->pageAddress(index));
  track();
  remoteCommit(0, 'x');  // some other page went stale too: only the handed-out one is adopted
  owner_.commitVersion(page, 0);
  ASSERT_TRUE(ShadowPages::instance().invalidate(page).isOk());
  uint32_t taken = 0;
  char seen = 1;
  ASSERT_TRUE(run([&] {
    taken = manager->allocatePages(1, heap::PageState::kLargeHead, heap::AllocatorKind::kReadWrite, 0);
    seen = *reinterpret_cast<volatile char*>(manager->pageAddress(taken));
    *reinterpret_cast<volatile char*>(manager->pageAddress(taken)) = 'w';
  }).committed);
  ASSERT_EQ(taken, index) << "the free page was not the one handed out";
  EXPECT_EQ(seen, 0);
  EXPECT_EQ(owner_.fetches.load(), 0) << "a page the manager handed out was fetched";
  EXPECT_FALSE(ShadowPages::instance().present(pageAddress(pages_, 0)));
}

}  // namespace
}  // namespace plurix::txn
