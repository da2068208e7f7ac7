// Compiles a checked program into the heap: loads every class (the object model, class_loader.h),
// emits one LLVM module holding every method, links it into the heap through the JIT, and fills
// the descriptors with the code's addresses. The result runs in this process and, from a heap
// image, in any other (nothing compiled refers outside the heap).
#pragma once
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <unordered_set>

#include "compiler/ast/ast.h"
#include "compiler/codegen/class_loader.h"
#include "compiler/jit/heap_jit.h"

namespace llvm {
class Module;
}

namespace plurix::compiler::codegen {

struct CompileStatistics {
  size_t classes = 0;
  size_t functions = 0;
  double loadMs = 0;      // laying out classes in the heap
  double emitMs = 0;      // building the LLVM IR
  double optimizeMs = 0;  // the IR pipeline
  double codegenMs = 0;   // machine code and linking
  uint64_t codeBytes = 0;
};

class ProgramCompiler {
 public:
  // Requires the runtime attached to heap (runtime/launch/runtime.h).
  explicit ProgramCompiler(heap::Heap& heap) : heap_(heap), loader_(heap) {}

  // Requires units checked without errors (FrontEnd::check). Guarantees every class of units
  // loaded and its code linked into the heap, or *error saying what failed. The standard
  // library's classes are compiled at libraryLevel in a module of their own (a quick start
  // for `plurix run`); an optimised program's module carries copies of the library methods it
  // calls, so that they still inline.
  bool compile(std::span<ast::CompilationUnit* const> units, jit::OptLevel level, jit::OptLevel libraryLevel,
               std::string* error);

  // As compile, but stops before linking and writes the LLVM IR as text into *ir (the code is
  // not linked, so nothing can run): `plurix run --emit-llvm`.
  bool emitIr(std::span<ast::CompilationUnit* const> units, std::string* ir, std::string* error);

  // Totals over every compile; libraryStatistics() the part of them spent on the standard
  // library's own module (zero when the library was compiled with the program).
  // A closed world: every class the program will ever have is in this compile (plurix run),
  // so methods nobody overrides are called directly. Off for compiles into a live heap that
  // may gain subclasses later.
  void setClosedWorld(bool closed) { closedWorld_ = closed; }

  // Compiles into a live heap (`plurix submit`, the shell): classes the heap holds already are
  // adopted, not loaded again (ClassLoader::setAdoptExisting), only the new ones are compiled,
  // into one module linked against the code already there; the world is open.
  void setLiveHeap(bool live) {
    live_ = live;
    loader_.setAdoptExisting(live);
    if (live) closedWorld_ = false;
  }
  // Requires jit from createJit on the same heap, alive while this compiler compiles. Guarantees
  // compiles link through it (a shell keeps one JIT over many inputs) instead of a JIT of its own.
  void useJit(jit::HeapJit* jit) { jit_ = jit; }
  // Guarantees every module this compiler links is handed to sink after its optimisation (the
  // JIT's setModuleSink), whichever JIT it links through.
  void setModuleSink(std::function<void(const llvm::Module&)> sink) { sink_ = std::move(sink); }
  // A JIT for this heap with the code generator's own passes in its pipeline, or null and *error.
  static std::unique_ptr<jit::HeapJit> createJit(heap::Heap& heap, std::string* error);

  const CompileStatistics& statistics() const { return statistics_; }
  const CompileStatistics& libraryStatistics() const { return libraryStatistics_; }
  ClassLoader& loader() { return loader_; }

 private:
  bool loadClasses(std::span<ast::CompilationUnit* const> units, std::vector<const sema::ClassSymbol*>* order,
                   std::string* error);
  // Fills module with the code of classes (and copies of inlinable's methods it calls).
  bool emitClasses(const std::vector<const sema::ClassSymbol*>& classes, llvm::Module& module,
                   const std::vector<const sema::ClassSymbol*>* inlinable, std::vector<jit::FunctionName>* names,
                   std::string* error);
  bool link(std::unique_ptr<llvm::Module> module, jit::OptLevel level, const std::vector<jit::FunctionName>& names,
            std::unordered_map<std::string, uintptr_t>* symbols, std::string* error);

  heap::Heap& heap_;
  ClassLoader loader_;
  bool compileLive(const std::vector<const sema::ClassSymbol*>& order, jit::OptLevel level, std::string* error);

  std::unique_ptr<jit::HeapJit> ownedJit_;
  jit::HeapJit* jit_ = nullptr;
  std::function<void(const llvm::Module&)> sink_;
  bool live_ = false;
  CompileStatistics statistics_;
  CompileStatistics libraryStatistics_;
  bool closedWorld_ = false;
  // Every class whose methods were emitted into a module so far (linked, or being emitted).
  std::unordered_set<const sema::ClassSymbol*> emitted_;
};

// The class whose `public static void main(String[])` a run starts: the first such class of
// the first unit that has one (as `java File.java` picks the first class of the file), or null.
const sema::ClassSymbol* findMainClass(std::span<ast::CompilationUnit* const> userUnits);

}  // namespace plurix::compiler::codegen
