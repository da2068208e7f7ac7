#include "compiler/codegen/short_loop_polls.h"

#include <algorithm>
#include <cstdint>
#include <vector>

#include <llvm/ADT/SmallPtrSet.h>
#include <llvm/ADT/SmallVector.h>
#include <llvm/Analysis/AssumptionCache.h>
#include <llvm/Analysis/LoopInfo.h>
#include <llvm/Analysis/ScalarEvolution.h>
#include <llvm/Analysis/ScalarEvolutionExpressions.h>
#include <llvm/IR/ConstantRange.h>
#include <llvm/IR/Constants.h>
#include <llvm/IR/Dominators.h>
#include <llvm/IR/IRBuilder.h>
#include <llvm/IR/Instructions.h>
#include <llvm/IR/IntrinsicInst.h>
#include <llvm/IR/PassManager.h>
#include <llvm/Passes/PassBuilder.h>
#include <llvm/Transforms/Utils/LoopSimplify.h>
#include <llvm/Transforms/Utils/ScalarEvolutionExpander.h>
#include <llvm/Transforms/Utils/ValueMapper.h>

#include "compiler/codegen/loop_copies.h"
#include "compiler/codegen/safepoint_thinning.h"

namespace plurix::compiler::codegen {

namespace {

// How many instructions a loop may run without polling: at a few instructions per
// nanosecond, well under a millisecond.
constexpr uint64_t kUnpolledInstructions = uint64_t{1} << 20;

// Whether the loop polls and may lose its polls when short: it calls nothing (a call may run
// for any time, and not every callee polls) and is not the original of a loop the array-loop
// passes copied without its checks (that copy is the one that runs; the original only when a
// check fails, and a copy of it would be code for nothing).
bool candidate(const llvm::Loop& loop, std::vector<llvm::Instruction*>* polls) {
  if (!loop.isInnermost() || !loop.isLoopSimplifyForm() || !loop.isSafeToClone()) return false;
  if (isCheckedOriginal(loop) || instructionCount(loop) > kMaxCopiedLoopInstructions) return false;
  polls->clear();
  for (llvm::BasicBlock* block : loop.blocks()) {
    for (llvm::Instruction& instruction : *block) {
      if (isSafepointPoll(instruction)) {
        polls->push_back(&instruction);
        continue;
      }
      const auto* call = llvm::dyn_cast<llvm::CallBase>(&instruction);
      if (call == nullptr) continue;
      // Intrinsics are instructions, except the memory ones, which call the runtime's routines.
      if (!llvm::isa<llvm::IntrinsicInst>(call) || llvm::isa<llvm::MemIntrinsic>(call)) return false;
    }
  }
  return !polls->empty();
}

// Loops in a function, one changed per round with the analyses computed afresh for the next.
bool unpollOne(llvm::Function& function, llvm::FunctionAnalysisManager& analyses,
               llvm::SmallPtrSet<const llvm::BasicBlock*, 16>* seen) {
  auto& loops = analyses.getResult<llvm::LoopAnalysis>(function);
  auto& dominators = analyses.getResult<llvm::DominatorTreeAnalysis>(function);
  auto& evolution = analyses.getResult<llvm::ScalarEvolutionAnalysis>(function);
  std::vector<llvm::Instruction*> polls;
  for (llvm::Loop* loop : loops.getLoopsInPreorder()) {
    if (!seen->insert(loop->getHeader()).second || !candidate(*loop, &polls)) continue;
    // An upper bound of the back-edges taken, whichever exit the loop leaves by.
    const llvm::SCEV* backedges = evolution.getSymbolicMaxBackedgeTakenCount(loop);
    if (llvm::isa<llvm::SCEVCouldNotCompute>(backedges) || !backedges->getType()->isIntegerTy()) continue;
    uint64_t limit = std::max<uint64_t>(16, kUnpolledInstructions / instructionCount(*loop));
    // A count whose every value is short needs no test; one that is never short (a bound
    // known only from the induction variable's type) no copy.
    llvm::ConstantRange range = evolution.getUnsignedRange(backedges);
    if (range.getUnsignedMin().ugt(limit)) continue;
    const llvm::SCEV* constantMax = evolution.getConstantMaxBackedgeTakenCount(loop);
    bool alwaysShort = range.getUnsignedMax().ule(limit);
    if (const auto* constant = llvm::dyn_cast<llvm::SCEVConstant>(constantMax)) {
      alwaysShort = alwaysShort || constant->getAPInt().ule(limit);
    }
    if (alwaysShort) {
      for (llvm::Instruction* poll : polls) poll->eraseFromParent();
      return true;
    }
    llvm::BasicBlock* preheader = loop->getLoopPreheader();
    llvm::SCEVExpander expander(evolution, function.getParent()->getDataLayout(), "polls");
    if (!expander.isSafeToExpandAt(backedges, preheader->getTerminator())) continue;
    llvm::ValueToValueMapTy map;
    llvm::BasicBlock* copy = copyLoopUnderTest(
        *loop, ".unpolled",
        [&](llvm::BasicBlock& testBlock) -> llvm::Value* {
          llvm::Instruction* at = testBlock.getTerminator();
          llvm::Value* count = expander.expandCodeFor(backedges, backedges->getType(), at);
          llvm::IRBuilder<> builder(at);
          return builder.CreateICmpULE(count, llvm::ConstantInt::get(backedges->getType(), limit), "polls.short");
        },
        loops, dominators, evolution, map);
    seen->insert(copy);
    for (llvm::Instruction* poll : polls) llvm::cast<llvm::Instruction>(map[poll])->eraseFromParent();
    return true;
  }
  return false;
}

class ShortLoopPollsPass : public llvm::PassInfoMixin<ShortLoopPollsPass> {
 public:
  llvm::PreservedAnalyses run(llvm::Function& function, llvm::FunctionAnalysisManager& analyses) {
    return unpollShortLoops(function, analyses) ? llvm::PreservedAnalyses::none() : llvm::PreservedAnalyses::all();
  }
};

}  // namespace

bool unpollShortLoops(llvm::Function& function, llvm::FunctionAnalysisManager& analyses) {
  llvm::SmallPtrSet<const llvm::BasicBlock*, 16> seen;  // headers of loops looked at
  bool changed = false;
  // Loops copied by the array-loop passes share their exits with the original: give each loop
  // exits of its own again (and a preheader), which copying needs.
  {
    auto& loops = analyses.getResult<llvm::LoopAnalysis>(function);
    auto& dominators = analyses.getResult<llvm::DominatorTreeAnalysis>(function);
    auto& evolution = analyses.getResult<llvm::ScalarEvolutionAnalysis>(function);
    auto& assumptions = analyses.getResult<llvm::AssumptionAnalysis>(function);
    for (llvm::Loop* loop : loops.getLoopsInPreorder()) {
      if (loop->isInnermost() && !loop->isLoopSimplifyForm()) {
        changed |= llvm::simplifyLoop(loop, &dominators, &loops, &evolution, &assumptions, nullptr, false);
      }
    }
    if (changed) analyses.invalidate(function, llvm::PreservedAnalyses::none());
  }
  for (int round = 0; round < kMaxCopiedLoopsPerFunction; ++round) {
    if (!unpollOne(function, analyses, &seen)) break;
    changed = true;
    analyses.invalidate(function, llvm::PreservedAnalyses::none());
  }
  return changed;
}

void registerShortLoopPolls(llvm::PassBuilder& builder) {
  builder.registerScalarOptimizerLateEPCallback([](llvm::FunctionPassManager& passes, llvm::OptimizationLevel) {
    passes.addPass(ShortLoopPollsPass());
  });
}

}  // namespace plurix::compiler::codegen
