// The short-loop poll pass (compiler/codegen/short_loop_polls.h) on hand-written IR: which loops
// get a copy without polls, what the test before the loop compares, which loops keep their
// polls. SOR's sweep (tests/conformance, bench/lang/sor) runs through it on real programs.
#include "compiler/codegen/short_loop_polls.h"

#include <string>

#include <gtest/gtest.h>
#include <llvm/IR/Instructions.h>

#include "compiler/codegen/bounds_check_versioning.h"
#include "compiler/codegen/safepoint_thinning.h"
#include "heap/address_space.h"
#include "tests/codegen/loop_pass_fixture.h"

namespace plurix::compiler::codegen {
namespace {

// A loop over j = 0 .. COUNT - 1 storing into a[j], polling at the top of every iteration as
// compiled code does; BODY is spliced in before the store (a call, or nothing).
std::string sweep(const std::string& count, const std::string& body) {
  std::string poll = "call void asm sideeffect \"testb $$0, ($0)\", \"r,~{flags}\"(i64 " +
                     std::to_string(heap::kSafepointPollAddress) + ")";
  return R"(
declare void @work()

define void @sweep(ptr %a, i64 %n, ptr %counter) {
entry:
  %count = )" + count + R"(
  %enter = icmp sgt i64 %count, 0
  br i1 %enter, label %preheader, label %exit
preheader:
  br label %loop
loop:
  %j = phi i64 [ 0, %preheader ], [ %next, %loop ]
  )" + poll + R"(
  )" + body + R"(
  %p = getelementptr inbounds double, ptr %a, i64 %j
  store double 1.0, ptr %p
  %next = add nuw nsw i64 %j, 1
  %more = icmp slt i64 %next, %count
  br i1 %more, label %loop, label %done
done:
  br label %exit
exit:
  ret void
}
)";
}

class ShortLoopPollsTest : public testing::LoopPassTest {
 protected:
  // Parses ir and runs the pass on @sweep; true if it changed a loop.
  bool run(const std::string& ir) { return runOnSweep(ir, unpollShortLoops); }

  static int polls(const llvm::BasicBlock* block) {
    int count = 0;
    for (const llvm::Instruction& instruction : *block) count += isSafepointPoll(instruction) ? 1 : 0;
    return count;
  }

};

TEST_F(ShortLoopPollsTest, ALoopOfUnknownCountGetsACopyWithoutPollsForShortCounts) {
  ASSERT_TRUE(run(sweep("add i64 %n, 0", "")));
  llvm::BasicBlock* copy = block("loop.unpolled");
  ASSERT_NE(copy, nullptr) << "no copy of the loop";
  EXPECT_EQ(polls(copy), 0);
  // The original keeps its poll, for counts above the limit.
  llvm::BasicBlock* original = block("loop");
  ASSERT_NE(original, nullptr);
  EXPECT_EQ(polls(original), 1);
  // The choice compares the count of back-edges (n - 1) with the limit, unsigned.
  llvm::ICmpInst* choice = nullptr;
  for (llvm::BasicBlock& candidate : *module_->getFunction("sweep")) {
    for (llvm::Instruction& instruction : candidate) {
      if (instruction.getName() == "polls.short") choice = llvm::cast<llvm::ICmpInst>(&instruction);
    }
  }
  ASSERT_NE(choice, nullptr) << "no test before the loop";
  EXPECT_EQ(choice->getPredicate(), llvm::ICmpInst::ICMP_ULE);
  auto* limit = llvm::dyn_cast<llvm::ConstantInt>(choice->getOperand(1));
  ASSERT_NE(limit, nullptr);
  // A million instructions' worth of a loop of about ten.
  EXPECT_GT(limit->getZExtValue(), 10'000U);
  EXPECT_LT(limit->getZExtValue(), 1'000'000U);
}

TEST_F(ShortLoopPollsTest, ALoopAlwaysShortLosesItsPollsWithoutACopy) {
  ASSERT_TRUE(run(sweep("and i64 %n, 255", "")));
  EXPECT_EQ(block("loop.unpolled"), nullptr);
  EXPECT_EQ(polls(block("loop")), 0);
}

TEST_F(ShortLoopPollsTest, ALoopThatCallsKeepsItsPolls) {
  EXPECT_FALSE(run(sweep("add i64 %n, 0", "call void @work()")));
  EXPECT_EQ(polls(block("loop")), 1);
}

TEST_F(ShortLoopPollsTest, ALoopOfCountUnknownBeforeItStartsKeepsItsPolls) {
  // The count is read anew on every iteration: nothing bounds the loop before it starts.
  std::string ir = sweep("add i64 %n, 0", "%limit = load volatile i64, ptr %counter");
  size_t test = ir.find("%more = icmp slt i64 %next, %count");
  ir.replace(test, std::string("%more = icmp slt i64 %next, %count").size(), "%more = icmp slt i64 %next, %limit");
  EXPECT_FALSE(run(ir));
  EXPECT_EQ(polls(block("loop")), 1);
}

// The sweep with a bounds check on a[j] against %len before the store, its failing side cold.
std::string checkedSweep() {
  std::string ir = sweep("add i64 %n, 0", R"(%inside = icmp ult i64 %j, %len
  br i1 %inside, label %ok, label %fail, !prof !0
ok:)");
  ir.replace(ir.find("ptr %counter)"), std::string("ptr %counter)").size(), "ptr %counter, i64 %len)");
  ir.replace(ir.find("[ %next, %loop ]"), std::string("[ %next, %loop ]").size(), "[ %next, %ok ]");
  ir.replace(ir.find("br i1 %more, label %loop"), std::string("br i1 %more, label %loop").size(), "br i1 %more, label %loop");
  ir += R"(
declare void @throwBounds()
!0 = !{!"branch_weights", i32 1000, i32 1}
)";
  ir.replace(ir.find("exit:\n  ret void"), std::string("exit:\n  ret void").size(),
             "exit:\n  ret void\nfail:\n  call void @throwBounds()\n  ret void");
  return ir;
}

TEST_F(ShortLoopPollsTest, ALoopThatStillChecksGetsACopyWithoutPollsToo) {
  ASSERT_TRUE(run(checkedSweep()));
  llvm::BasicBlock* copy = block("loop.unpolled");
  ASSERT_NE(copy, nullptr) << "no copy of the loop";
  EXPECT_EQ(polls(copy), 0);
}

TEST_F(ShortLoopPollsTest, TheOriginalOfALoopCopiedWithoutItsChecksIsLeftAlone) {
  ASSERT_TRUE(runOnSweep(checkedSweep(), [](llvm::Function& function, llvm::FunctionAnalysisManager& analyses) {
    bool versioned = versionBoundsChecks(function, analyses);
    EXPECT_TRUE(versioned) << "the bounds check was not versioned";
    return unpollShortLoops(function, analyses) && versioned;
  }));
  // The copy without checks lost its poll; the original, run only when a check fails, kept it
  // and has no copy.
  ASSERT_NE(block("loop.fast.unpolled"), nullptr);
  EXPECT_EQ(polls(block("loop.fast.unpolled")), 0);
  EXPECT_EQ(polls(block("loop")), 1);
  EXPECT_EQ(block("loop.unpolled"), nullptr);
}

}  // namespace
}  // namespace plurix::compiler::codegen
