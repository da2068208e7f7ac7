#include "compiler/codegen/bounds_check_versioning.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

#include <llvm/ADT/SmallPtrSet.h>
#include <llvm/ADT/SmallVector.h>
#include <llvm/Analysis/LoopInfo.h>
#include <llvm/Analysis/ScalarEvolution.h>
#include <llvm/Analysis/ScalarEvolutionExpressions.h>
#include <llvm/IR/Constants.h>
#include <llvm/IR/Dominators.h>
#include <llvm/IR/IRBuilder.h>
#include <llvm/IR/Instructions.h>
#include <llvm/IR/PassManager.h>
#include <llvm/IR/ProfDataUtils.h>
#include <llvm/Passes/PassBuilder.h>
#include <llvm/Transforms/InstCombine/InstCombine.h>
#include <llvm/Transforms/Scalar/InductiveRangeCheckElimination.h>
#include <llvm/Transforms/Scalar/LICM.h>
#include <llvm/Transforms/Scalar/LoopPassManager.h>
#include <llvm/Transforms/Scalar/SimpleLoopUnswitch.h>
#include <llvm/Transforms/Scalar/SimplifyCFG.h>
#include <llvm/Transforms/Utils/ScalarEvolutionExpander.h>
#include <llvm/Transforms/Utils/ValueMapper.h>

#include "compiler/codegen/loop_copies.h"

