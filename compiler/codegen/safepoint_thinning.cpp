#include "compiler/codegen/safepoint_thinning.h"

#include <vector>

#include <llvm/ADT/DepthFirstIterator.h>
#include <llvm/Analysis/LoopInfo.h>
#include <llvm/IR/Constants.h>
#include <llvm/IR/Dominators.h>
#include <llvm/IR/InlineAsm.h>
#include <llvm/IR/Instructions.h>
#include <llvm/IR/PassManager.h>
#include <llvm/Passes/PassBuilder.h>

#include "heap/address_space.h"

namespace plurix::compiler::codegen {

namespace {

class SafepointThinningPass : public llvm::PassInfoMixin<SafepointThinningPass> {
 public:
  llvm::PreservedAnalyses run(llvm::Function& function, llvm::FunctionAnalysisManager& analyses) {
    const auto& dominators = analyses.getResult<llvm::DominatorTreeAnalysis>(function);
    const auto& loops = analyses.getResult<llvm::LoopAnalysis>(function);
    // Dominator-tree preorder: a poll comes after every poll that dominates it.
    std::vector<llvm::Instruction*> polls;
    for (const llvm::DomTreeNode* node : llvm::depth_first(dominators.getRootNode())) {
      for (llvm::Instruction& instruction : *node->getBlock()) {
        if (isSafepointPoll(instruction)) polls.push_back(&instruction);
      }
    }
    if (polls.size() < 2) return llvm::PreservedAnalyses::all();
    std::vector<llvm::Instruction*> kept;
    std::vector<llvm::Instruction*> redundant;
    for (llvm::Instruction* poll : polls) {
      const llvm::Loop* loop = loops.getLoopFor(poll->getParent());
      bool covered = false;
      for (const llvm::Instruction* other : kept) {
        if (loops.getLoopFor(other->getParent()) == loop && dominators.dominates(other, poll)) {
          covered = true;
          break;
        }
      }
      (covered ? redundant : kept).push_back(poll);
    }
    if (redundant.empty()) return llvm::PreservedAnalyses::all();
    for (llvm::Instruction* poll : redundant) poll->eraseFromParent();
    llvm::PreservedAnalyses preserved;
    preserved.preserveSet<llvm::CFGAnalyses>();
    return preserved;
  }
};

}  // namespace

bool isSafepointPoll(const llvm::Instruction& instruction) {
  const auto* call = llvm::dyn_cast<llvm::CallInst>(&instruction);
  if (call == nullptr || !call->isInlineAsm() || call->arg_size() != 1) return false;
  const auto* address = llvm::dyn_cast<llvm::ConstantInt>(call->getArgOperand(0));
  return address != nullptr && address->getZExtValue() == heap::kSafepointPollAddress;
}

void registerSafepointThinning(llvm::PassBuilder& builder) {
  builder.registerOptimizerLastEPCallback([](llvm::ModulePassManager& passes, llvm::OptimizationLevel) {
    passes.addPass(llvm::createModuleToFunctionPassAdaptor(SafepointThinningPass()));
  });
}

}  // namespace plurix::compiler::codegen
