// Running transactions (txn/transaction.h): an abort requested from another thread stops a step
// at its next safepoint poll, a doomed step's wild memory access aborts it instead of ending the
// process, an abort puts back the station-local state a step changed, and the commit number
// counts commits only.
#include <gtest/gtest.h>
#include <sys/mman.h>

#include <atomic>
#include <chrono>
#include <thread>

#include "heap/station_local.h"
#include "transaction_fixture.h"

namespace plurix::txn {
namespace {

using testing::TransactionTest;
using Clock = std::chrono::steady_clock;

// What compiled code does on every loop back-edge and method entry.
void pollSafepoint() {
  (void)*reinterpret_cast<volatile char*>(heap::kSafepointPollAddress);
}

class RunningTransactionTest : public TransactionTest {
 protected:
  void SetUp() override {
    TransactionTest::SetUp();
    node_ = newNode(1);
  }

  // A step spinning on polls, aborted with reason from another thread once it spins. Guarantees
  // the step did not give up on its own and ended within a second of the request.
  void expectAbortRequestFromAnotherThreadStopsTheStep(AbortReason reason) {
    std::atomic<bool> spinning{false};
    std::atomic<Clock::rep> requestedAt{0};
    std::thread requester([&] {
      while (!spinning.load()) std::this_thread::yield();
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
      requestedAt.store(Clock::now().time_since_epoch().count());
      requestAbort(reason);
    });
    Clock::time_point giveUpAt = Clock::now() + std::chrono::seconds(5);
    bool gaveUp = false;
    Outcome outcome = run([&] {
      *idField(node_) = 2;  // a tracked write the abort must undo
      spinning.store(true);
      while (Clock::now() < giveUpAt) pollSafepoint();
      gaveUp = true;
    });
    Clock::time_point returnedAt = Clock::now();
    requester.join();
    EXPECT_FALSE(gaveUp) << "the step never saw the abort request";
    EXPECT_FALSE(outcome.committed);
    EXPECT_EQ(outcome.reason, reason);
    EXPECT_LT(returnedAt - Clock::time_point(Clock::duration(requestedAt.load())),
              std::chrono::seconds(1));
  }

  // A step that polls many times and writes id: it must commit.
  void expectNextStepCommits(int64_t id) {
    Outcome outcome = run([&] {
      for (int i = 0; i < 10000; ++i) pollSafepoint();
      *idField(node_) = id;
    });
    EXPECT_TRUE(outcome.committed) << abortReasonName(outcome.reason);
  }

  int64_t readId() {
    int64_t id = -1;
    EXPECT_TRUE(run([&] { id = *idField(node_); }).committed);
    return id;
  }

