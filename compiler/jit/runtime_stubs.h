// Stubs for the library functions LLVM emits calls to on its own (llvm.memcpy with a variable
// size, frem, …): each is a heap-resident function that loads its target from the station's
// runtime table and jumps there, so compiled code reaches no address outside the heap
// (invariant 2) and runs unchanged in any process that fills the table. Invariant: the list
// below is the whole policy: a module's undefined symbol is either defined by an earlier module
// of the same JIT or named here; anything else is refused.
#pragma once

#include <memory>
#include <span>
#include <string>
#include <string_view>

#include "runtime/entry/runtime_entry.h"

namespace llvm {
class DataLayout;
class LLVMContext;
class Module;
}  // namespace llvm

namespace plurix::compiler::jit {

struct RuntimeStub {
  const char* symbol;            // what LLVM calls: "memcpy"
  runtime::RuntimeEntry entry;   // the runtime table entry it jumps through
};

// Guarantees every libcall that has a stub.
std::span<const RuntimeStub> runtimeStubs();
bool isRuntimeStub(std::string_view symbol);

// Guarantees the address compiled code loads entry's target from.
uintptr_t runtimeTableSlot(runtime::RuntimeEntry entry);

// Requires context, layout and triple those of the JIT. Guarantees a module defining one stub
// per runtimeStubs() entry, each a tail jump through its table slot (no frame of its own).
std::unique_ptr<llvm::Module> buildRuntimeStubModule(llvm::LLVMContext& context, const llvm::DataLayout& layout,
                                                     const std::string& triple);

}  // namespace plurix::compiler::jit
