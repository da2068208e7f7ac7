// The bounds-check versioning pass (compiler/codegen/bounds_check_versioning.h) on hand-written
// IR: which loops it copies, what the copy keeps and what the test before the loop compares.
// Its semantics on real programs are covered by tests/conformance/programs/BoundsInLoops.java.
#include "compiler/codegen/bounds_check_versioning.h"

#include <string>

#include <gtest/gtest.h>
#include <llvm/IR/Instructions.h>

#include "tests/codegen/loop_pass_fixture.h"

namespace plurix::compiler::codegen {
namespace {

// A loop storing into a[INDEX] for j = from, from + STEP, ... < to, checking INDEX against len
// first (the check's failing side weighted 1 : 1000, as the code generator weighs it). The
// bounds are ints widened to 64 bits, as Java's are once LLVM widens an induction variable, so
// that the loop's trip count is known.
std::string sweep(const std::string& step, const std::string& index, const std::string& weights) {
  return R"(
declare void @throwBounds(i64)

define void @sweep(ptr %a, i64 %len, i32 %from, i32 %to, ptr %table) {
entry:
  %start = sext i32 %from to i64
  %end = sext i32 %to to i64
  %enter = icmp slt i64 %start, %end
  br i1 %enter, label %preheader, label %exit
preheader:
  br label %loop
loop:
  %j = phi i64 [ %start, %preheader ], [ %next, %ok ]
  %index = )" + index + R"(
  %inside = icmp ult i64 %index, %len
  br i1 %inside, label %ok, label %fail)" + weights + R"(
ok:
  %p = getelementptr inbounds double, ptr %a, i64 %index
  store double 1.0, ptr %p
  %next = add nsw i64 %j, )" + step + R"(
  %more = icmp slt i64 %next, %end
  br i1 %more, label %loop, label %exit
fail:
  call void @throwBounds(i64 %index)
  ret void
exit:
  ret void
}
!0 = !{!"branch_weights", i32 1000, i32 1}
)";
}

class BoundsCheckVersioningTest : public testing::LoopPassTest {
 protected:
  // Parses ir, runs the versioning on @sweep; true if it versioned a loop.
  bool run(const std::string& ir) { return runOnSweep(ir, versionBoundsChecks); }
};

TEST_F(BoundsCheckVersioningTest, AnInductionVariableIndexGetsACopyWithoutTheCheck) {
  ASSERT_TRUE(run(sweep("2", "add i64 %j, 0", ", !prof !0")));
  llvm::BasicBlock* fast = block("loop.fast");
  ASSERT_NE(fast, nullptr) << "no copy of the loop";
  auto* branch = llvm::cast<llvm::BranchInst>(fast->getTerminator());
  ASSERT_TRUE(branch->isConditional());
  auto* always = llvm::dyn_cast<llvm::ConstantInt>(branch->getCondition());
  ASSERT_NE(always, nullptr) << "the copy still tests the index";
  EXPECT_TRUE(always->isOne());
  // The original loop keeps its check, for the runs where the test before the loop fails.
  llvm::BasicBlock* slow = block("loop");
  ASSERT_NE(slow, nullptr);
  EXPECT_TRUE(llvm::isa<llvm::ICmpInst>(llvm::cast<llvm::BranchInst>(slow->getTerminator())->getCondition()));
}

TEST_F(BoundsCheckVersioningTest, TheTestComparesInATypeTwiceAsWide) {
  ASSERT_TRUE(run(sweep("3", "add nsw i64 %j, 1", ", !prof !0")));
  bool wideCompare = false;
  for (llvm::BasicBlock& candidate : *module_->getFunction("sweep")) {
    if (candidate.getName().startswith("loop")) continue;
    for (llvm::Instruction& instruction : candidate) {
      if (auto* compare = llvm::dyn_cast<llvm::ICmpInst>(&instruction)) {
        wideCompare = wideCompare || compare->getOperand(0)->getType()->isIntegerTy(128);
      }
    }
  }
  EXPECT_TRUE(wideCompare) << "no i128 compare before the loop";
}

TEST_F(BoundsCheckVersioningTest, AnIndexThatIsNoInductionVariableIsLeftAlone) {
  EXPECT_FALSE(run(sweep("1", "load i64, ptr %table", ", !prof !0")));
  EXPECT_EQ(block("loop.fast"), nullptr);
}

TEST_F(BoundsCheckVersioningTest, ACheckNotKnownToBeColdIsLeftAlone) {
  // Without weights the branch may be a loop exit the program takes on purpose.
  EXPECT_FALSE(run(sweep("1", "add i64 %j, 0", "")));
  EXPECT_EQ(block("loop.fast"), nullptr);
}

TEST_F(BoundsCheckVersioningTest, ADecreasingIndexIsLeftAlone) {
  EXPECT_FALSE(run(sweep("1", "sub i64 0, %j", ", !prof !0")));
}

}  // namespace
}  // namespace plurix::compiler::codegen
