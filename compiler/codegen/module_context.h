// What every function of one LLVM module shares while the code generator fills it: the module,
// the class loader's layouts, Java types as LLVM types, method functions by symbol, the runtime
// table's entry points and debug info per source file. Addresses of heap objects (class
// descriptors, statics, interned strings) are emitted as constants: the heap maps at one
// address everywhere and these objects are pinned (invariant 1).
#pragma once
#include <map>
#include <memory>
#include <string>
#include <unordered_set>

#include <llvm/IR/DIBuilder.h>
#include <llvm/IR/IRBuilder.h>
#include <llvm/IR/Module.h>

#include "compiler/codegen/class_loader.h"
#include "runtime/entry/runtime_entry.h"

namespace plurix::compiler::codegen {

class ModuleContext {
 public:
  ModuleContext(llvm::LLVMContext& context, llvm::Module& module, ClassLoader& loader, heap::Heap& heap);

  llvm::LLVMContext& context() { return context_; }
  llvm::Module& module() { return module_; }
  ClassLoader& loader() { return loader_; }
  uintptr_t heapBase() const { return heapBase_; }
  // Every class that can ever be called from this module is loaded (plurix run): calls to
  // methods nobody overrides need no vtable. The shell, which adds classes to a live heap
  // later, must compile with this off.
  bool closedWorld() const { return closedWorld_; }
  void setClosedWorld(bool closed) { closedWorld_ = closed; }
  // The classes whose methods have code once this module is linked: its own and those of the
  // modules linked before it. A call may name another class's method directly only if its code
  // will be there (the library's module is linked before the program that overrides its methods).
  void setCodeClasses(const std::unordered_set<const sema::ClassSymbol*>* classes) { codeClasses_ = classes; }
  bool hasCode(const sema::ClassSymbol* cls) const { return codeClasses_ != nullptr && codeClasses_->count(cls) != 0; }

  // Java types: boolean is i1 as a value and i8 in memory; references are ptr.
  llvm::Type* valueType(const sema::Type* type);
  llvm::Type* memoryType(const sema::Type* type);
  llvm::FunctionType* methodType(const sema::MethodSymbol* method);
  // The function of a method, declared on first use (defined if the module emits its body).
  llvm::Function* function(const sema::MethodSymbol* method);
  llvm::Function* clinitFunction(const sema::ClassSymbol* cls);
  // The stub every vtable or itable slot of an abstract method points at.
  llvm::Function* abstractMethodStub();

  // Type-based alias analysis: an array's length, elements of each type, instance fields and
  // statics of each type live in memory that no access of another kind touches, so a store to
  // an element does not make the optimiser reload a length or a field.
  llvm::MDNode* accessTag(const std::string& kind);

  llvm::FunctionType* entryType(runtime::RuntimeEntry entry);
  llvm::Constant* address(uintptr_t value);
  llvm::Constant* address(const void* value) { return address(reinterpret_cast<uintptr_t>(value)); }
  llvm::Constant* pendingExceptionAddress();
  // Emits a safepoint poll at the builder's position: a read of the station's poll page, which
  // the transaction machinery takes away to stop the running transaction (txn/transaction.h).
  // An inline-assembly read the optimiser may neither drop nor hoist, but which it knows touches
  // no memory of the program, so that loads around it still move and fold.
  void emitSafepointPoll(llvm::IRBuilder<>& builder);
  llvm::Constant* runtimeTableSlot(uint32_t index);

  // Debug info: one compile unit per source file; a subprogram per function.
  llvm::DISubprogram* subprogram(const ast::CompilationUnit* unit, llvm::Function* fn, const std::string& name,
                                 unsigned line);
  void finalizeDebugInfo();

  // Names of the functions for the code map (stack traces).
  struct Named {
    std::string symbol;
    std::string displayName;
    std::string sourceFile;
  };
  std::vector<Named>& names() { return names_; }

 private:
  struct FileDebug {
    std::unique_ptr<llvm::DIBuilder> builder;
    llvm::DICompileUnit* unit = nullptr;
    llvm::DIFile* file = nullptr;
  };
  llvm::LLVMContext& context_;
  llvm::Module& module_;
  ClassLoader& loader_;
  uintptr_t heapBase_;
  llvm::Function* abstractStub_ = nullptr;
  bool closedWorld_ = false;
  const std::unordered_set<const sema::ClassSymbol*>* codeClasses_ = nullptr;
  std::map<const ast::CompilationUnit*, FileDebug> debug_;
  std::vector<Named> names_;
  llvm::MDNode* tbaaRoot_ = nullptr;
  std::map<std::string, llvm::MDNode*> tags_;
};

}  // namespace plurix::compiler::codegen
