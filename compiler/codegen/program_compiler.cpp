#include "compiler/codegen/program_compiler.h"

#include <chrono>
#include <functional>

#include <llvm/IR/Verifier.h>
#include <llvm/Support/raw_ostream.h>

#include "compiler/codegen/function_emitter.h"
#include "compiler/codegen/java_names.h"

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

bool ProgramCompiler::emitModule(std::span<ast::CompilationUnit* const> units, llvm::Module& module,
                                 std::vector<jit::FunctionName>* names, std::string* error) {
  auto start = std::chrono::steady_clock::now();
  std::vector<const sema::ClassSymbol*> classes;
  for (const ast::CompilationUnit* unit : units) {
    for (const auto& type : unit->types) {
      if (type->symbol != nullptr) collectClasses(type->symbol, classes);
    }
  }
  std::vector<const sema::ClassSymbol*> order = loadOrder(classes);
  if (!loader_.load(order, error)) return false;
  // Arrays the runtime itself makes: strings' chars, stack traces, main's arguments.
  for (const char* name : {"[C", "[J", "[I", "[B", "[Ljava.lang.String;", "[Ljava.lang.Object;"}) {
    if (loader_.arrayClass(name, error) == nullptr) return false;
  }
  statistics_.classes += order.size();
  statistics_.loadMs += millisecondsSince(start);

  start = std::chrono::steady_clock::now();
  ModuleContext context(module.getContext(), module, loader_, heap_);
  context.abstractMethodStub();
  for (const sema::ClassSymbol* cls : order) {
    for (const sema::MethodSymbol* method : cls->methods) {
      if (method->isAbstract()) continue;
      FunctionEmitter emitter(context, cls, cls->unit);
      if (!emitter.emitMethod(method, error)) {
        *error = methodSymbol(method) + ": " + *error;
        return false;
      }
      ++statistics_.functions;
    }
    if (loader_.layout(cls).hasClinit) {
      FunctionEmitter emitter(context, cls, cls->unit);
      if (!emitter.emitClinit(error)) return false;
      ++statistics_.functions;
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
  for (const auto& named : context.names()) names->push_back(jit::FunctionName{named.symbol, named.displayName, named.sourceFile});
  return true;
}

bool ProgramCompiler::emitIr(std::span<ast::CompilationUnit* const> units, std::string* ir, std::string* error) {
  llvm::LLVMContext context;
  llvm::Module module("plurix.program", context);
  std::vector<jit::FunctionName> names;
  if (!emitModule(units, module, &names, error)) return false;
  llvm::raw_string_ostream stream(*ir);
  module.print(stream, nullptr);
  return true;
}

bool ProgramCompiler::compile(std::span<ast::CompilationUnit* const> units, jit::OptLevel level, std::string* error) {
  if (jit_ == nullptr) {
    jit_ = jit::HeapJit::create(heap_, error);
    if (jit_ == nullptr) return false;
  }
  auto module = std::make_unique<llvm::Module>("plurix.program", jit_->context());
  module->setDataLayout(jit_->dataLayout());
  module->setTargetTriple(jit_->targetTriple());
  std::vector<jit::FunctionName> names;
  if (!emitModule(units, *module, &names, error)) return false;
  jit::LinkedModule linked;
  if (!jit_->addModule(std::move(module), level, heap::AllocatorKind::kReadOnly, names, &linked, error)) return false;
  statistics_.optimizeMs += linked.optimizeMs;
  statistics_.codegenMs += linked.codegenMs;
  statistics_.codeBytes += linked.codeBytes;
  auto stub = linked.symbols.find("plurix.abstractMethod");
  if (stub == linked.symbols.end()) {
    *error = "internal error: the abstract-method stub was not linked";
    return false;
  }
  return loader_.finish(linked.symbols, stub->second, error);
}

}  // namespace plurix::compiler::codegen
