// Scalar replacement of objects that never leave their method: after inlining, a `new` whose
// result is only read and written through (never stored anywhere, passed to a call, returned,
// or merged with another pointer) becomes a stack object — header and zeroed fields in the
// function's frame — which SROA then dissolves into registers. The ray tracer's temporary
// vectors are the case in point. The object is never seen by the heap: it has no backchain,
// is never on the zero list and never counts as an allocation.
#pragma once
#include <cstdint>

namespace llvm {
class PassBuilder;
}

namespace plurix::compiler::codegen {

// Adds the pass late in the function simplification pipeline of builder (a function that gains
// stack objects is cleaned up at once by SROA, GVN and instcombine). heapBase is the heap
// compiled code runs in: the pass reads the class descriptors the allocations name.
void registerStackAllocation(llvm::PassBuilder& builder, uintptr_t heapBase);

}  // namespace plurix::compiler::codegen
