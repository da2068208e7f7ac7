// The JIT that links compiled code straight into the heap: LLVM 16 ORC with JITLink, whose
// memory manager takes code and read-only data from the heap's RO (or SysRO) allocator and
// writable data from RW (DESIGN.md toolchain notes). Every symbol a module leaves undefined
// resolves to another module of this JIT or to a stub in the heap that jumps through the
// runtime table (memcpy, memmove, memset, fmod, fmodf): nothing linked here points outside the
// heap (invariants 1 and 2). Each linked module leaves a code map (runtime/object/code_map.h)
// built from the module's debug line table, so stack traces name methods and lines.
#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "heap/heap.h"

namespace llvm {
class DataLayout;
class PassBuilder;
class LLVMContext;
class Module;
class Triple;
class Error;
template <typename T>
class Expected;
}  // namespace llvm

namespace plurix::compiler::jit {

enum class OptLevel : uint8_t {
  kQuick,     // no IR optimisation, CodeGenOpt::None: for one-line units typed into the shell
  kOptimize,  // the O2 pipeline and CodeGenOpt::Default: programs and the standard library
};

// How a function of the module appears in stack traces (code_map.h).
struct FunctionName {
  std::string symbol;       // the LLVM function name
  std::string displayName;  // "Main.work"
  std::string sourceFile;   // "Main.java"
};

struct LinkedModule {
  std::unordered_map<std::string, uintptr_t> symbols;  // every symbol the module defines
  uint64_t codeBytes = 0;   // bytes of code and read-only data placed in the heap
  double optimizeMs = 0;    // time spent in the IR optimisation pipeline
  double codegenMs = 0;     // time spent generating machine code and linking
};

struct JitError {
  std::string message;
};

class HeapJit {
 public:
  // Requires the heap open in this process. Guarantees a JIT targeting the host (generic
  // x86-64 code, frame pointers kept) whose stubs are in the heap, or an error.
  static std::unique_ptr<HeapJit> create(heap::Heap& heap, std::string* error);
  virtual ~HeapJit() = default;

  // Modules must be built in this context with this layout and triple.
  virtual llvm::LLVMContext& context() = 0;
  virtual const llvm::DataLayout& dataLayout() const = 0;
  virtual std::string targetTriple() const = 0;

  // Optimizes module at level and links it into the heap: code and read-only data in codeKind
  // (kReadOnly or kSystemReadOnly), writable data in kReadWrite. Registers a code map for the
  // functions named in names. Guarantees the address of every symbol the module defines, or an
  // error naming what failed (an unresolved symbol, a full heap).
  virtual bool addModule(std::unique_ptr<llvm::Module> module, OptLevel level, heap::AllocatorKind codeKind,
                         const std::vector<FunctionName>& names, LinkedModule* out, std::string* error) = 0;

  // Requires addresses of code already in the heap (what earlier compiles linked). Guarantees
  // later modules' references to these names resolve to them; names this JIT linked itself
  // are left as they are.
  virtual bool defineExisting(const std::unordered_map<std::string, uintptr_t>& symbols, std::string* error) = 0;

  // With tracking on (txn/), the transaction tracker decides every heap page's protection and
  // opens a code page for execution at its first instruction fetch; linking then must not
  // change protections itself. Off by default: the JIT makes code pages executable.
  virtual void setExecutionByTracker(bool byTracker) = 0;

  // Lets the code generator add passes of its own to the kOptimize pipeline (it knows what the
  // runtime's entries mean; the JIT does not). Called on every PassBuilder kOptimize builds.
  virtual void setPipelineExtension(std::function<void(llvm::PassBuilder&)> extension) = 0;

  // Hands every module to sink as it goes to code generation, after the optimisation pipeline
  // of its level (`plurix run --emit-optimized-llvm`); an empty function stops it.
  virtual void setModuleSink(std::function<void(const llvm::Module&)> sink) = 0;
};

}  // namespace plurix::compiler::jit
