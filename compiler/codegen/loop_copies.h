// Loop versioning by a test before the loop: a copy of an innermost loop runs when the test
// holds, the original otherwise. The passes that use it (bounds_check_versioning.h,
// short_loop_polls.h) then simplify the copy, which the test has made safe to simplify.
#pragma once

#include <functional>

#include <llvm/Transforms/Utils/ValueMapper.h>

namespace llvm {
class BasicBlock;
class DominatorTree;
class Loop;
class LoopInfo;
class ScalarEvolution;
class Value;
}  // namespace llvm

namespace plurix::compiler::codegen {

// A loop is copied only if it is small: the copy doubles its code.
inline constexpr unsigned kMaxCopiedLoopInstructions = 400;
// At most this many loops of one function are copied by one pass.
inline constexpr int kMaxCopiedLoopsPerFunction = 16;

// The instructions of loop's blocks.
unsigned instructionCount(const llvm::Loop& loop);

// Requires loop in simplified form (a preheader, a latch, dedicated exits) and safe to clone.
// Guarantees loop copied: emitTest is called with the block that ends in the choice (insert
// before its terminator) and returns the i1 that sends control into the copy; map takes every
// block and value of the original to the copy's. Returns the copy's header. loops and
// dominators are kept up to date; the caller invalidates the other analyses. The copy's blocks
// are named as the original's with suffix appended.
llvm::BasicBlock* copyLoopUnderTest(llvm::Loop& loop, const char* suffix,
                                    const std::function<llvm::Value*(llvm::BasicBlock&)>& emitTest,
                                    llvm::LoopInfo& loops, llvm::DominatorTree& dominators,
                                    llvm::ScalarEvolution& evolution, llvm::ValueToValueMapTy& map);

// Marks loop as the original of a copy made without its checks (bounds_check_versioning.h):
// it runs only when one of them fails, so other passes leave it as it is. The mark is metadata
// on its latch's branch, which copies of the loop inherit.
void markCheckedOriginal(llvm::Loop& loop);
bool isCheckedOriginal(const llvm::Loop& loop);

}  // namespace plurix::compiler::codegen
