// Devices that respect aborts (txn/device.h): each device hears exactly one commit() or undo()
// per transaction, in the order devices were added; the runtime's console, one such device,
// shows a step's output only once it commits and never shows an aborted step's.
#include "txn/device.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <string>
#include <vector>

#include "runtime/natives/console_output.h"
#include "transaction_fixture.h"

namespace plurix::txn {
namespace {

using testing::TransactionTest;

class RecordingDevice final : public Device {
 public:
  RecordingDevice(std::vector<std::string>& log, std::string name)
      : log_(log), name_(std::move(name)) {}
  void commit() override { log_.push_back(name_ + " commit"); }
  void undo() override { log_.push_back(name_ + " undo"); }

 private:
  std::vector<std::string>& log_;
  std::string name_;
};

// Adds a device for one test's length, removing it however the test ends.
class AddedDevice {
 public:
  explicit AddedDevice(Device& device) : device_(device) { addDevice(&device_); }
  ~AddedDevice() { removeDevice(&device_); }

 private:
  Device& device_;
};

using DeviceTest = TransactionTest;

TEST_F(DeviceTest, EachDeviceHearsOneCommitOrUndoPerTransactionInOrderOfAddition) {
  std::vector<std::string> log;
  RecordingDevice first(log, "first");
  RecordingDevice second(log, "second");
  AddedDevice addedFirst(first);
  AddedDevice addedSecond(second);
  track();
  ASSERT_TRUE(run([] {}).committed);
  EXPECT_EQ(log, (std::vector<std::string>{"first commit", "second commit"}));
  log.clear();
  ASSERT_FALSE(run([] { abortTransaction(AbortReason::kConflict); }).committed);
  EXPECT_EQ(log, (std::vector<std::string>{"first undo", "second undo"}));
  log.clear();
  ASSERT_FALSE(run([] { readWildAddress(0x10); }).committed);
  EXPECT_EQ(log, (std::vector<std::string>{"first undo", "second undo"}));
}

TEST_F(DeviceTest, DeviceHearsNothingWhileTheStepRunsAndNothingOnceRemoved) {
  std::vector<std::string> log;
  RecordingDevice device(log, "device");
  size_t heardDuringStep = 1;
  track();
  {
    AddedDevice added(device);
    ASSERT_TRUE(run([&] { heardDuringStep = log.size(); }).committed);
  }
  EXPECT_EQ(heardDuringStep, 0u);
  ASSERT_TRUE(run([] {}).committed);
  EXPECT_EQ(log, std::vector<std::string>{"device commit"});
}

// Points a descriptor at a pipe for the test's length; drain() takes what was written so far.
class CapturedDescriptor {
 public:
  explicit CapturedDescriptor(int descriptor) : descriptor_(descriptor) {
    fflush(nullptr);
    EXPECT_EQ(pipe(pipe_), 0);
    fcntl(pipe_[0], F_SETFL, O_NONBLOCK);
    saved_ = dup(descriptor_);
    dup2(pipe_[1], descriptor_);
  }
  ~CapturedDescriptor() {
    dup2(saved_, descriptor_);
    close(saved_);
    close(pipe_[0]);
    close(pipe_[1]);
  }
  std::string drain() {
    std::string text;
    char buffer[256];
    ssize_t got;
    while ((got = read(pipe_[0], buffer, sizeof buffer)) > 0)
      text.append(buffer, static_cast<size_t>(got));
    return text;
  }

 private:
  int descriptor_;
  int pipe_[2] = {-1, -1};
  int saved_ = -1;
};

TEST_F(DeviceTest, ConsoleHoldsAStepsOutputUntilItCommits) {
  std::string seenDuringStep = "unset";
  std::string heldDuringStep;
  std::string afterCommit;
  track();
  {
    CapturedDescriptor standardError(runtime::kStandardError);
    Outcome outcome = run([&] {
      runtime::ConsoleMark mark = runtime::consoleMark();
      runtime::consoleWrite(runtime::kStandardError, "kept\n");
      heldDuringStep = runtime::consoleTextSince(mark);
      seenDuringStep = standardError.drain();
    });
    EXPECT_TRUE(outcome.committed);
    afterCommit = standardError.drain();
  }
  EXPECT_EQ(heldDuringStep, "kept\n");
  EXPECT_EQ(seenDuringStep, "");
  EXPECT_EQ(afterCommit, "kept\n");
}

TEST_F(DeviceTest, ConsoleDropsAnAbortedStepsOutputOnBothStreams) {
  std::string shown;
  track();
  {
    CapturedDescriptor standardOutput(runtime::kStandardOutput);
    CapturedDescriptor standardError(runtime::kStandardError);
    Outcome aborted = run([] {
      runtime::consoleWrite(runtime::kStandardOutput, "dropped out\n");
      runtime::consoleWrite(runtime::kStandardError, "dropped err\n");
      abortTransaction(AbortReason::kConflict);
    });
    EXPECT_FALSE(aborted.committed);
    Outcome committed = run([] { runtime::consoleWrite(runtime::kStandardOutput, "shown\n"); });
    EXPECT_TRUE(committed.committed);
    runtime::consoleFlush();
    shown = standardOutput.drain() + "|" + standardError.drain();
  }
  EXPECT_EQ(shown, "shown\n|");
}

}  // namespace
}  // namespace plurix::txn
