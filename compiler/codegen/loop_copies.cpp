#include "compiler/codegen/loop_copies.h"

#include <utility>
#include <vector>

#include <llvm/ADT/SmallVector.h>
#include <llvm/Analysis/LoopInfo.h>
#include <llvm/Analysis/ScalarEvolution.h>
#include <llvm/IR/Dominators.h>
#include <llvm/IR/Instructions.h>
#include <llvm/IR/Metadata.h>
#include <llvm/Transforms/Utils/BasicBlockUtils.h>
#include <llvm/Transforms/Utils/Cloning.h>
#include <llvm/Transforms/Utils/LoopUtils.h>
#include <llvm/Transforms/Utils/ValueMapper.h>

namespace plurix::compiler::codegen {

llvm::BasicBlock* copyLoopUnderTest(llvm::Loop& loop, const char* suffix,
                                    const std::function<llvm::Value*(llvm::BasicBlock&)>& emitTest,
                                    llvm::LoopInfo& loops, llvm::DominatorTree& dominators,
                                    llvm::ScalarEvolution& evolution, llvm::ValueToValueMapTy& map) {
  llvm::formLCSSA(loop, dominators, &loops, &evolution);
  llvm::BasicBlock* testBlock = loop.getLoopPreheader();
  llvm::BasicBlock* preheader =
      llvm::SplitBlock(testBlock, testBlock->getTerminator(), &dominators, &loops, nullptr, "version.original");
  llvm::Value* test = emitTest(*testBlock);

  llvm::SmallVector<llvm::BasicBlock*, 16> exits;
  loop.getUniqueExitBlocks(exits);
  llvm::SmallVector<llvm::BasicBlock*, 16> copies;
  llvm::Loop* copy =
      llvm::cloneLoopWithPreheader(preheader, testBlock, &loop, map, suffix, &loops, &dominators, copies);
  llvm::remapInstructionsInBlocks(copies, map);

  // Every exit block gains the copy's blocks as predecessors; in LCSSA form its phis are the only
  // uses of the loop's values outside it.
  for (llvm::BasicBlock* exit : exits) {
    for (llvm::PHINode& phi : exit->phis()) {
      std::vector<std::pair<llvm::Value*, llvm::BasicBlock*>> incoming;
      for (unsigned i = 0; i < phi.getNumIncomingValues(); ++i) {
        if (loop.contains(phi.getIncomingBlock(i))) incoming.emplace_back(phi.getIncomingValue(i), phi.getIncomingBlock(i));
      }
      for (auto [value, from] : incoming) {
        auto mapped = map.find(value);
        phi.addIncoming(mapped == map.end() ? value : static_cast<llvm::Value*>(mapped->second),
                        llvm::cast<llvm::BasicBlock>(map[from]));
      }
    }
  }
  llvm::Instruction* jump = testBlock->getTerminator();
  llvm::BranchInst::Create(copy->getLoopPreheader(), preheader, test, jump);
  jump->eraseFromParent();
  return copy->getHeader();
}

unsigned instructionCount(const llvm::Loop& loop) {
  unsigned count = 0;
  for (const llvm::BasicBlock* block : loop.blocks()) count += block->size();
  return count;
}

namespace {
constexpr const char* kCheckedOriginal = "plurix.checked.original";
}

void markCheckedOriginal(llvm::Loop& loop) {
  llvm::Instruction* branch = loop.getLoopLatch()->getTerminator();
  branch->setMetadata(kCheckedOriginal, llvm::MDNode::get(branch->getContext(), {}));
}

bool isCheckedOriginal(const llvm::Loop& loop) {
  const llvm::BasicBlock* latch = loop.getLoopLatch();
  return latch != nullptr && latch->getTerminator()->getMetadata(kCheckedOriginal) != nullptr;
}

}  // namespace plurix::compiler::codegen