  heap::ObjectHeader* node_ = nullptr;
};

TEST_F(RunningTransactionTest, ConflictRequestedFromAnotherThreadStopsAStepSpinningOnPolls) {
  track();
  expectAbortRequestFromAnotherThreadStopsTheStep(AbortReason::kConflict);
  EXPECT_EQ(readId(), 1);
  expectNextStepCommits(3);
  EXPECT_EQ(readId(), 3);
}

TEST_F(RunningTransactionTest, AbortRequestKeepsTheReasonItWasGiven) {
  track();
  expectAbortRequestFromAnotherThreadStopsTheStep(AbortReason::kInjected);
  expectNextStepCommits(4);
  EXPECT_EQ(readId(), 4);
}

// Validation: another station's commit wrote pages. A step that read one of them is doomed and
// must stop at its next poll; a step that touched none of them goes on and commits.
TEST_F(RunningTransactionTest, CommitOfAPageTheStepReadAbortsItWithAConflict) {
  heap::ObjectHeader* other = newPages(2);
  track();
  std::atomic<bool> readIt{false};
  std::atomic<bool> conflicted{false};
  std::thread committer([&] {
    while (!readIt.load()) std::this_thread::yield();
    uintptr_t written[] = {reinterpret_cast<uintptr_t>(byteOnPage(other, 1)),
                           reinterpret_cast<uintptr_t>(idField(node_))};
    conflicted.store(validateAgainstCommit(written, 2));
  });
  Clock::time_point giveUpAt = Clock::now() + std::chrono::seconds(5);
  Outcome outcome = run([&] {
    (void)*static_cast<volatile int64_t*>(idField(node_));  // the read that dooms the step
    readIt.store(true);
    while (Clock::now() < giveUpAt) pollSafepoint();
  });
  committer.join();
  EXPECT_TRUE(conflicted.load());
  EXPECT_FALSE(outcome.committed);
  EXPECT_EQ(outcome.reason, AbortReason::kConflict);
  expectNextStepCommits(5);
}

TEST_F(RunningTransactionTest, CommitOfPagesTheStepNeverTouchedLeavesItAlone) {
  heap::ObjectHeader* other = newPages(2);
  track();
  bool conflicted = true;
  Outcome outcome = run([&] {
    *idField(node_) = 6;
    uintptr_t written[] = {reinterpret_cast<uintptr_t>(byteOnPage(other, 0)),
                           reinterpret_cast<uintptr_t>(byteOnPage(other, 1))};
    conflicted = validateAgainstCommit(written, 2);
    for (int i = 0; i < 1000; ++i) pollSafepoint();
  });
  EXPECT_FALSE(conflicted);
  EXPECT_TRUE(outcome.committed) << abortReasonName(outcome.reason);
  EXPECT_EQ(readId(), 6);
}

TEST_F(RunningTransactionTest, WildMemoryAccessAbortsTheStepWithAFault) {
  void* mapped = mmap(nullptr, testing::kPageBytes, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  ASSERT_NE(mapped, MAP_FAILED);
  const uintptr_t wildAddresses[] = {reinterpret_cast<uintptr_t>(mapped) + 24, 0x10};
  track();
  for (uintptr_t wild : wildAddresses) {
    Outcome outcome = run([&] {
      *idField(node_) = 77;
      readWildAddress(wild);
    });
    EXPECT_FALSE(outcome.committed);
    EXPECT_EQ(outcome.reason, AbortReason::kFault);
    EXPECT_EQ(outcome.faultAddress, wild);
    EXPECT_NE(outcome.faultPc, 0u);
    EXPECT_EQ(readId(), 1) << "the doomed step's write survived";
  }
  expectNextStepCommits(5);
  EXPECT_EQ(readId(), 5);
  munmap(mapped, testing::kPageBytes);
}

TEST_F(RunningTransactionTest, AbortPutsBackTheStationAndDropsThePendingException) {
  heap::ObjectHeader* other = newNode(2);
  heap::StationLocal* local = heap::stationLocal();
  local->station = node_;
  track();
  Outcome aborted = run([&] {
    local->station = other;
    local->pendingException = other;
    abortTransaction(AbortReason::kException);
  });
  EXPECT_EQ(aborted.reason, AbortReason::kException);
  EXPECT_EQ(local->station, node_);
  EXPECT_EQ(local->pendingException, nullptr);
  ASSERT_TRUE(run([&] { local->station = other; }).committed);
  EXPECT_EQ(local->station, other);
  local->station = nullptr;
}

TEST_F(RunningTransactionTest, CommitNumberAdvancesByOnePerCommitAndNotOnAbort) {
  track();
  uint64_t start = commitNumber();
  Counters before = counters();
  ASSERT_TRUE(run([] {}).committed);
  EXPECT_EQ(commitNumber(), start + 1);
  EXPECT_FALSE(run([] { abortTransaction(AbortReason::kConflict); }).committed);
  EXPECT_EQ(commitNumber(), start + 1);
  injectAbortAfter(1);
  EXPECT_EQ(run([&] { *idField(node_) = 9; }).reason, AbortReason::kInjected);
  EXPECT_EQ(commitNumber(), start + 1);
  EXPECT_EQ(run([] { readWildAddress(0x10); }).reason, AbortReason::kFault);
  EXPECT_EQ(commitNumber(), start + 1);
  ASSERT_TRUE(run([&] { *idField(node_) = 10; }).committed);
  EXPECT_EQ(commitNumber(), start + 2);
  EXPECT_EQ(counters().commits - before.commits, 2u);
  EXPECT_EQ(counters().aborts - before.aborts, 3u);
}

TEST_F(RunningTransactionTest, TransactionsDoNotNest) {
  track();
  bool refused = false;
  Outcome outcome = run([&] { refused = !runTransaction([](void*) {}, nullptr).isOk(); });
  EXPECT_TRUE(outcome.committed);
  EXPECT_TRUE(refused);
}

TEST_F(RunningTransactionTest, NoStepRunsWhileTrackingIsOff) {
  track();
  untrack();
  EXPECT_FALSE(runTransaction([](void*) {}, nullptr).isOk());
}

}  // namespace
}  // namespace plurix::txn
