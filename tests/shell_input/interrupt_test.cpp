#include "shell/interrupt.h"

#include <gtest/gtest.h>
#include <poll.h>
#include <signal.h>

namespace plurix::shell {
namespace {

volatile sig_atomic_t callbackCalls = 0;

bool wakeDescriptorReadable() {
  pollfd watched = {interruptWakeDescriptor(), POLLIN, 0};
  return poll(&watched, 1, 0) == 1 && (watched.revents & POLLIN) != 0;
}

class InterruptTest : public testing::Test {
 protected:
  void SetUp() override {
    installInterruptHandler();
    setInterruptCallback([] { callbackCalls = callbackCalls + 1; });
    callbackCalls = 0;
    takeInterrupt();
  }
  void TearDown() override { setInterruptCallback(nullptr); }
};

TEST_F(InterruptTest, InterruptWhileReadingIsRememberedAndWakesTheReader) {
  ASSERT_GE(interruptWakeDescriptor(), 0);
  EXPECT_FALSE(wakeDescriptorReadable());
  raise(SIGINT);  // would end the process without the handler
  EXPECT_TRUE(wakeDescriptorReadable());
  EXPECT_EQ(callbackCalls, 0);
  EXPECT_TRUE(takeInterrupt());
  EXPECT_FALSE(takeInterrupt());
  EXPECT_FALSE(wakeDescriptorReadable());
}

TEST_F(InterruptTest, InterruptWhileRunningCallsTheCallbackOnly) {
  {
    RunningCommand running;
    raise(SIGINT);
    raise(SIGINT);
  }
  EXPECT_EQ(callbackCalls, 2);
  EXPECT_FALSE(takeInterrupt());
  EXPECT_FALSE(wakeDescriptorReadable());
}

TEST_F(InterruptTest, AfterTheCommandInterruptsGoToTheReaderAgain) {
  { RunningCommand running; }
  raise(SIGINT);
  EXPECT_EQ(callbackCalls, 0);
  EXPECT_TRUE(takeInterrupt());
}

TEST_F(InterruptTest, ReplacedCallbackIsTheOneCalled) {
  static volatile sig_atomic_t otherCalls = 0;
  setInterruptCallback([] { otherCalls = otherCalls + 1; });
  {
    RunningCommand running;
    raise(SIGINT);
  }
  EXPECT_EQ(otherCalls, 1);
  EXPECT_EQ(callbackCalls, 0);
}

TEST_F(InterruptTest, RunningWithoutCallbackSurvivesTheInterrupt) {
  setInterruptCallback(nullptr);
  {
    RunningCommand running;
    raise(SIGINT);
  }
  EXPECT_FALSE(takeInterrupt());
}

}  // namespace
}  // namespace plurix::shell
