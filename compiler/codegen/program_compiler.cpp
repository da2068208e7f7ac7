#include "compiler/codegen/program_compiler.h"

#include <chrono>
#include <functional>

#include <llvm/IR/Verifier.h>
#include <llvm/Support/raw_ostream.h>

#include "compiler/codegen/bounds_check_versioning.h"
#include "compiler/codegen/function_emitter.h"
#include "compiler/codegen/java_names.h"
#include "compiler/codegen/safepoint_thinning.h"
#include "compiler/codegen/short_loop_polls.h"
#include "compiler/codegen/stack_allocation.h"

namespace plurix::compiler::codegen {

namespace {

double millisecondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

void collectClasses(const sema::ClassSymbol* cls, std::vector<const sema::ClassSymbol*>& out) {
  out.push_back(cls);
  for (const sema::ClassSymbol* nested : cls->nestedClasses) collectClasses(nested, out);
}

// Superclasses and superinterfaces before the classes that extend them.
std::vector<const sema::ClassSymbol*> loadOrder(const std::vector<const sema::ClassSymbol*>& classes) {
  std::vector<const sema::ClassSymbol*> order;
  std::unordered_map<const sema::ClassSymbol*, bool> seen;
  std::function<void(const sema::ClassSymbol*)> visit = [&](const sema::ClassSymbol* cls) {
    if (seen[cls]) return;
    seen[cls] = true;
    if (cls->superclass != nullptr) visit(cls->superclass);
    for (const sema::ClassSymbol* iface : cls->interfaces) visit(iface);
    order.push_back(cls);
  };
  // java.lang.Object, String, char[]'s needs and Class first: literals and Class objects need them.
  for (const sema::ClassSymbol* cls : classes) {
    if (cls->qualifiedName == "java.lang.Object" || cls->qualifiedName == "java.lang.Class" ||
        cls->qualifiedName == "java.lang.String") {
      visit(cls);
    }
  }
  for (const sema::ClassSymbol* cls : classes) visit(cls);
  return order;
}

}  // namespace

const sema::ClassSymbol* findMainClass(std::span<ast::CompilationUnit* const> userUnits) {
  for (const ast::CompilationUnit* unit : userUnits) {
    std::vector<const sema::ClassSymbol*> classes;
    for (const auto& type : unit->types) {
      if (type->symbol != nullptr) collectClasses(type->symbol, classes);
    }
    for (const sema::ClassSymbol* cls : classes) {
      for (const sema::MethodSymbol* method : cls->methods) {
        if (method->isStatic() && methodKey(method) == "main([Ljava/lang/String;)V") return cls;
      }
    }
  }
  return nullptr;
}

bool ProgramCompiler::loadClasses(std::span<ast::CompilationUnit* const> units,
                                  std::vector<const sema::ClassSymbol*>* order, std::string* error) {
  auto start = std::chrono::steady_clock::now();
  std::vector<const sema::ClassSymbol*> classes;
  for (const ast::CompilationUnit* unit : units) {
    for (const auto& type : unit->types) {
      if (type->symbol != nullptr) collectClasses(type->symbol, classes);
    }
  }
  for (const sema::ClassSymbol* cls : loadOrder(classes)) {
    if (!loader_.isLoaded(cls)) order->push_back(cls);
  }
  if (!loader_.load(*order, error)) return false;
  // Arrays the runtime itself makes: strings' chars, stack traces, main's arguments.
  for (const char* name : {"[C", "[J", "[I", "[B", "[Ljava.lang.String;", "[Ljava.lang.Object;"}) {
    if (loader_.arrayClass(name, error) == nullptr) return false;
  }
  statistics_.classes += order->size();
  statistics_.loadMs += millisecondsSince(start);
  return true;
}

bool ProgramCompiler::emitClasses(const std::vector<const sema::ClassSymbol*>& classes, llvm::Module& module,
                                  const std::vector<const sema::ClassSymbol*>* inlinable,
                                  std::vector<jit::FunctionName>* names, std::string* error) {
  auto start = std::chrono::steady_clock::now();
  ModuleContext context(module.getContext(), module, loader_, heap_);
  context.setClosedWorld(closedWorld_);
  emitted_.insert(classes.begin(), classes.end());
  context.setCodeClasses(&emitted_);
  context.abstractMethodStub();
  auto emit = [&](const sema::ClassSymbol* cls, const sema::MethodSymbol* method) {
    FunctionEmitter emitter(context, cls, cls->unit);
    if (emitter.emitMethod(method, error)) return true;
    *error = methodSymbol(method) + ": " + *error;
    return false;
  };
  for (const sema::ClassSymbol* cls : classes) {
    for (const sema::MethodSymbol* method : cls->methods) {
      if (method->isAbstract()) continue;
      if (!emit(cls, method)) return false;
      ++statistics_.functions;
    }
    if (loader_.layout(cls).hasClinit) {
      FunctionEmitter emitter(context, cls, cls->unit);
      if (!emitter.emitClinit(error)) return false;
      ++statistics_.functions;
    }
  }
  size_t named = context.names().size();
  if (inlinable != nullptr) {
    // Copies of the methods of another module this one calls, for the optimiser to inline
    // (Math.sqrt, String.charAt, ...): available_externally, so a copy not inlined is dropped
    // and the call links to the other module's code.
    std::unordered_map<std::string, std::pair<const sema::ClassSymbol*, const sema::MethodSymbol*>> bySymbol;
    for (const sema::ClassSymbol* cls : *inlinable) {
      for (const sema::MethodSymbol* method : cls->methods) {
        if (!method->isAbstract()) bySymbol[methodSymbol(method)] = {cls, method};
      }
    }
    std::vector<llvm::Function*> declared;
    for (llvm::Function& fn : module.functions()) {
      if (fn.isDeclaration() && bySymbol.count(fn.getName().str()) != 0) declared.push_back(&fn);
    }
    for (llvm::Function* fn : declared) {
      auto [cls, method] = bySymbol.at(fn->getName().str());
      if (!emit(cls, method)) return false;
      fn->setLinkage(llvm::GlobalValue::AvailableExternallyLinkage);
    }
  }
  context.finalizeDebugInfo();
  std::string problems;
  llvm::raw_string_ostream stream(problems);
  if (llvm::verifyModule(module, &stream)) {
    *error = "internal error: the generated code is malformed: " + problems.substr(0, 2000);
    return false;
  }
  statistics_.emitMs += millisecondsSince(start);
  for (size_t i = 0; i < named; ++i) {
    const auto& name = context.names()[i];
    names->push_back(jit::FunctionName{name.symbol, name.displayName, name.sourceFile});
  }
  return true;
}

bool ProgramCompiler::link(std::unique_ptr<llvm::Module> module, jit::OptLevel level,
                           const std::vector<jit::FunctionName>& names,
                           std::unordered_map<std::string, uintptr_t>* symbols, std::string* error) {
  jit::LinkedModule linked;
  if (!jit_->addModule(std::move(module), level, heap::AllocatorKind::kReadOnly, names, &linked, error)) return false;
  statistics_.optimizeMs += linked.optimizeMs;
  statistics_.codegenMs += linked.codegenMs;
  statistics_.codeBytes += linked.codeBytes;
  symbols->insert(linked.symbols.begin(), linked.symbols.end());
  return true;
}

bool ProgramCompiler::emitIr(std::span<ast::CompilationUnit* const> units, std::string* ir, std::string* error) {
  llvm::LLVMContext context;
  llvm::Module module("plurix.program", context);
  std::vector<jit::FunctionName> names;
  std::vector<const sema::ClassSymbol*> order;
  if (!loadClasses(units, &order, error) || !emitClasses(order, module, nullptr, &names, error)) return false;
  llvm::raw_string_ostream stream(*ir);
  module.print(stream, nullptr);
  return true;
}

std::unique_ptr<jit::HeapJit> ProgramCompiler::createJit(heap::Heap& heap, std::string* error) {
  std::unique_ptr<jit::HeapJit> jit = jit::HeapJit::create(heap, error);
  if (jit == nullptr) return nullptr;
  uintptr_t heapBase = heap.base();
  jit->setPipelineExtension([heapBase](llvm::PassBuilder& builder) {
    registerStackAllocation(builder, heapBase);
    registerArrayLoopPasses(builder);
    registerShortLoopPolls(builder);
    registerSafepointThinning(builder);
  });
  return jit;
}

bool ProgramCompiler::compileLive(const std::vector<const sema::ClassSymbol*>& order, jit::OptLevel level,
                                  std::string* error) {
  std::vector<const sema::ClassSymbol*> adopted;
  std::vector<const sema::ClassSymbol*> fresh;
  for (const sema::ClassSymbol* cls : order) (loader_.layout(cls).adopted ? adopted : fresh).push_back(cls);
  if (fresh.empty()) return true;
  auto module = std::make_unique<llvm::Module>("plurix.live", jit_->context());
  module->setDataLayout(jit_->dataLayout());
  module->setTargetTriple(jit_->targetTriple());
  std::vector<jit::FunctionName> names;
  const auto* inlinable = level == jit::OptLevel::kOptimize ? &adopted : nullptr;
  emitted_.insert(adopted.begin(), adopted.end());  // their code is in the heap (adoptedSymbols)
  if (!emitClasses(fresh, *module, inlinable, &names, error)) return false;
  // The new code calls into classes every station runs already: their code is in the heap.
  std::unordered_map<std::string, uintptr_t> existing;
  loader_.adoptedSymbols(&existing);
  std::unordered_map<std::string, uintptr_t> needed;
  for (const llvm::Function& fn : module->functions()) {
    auto found = existing.find(fn.getName().str());
    if ((fn.isDeclaration() || fn.hasAvailableExternallyLinkage()) && found != existing.end()) needed.insert(*found);
  }
  std::unordered_map<std::string, uintptr_t> symbols;
  if (!jit_->defineExisting(needed, error) || !link(std::move(module), level, names, &symbols, error)) return false;
  symbols.insert(existing.begin(), existing.end());  // inherited methods fill the new vtables
  auto stub = symbols.find("plurix.abstractMethod");
  if (stub == symbols.end()) {
    *error = "internal error: the abstract-method stub was not linked";
    return false;
  }
  statistics_.classes -= adopted.size();
  return loader_.finish(symbols, stub->second, error);
}

bool ProgramCompiler::compile(std::span<ast::CompilationUnit* const> units, jit::OptLevel level,
                              jit::OptLevel libraryLevel, std::string* error) {
  if (jit_ == nullptr) {
    ownedJit_ = createJit(heap_, error);
    if (ownedJit_ == nullptr) return false;
    jit_ = ownedJit_.get();
  }
  if (sink_) jit_->setModuleSink(sink_);
  std::vector<const sema::ClassSymbol*> order;
  if (!loadClasses(units, &order, error)) return false;
  if (live_) return compileLive(order, level, error);
  std::vector<const sema::ClassSymbol*> library;
  std::vector<const sema::ClassSymbol*> user;
  for (const sema::ClassSymbol* cls : order) {
    (cls->unit != nullptr && cls->unit->isLibrary ? library : user).push_back(cls);
  }
  auto newModule = [&](const char* name) {
    auto module = std::make_unique<llvm::Module>(name, jit_->context());
    module->setDataLayout(jit_->dataLayout());
    module->setTargetTriple(jit_->targetTriple());
    return module;
  };
  std::unordered_map<std::string, uintptr_t> symbols;
  if (library.empty() || user.empty()) {
    auto module = newModule("plurix.program");
    std::vector<jit::FunctionName> names;
    if (!emitClasses(order, *module, nullptr, &names, error) || !link(std::move(module), level, names, &symbols, error)) {
      return false;
    }
  } else {
    auto libraryModule = newModule("plurix.library");
    std::vector<jit::FunctionName> libraryNames;
    if (!emitClasses(library, *libraryModule, nullptr, &libraryNames, error) ||
        !link(std::move(libraryModule), libraryLevel, libraryNames, &symbols, error)) {
      return false;
    }
    libraryStatistics_ = statistics_;
    libraryStatistics_.classes = library.size();
    auto userModule = newModule("plurix.program");
    std::vector<jit::FunctionName> userNames;
    const auto* inlinable = level == jit::OptLevel::kOptimize ? &library : nullptr;
    if (!emitClasses(user, *userModule, inlinable, &userNames, error) ||
        !link(std::move(userModule), level, userNames, &symbols, error)) {
      return false;
    }
  }
  auto stub = symbols.find("plurix.abstractMethod");
  if (stub == symbols.end()) {
    *error = "internal error: the abstract-method stub was not linked";
    return false;
  }
  return loader_.finish(symbols, stub->second, error);
}

}  // namespace plurix::compiler::codegen
