// Inner loops too short to need a safepoint poll. Every loop polls on its back-edge so that a
// transaction can be stopped within a bounded number of instructions (docs/TRANSACTIONS.md).
// An inner loop that makes no calls and whose trip count is known before it starts runs a
// bounded number of instructions whenever that count is small: such a loop needs no poll of
// its own, since the code around it polls before and after. The pass versions each such loop
// on its count: when the count before the loop is at most a limit (about a million
// instructions' worth of the loop's body), a copy without polls runs; otherwise the original,
// which polls on every iteration. The poll is a load on every iteration, and it keeps LLVM from
// vectorising or unrolling the loop; SOR's sweep runs about a sixth faster without it.
#pragma once

#include <llvm/IR/PassManager.h>

namespace llvm {
class PassBuilder;
}

namespace plurix::compiler::codegen {

// Adds the pass late in the function simplification pipeline of builder, after the passes
// already registered there (the array-loop passes, whose copies without bounds checks it then
// finds), before loop vectorisation and unrolling.
void registerShortLoopPolls(llvm::PassBuilder& builder);

// The pass alone, on one function whose analyses analyses provides (for tests). Guarantees
// every inner loop it could decide has a copy without polls for short counts (or lost its
// polls, when its count is always short); true if any loop changed.
bool unpollShortLoops(llvm::Function& function, llvm::FunctionAnalysisManager& analyses);

}  // namespace plurix::compiler::codegen
