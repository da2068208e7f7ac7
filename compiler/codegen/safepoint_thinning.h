// Fewer safepoint polls after inlining. Every method polls on entry and every loop on its
// back-edge (docs/TRANSACTIONS.md); once callees are inlined, a function holds a poll per inlined
// call, most of them a few instructions after another. A poll only bounds how long compiled code
// runs without offering a safepoint, so a poll that another poll dominates within the same
// innermost loop adds nothing: between the two no loop can turn (an inner loop keeps its own
// back-edge poll) and no call is made that does not poll itself.
#pragma once

namespace llvm {
class Instruction;
class PassBuilder;
}  // namespace llvm

namespace plurix::compiler::codegen {

// Adds the pass at the end of builder's optimisation pipeline, after inlining and the stack
// allocation pass.
void registerSafepointThinning(llvm::PassBuilder& builder);

// Whether instruction is a safepoint poll: the inline `testb` of the station's poll page
// (ModuleContext::emitSafepointPoll).
bool isSafepointPoll(const llvm::Instruction& instruction);

}  // namespace plurix::compiler::codegen