namespace plurix::compiler::codegen {

namespace {

// A check's failing side must be at least this much less likely than its passing side (the
// emitter weighs every exception check 1 : 1000).
constexpr uint64_t kColdRatio = 100;
// Steps larger than this are left alone (their products could need more than the wide type).
constexpr int64_t kMaxStep = int64_t{1} << 20;

// One bounds check of the loop: `index <u length`, the branch staying in the loop when it holds.
struct Check {
  llvm::BranchInst* branch;
  bool staysWhenTrue;
  const llvm::SCEVAddRecExpr* index;
  const llvm::SCEV* length;
};

// What the test before the loop compares for one check, in a type twice as wide as the index and
// the loop's count, where the index's first and last values cannot wrap (even for iterations the
// loop never reaches because it leaves earlier).
struct Bounds {
  const llvm::SCEV* first;
  const llvm::SCEV* last;    // the index on the iteration the latch would leave the loop
  const llvm::SCEV* length;
  bool signedIndex;          // the index does not wrap as a signed number (else as an unsigned)
};

struct Plan {
  std::vector<Check> checks;
  std::vector<Bounds> bounds;  // one per check
};

// The bounds check that block's terminator makes, if it makes one this pass can decide before
// the loop: a cold exit from the loop on `index <u length` (or its mirror forms), where index
// advances by a positive constant in this loop without wrapping and length is loop-invariant.
std::optional<Check> boundsCheck(llvm::BasicBlock& block, const llvm::Loop& loop, llvm::ScalarEvolution& evolution) {
  auto* branch = llvm::dyn_cast<llvm::BranchInst>(block.getTerminator());
  if (branch == nullptr || !branch->isConditional()) return std::nullopt;
  auto* compare = llvm::dyn_cast<llvm::ICmpInst>(branch->getCondition());
  if (compare == nullptr) return std::nullopt;
  bool trueInside = loop.contains(branch->getSuccessor(0));
  bool falseInside = loop.contains(branch->getSuccessor(1));
  if (trueInside == falseInside) return std::nullopt;
  uint64_t trueWeight = 0;
  uint64_t falseWeight = 0;
  if (!llvm::extractBranchWeights(*branch, trueWeight, falseWeight)) return std::nullopt;
  uint64_t inside = trueInside ? trueWeight : falseWeight;
  uint64_t outside = trueInside ? falseWeight : trueWeight;
  if (outside * kColdRatio > inside) return std::nullopt;

  // The predicate that holds while the loop goes on, as `index <u length`.
  llvm::ICmpInst::Predicate predicate = trueInside ? compare->getPredicate() : compare->getInversePredicate();
  llvm::Value* index = compare->getOperand(0);
  llvm::Value* length = compare->getOperand(1);
  if (predicate == llvm::ICmpInst::ICMP_UGT) {
    std::swap(index, length);
  } else if (predicate != llvm::ICmpInst::ICMP_ULT) {
    return std::nullopt;
  }
  const auto* recurrence = llvm::dyn_cast<llvm::SCEVAddRecExpr>(evolution.getSCEV(index));
  if (recurrence == nullptr || recurrence->getLoop() != &loop || !recurrence->isAffine()) return std::nullopt;
  const auto* step = llvm::dyn_cast<llvm::SCEVConstant>(recurrence->getStepRecurrence(evolution));
  if (step == nullptr || step->getAPInt().getBitWidth() > 64) return std::nullopt;
  int64_t stepValue = step->getAPInt().getSExtValue();
  if (stepValue <= 0 || stepValue > kMaxStep) return std::nullopt;
  if (!recurrence->hasNoSignedWrap() && !recurrence->hasNoUnsignedWrap()) return std::nullopt;
  const llvm::SCEV* lengthValue = evolution.getSCEV(length);
  if (!evolution.isLoopInvariant(lengthValue, &loop)) return std::nullopt;
  return Check{branch, trueInside, recurrence, lengthValue};
}

std::optional<Plan> planFor(llvm::Loop& loop, llvm::ScalarEvolution& evolution) {
  llvm::BasicBlock* latch = loop.getLoopLatch();
  llvm::BasicBlock* preheader = loop.getLoopPreheader();
  if (latch == nullptr || preheader == nullptr || !loop.isLoopExiting(latch) || !loop.isSafeToClone()) {
    return std::nullopt;
  }
  if (instructionCount(loop) > kMaxCopiedLoopInstructions) return std::nullopt;
  const llvm::SCEV* backedges = evolution.getExitCount(&loop, latch);
  if (llvm::isa<llvm::SCEVCouldNotCompute>(backedges)) return std::nullopt;
  llvm::SCEVExpander expander(evolution, preheader->getModule()->getDataLayout(), "bounds");
  Plan plan;
  for (llvm::BasicBlock* block : loop.blocks()) {
    if (block == latch) continue;  // its branch is the loop's own test, which ends it
    std::optional<Check> check = boundsCheck(*block, loop, evolution);
    if (!check) continue;
    unsigned width = std::max(evolution.getTypeSizeInBits(check->index->getType()),
                              evolution.getTypeSizeInBits(backedges->getType()));
    llvm::Type* wide = llvm::IntegerType::get(block->getContext(), 2 * width);
    bool signedIndex = check->index->hasNoSignedWrap();
    const llvm::SCEV* first = signedIndex ? evolution.getSignExtendExpr(check->index->getStart(), wide)
                                          : evolution.getZeroExtendExpr(check->index->getStart(), wide);
    const llvm::SCEV* step = evolution.getSignExtendExpr(check->index->getStepRecurrence(evolution), wide);
    const llvm::SCEV* last =
        evolution.getAddExpr(first, evolution.getMulExpr(step, evolution.getZeroExtendExpr(backedges, wide)));
    const llvm::SCEV* length = evolution.getZeroExtendExpr(check->length, wide);
    bool expandable = true;
    for (const llvm::SCEV* value : {first, last, length}) {
      expandable = expandable && expander.isSafeToExpandAt(value, preheader->getTerminator());
    }
    if (!expandable) continue;
    plan.checks.push_back(*check);
    plan.bounds.push_back(Bounds{first, last, length, signedIndex});
  }
  if (plan.checks.empty()) return std::nullopt;
  return plan;
}

// The test, at the end of block, that every check of plan holds on every iteration up to the
// latch's exit count.
llvm::Value* emitTest(const Plan& plan, llvm::BasicBlock& block, llvm::ScalarEvolution& evolution) {
  llvm::SCEVExpander expander(evolution, block.getModule()->getDataLayout(), "bounds");
  llvm::Instruction* at = block.getTerminator();
  llvm::IRBuilder<> builder(at);
  llvm::Value* all = builder.getTrue();
  for (const Bounds& bounds : plan.bounds) {
    llvm::Type* wide = bounds.last->getType();
    llvm::Value* last = expander.expandCodeFor(bounds.last, wide, at);
    llvm::Value* length = expander.expandCodeFor(bounds.length, wide, at);
    llvm::Value* first = bounds.signedIndex ? expander.expandCodeFor(bounds.first, wide, at) : nullptr;
    builder.SetInsertPoint(at);
    llvm::Value* holds = builder.CreateICmpULT(last, length, "bounds.last");
    if (first != nullptr) {
      holds = builder.CreateAnd(holds, builder.CreateICmpSGE(first, llvm::ConstantInt::get(wide, 0)), "bounds.first");
    }
    all = builder.CreateAnd(all, holds, "bounds.hold");
  }
  return all;
}

// Copies loop; the copy, without plan's checks, runs when the test before the loop holds.
// Returns the copy's header.
llvm::BasicBlock* version(llvm::Loop& loop, const Plan& plan, llvm::LoopInfo& loops, llvm::DominatorTree& dominators,
                          llvm::ScalarEvolution& evolution) {
  llvm::ValueToValueMapTy map;
  llvm::BasicBlock* header = copyLoopUnderTest(
      loop, ".fast", [&](llvm::BasicBlock& testBlock) { return emitTest(plan, testBlock, evolution); }, loops, dominators,
      evolution, map);
  // The original runs only when a check would fail: it needs no copy of its own (short_loop_polls.h).
  markCheckedOriginal(loop);
  for (const Check& check : plan.checks) {
    auto* branch = llvm::cast<llvm::BranchInst>(map[check.branch]);
    branch->setCondition(check.staysWhenTrue ? llvm::ConstantInt::getTrue(branch->getContext())
                                             : llvm::ConstantInt::getFalse(branch->getContext()));
  }
  return header;
}

class BoundsCheckVersioningPass : public llvm::PassInfoMixin<BoundsCheckVersioningPass> {
 public:
  llvm::PreservedAnalyses run(llvm::Function& function, llvm::FunctionAnalysisManager& analyses) {
    return versionBoundsChecks(function, analyses) ? llvm::PreservedAnalyses::none()
                                                   : llvm::PreservedAnalyses::all();
  }
};

}  // namespace

bool versionBoundsChecks(llvm::Function& function, llvm::FunctionAnalysisManager& analyses) {
  llvm::SmallPtrSet<const llvm::BasicBlock*, 16> seen;  // headers of loops looked at
  bool changed = false;
  // One loop per round, with the analyses computed afresh for the next.
  for (int round = 0; round < kMaxCopiedLoopsPerFunction; ++round) {
    auto& loops = analyses.getResult<llvm::LoopAnalysis>(function);
    auto& dominators = analyses.getResult<llvm::DominatorTreeAnalysis>(function);
    auto& evolution = analyses.getResult<llvm::ScalarEvolutionAnalysis>(function);
    bool versioned = false;
    for (llvm::Loop* loop : loops.getLoopsInPreorder()) {
      if (!loop->isInnermost() || !seen.insert(loop->getHeader()).second) continue;
      std::optional<Plan> plan = planFor(*loop, evolution);
      if (!plan) continue;
      seen.insert(version(*loop, *plan, loops, dominators, evolution));
      versioned = true;
      break;
    }
    if (!versioned) break;
    changed = true;
    analyses.invalidate(function, llvm::PreservedAnalyses::none());
  }
  return changed;
}

void registerArrayLoopPasses(llvm::PassBuilder& builder) {
  builder.registerScalarOptimizerLateEPCallback([](llvm::FunctionPassManager& passes, llvm::OptimizationLevel) {
    // Version a loop on the null checks of the arrays it indexes, so that in the version that
    // runs the arrays are known non-null and their lengths (dereferenceable_or_null, see
    // object_access.cpp) can be hoisted; the bounds checks left are on induction variables.
    llvm::LoopPassManager loops;
    loops.addPass(llvm::SimpleLoopUnswitchPass(/*NonTrivial=*/true, /*Trivial=*/true));
    loops.addPass(llvm::LICMPass(llvm::LICMOptions()));
    passes.addPass(llvm::createFunctionToLoopPassAdaptor(std::move(loops), /*UseMemorySSA=*/true));
    passes.addPass(BoundsCheckVersioningPass());
    passes.addPass(llvm::SimplifyCFGPass());
    passes.addPass(llvm::IRCEPass());
    passes.addPass(llvm::InstCombinePass());
  });
}

}  // namespace plurix::compiler::codegen
