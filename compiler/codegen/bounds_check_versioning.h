// Loops whose bounds checks cannot fail. An array index in an inner loop is usually an induction
// variable: j, j + 1, j - 1 stepping by a constant. Whether such an index stays inside an array
// for the whole loop is decided by its first and its last value, and the last follows from the
// loop's trip count; both are known before the loop starts. The pass versions such a loop: a
// test before it compares the first and last value of every index checked against its array's
// length, and when all are inside, a copy of the loop runs without those checks; otherwise the
// original loop runs and throws where Java throws. Unlike IRCE, which splits the iteration space
// and has to prove that the loop's start lies below its bound, the test needs no proof about
// the start: SOR's rows start at 1 or 2 depending on the colour and the row.
//
// The group of array-loop passes around it: loop unswitching on the arrays' null checks (each is
// loop-invariant), LICM to take their lengths out of the loop, this versioning, then IRCE for the
// checks it left.
#pragma once

#include <llvm/IR/PassManager.h>

namespace llvm {
class PassBuilder;
}

namespace plurix::compiler::codegen {

// Adds the array-loop passes late in the function simplification pipeline of builder, after
// the passes already registered there (stack allocation), before loop vectorisation and
// unrolling.
void registerArrayLoopPasses(llvm::PassBuilder& builder);

// The versioning alone, on one function whose analyses analyses provides (for tests).
// Guarantees every inner loop it could decide versioned; true if any was.
bool versionBoundsChecks(llvm::Function& function, llvm::FunctionAnalysisManager& analyses);

}  // namespace plurix::compiler::codegen
