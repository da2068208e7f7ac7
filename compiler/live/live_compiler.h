// Compiling into a live heap: what `plurix submit` and the shell do. The new sources are checked
// together with the standard library and every unit the heap holds already (heap_sources.h);
// the classes already there are adopted, only the new ones compiled, and the code linked into
// the heap in one transaction that also keeps the new sources. On a cluster that transaction
// commits like any other, so the classes exist for every station at once (DESIGN.md invariant 1).
// Invariant: a failed compile leaves the heap as it was.
#pragma once
#include <functional>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "compiler/jit/heap_jit.h"
#include "compiler/live/heap_sources.h"
#include "heap/heap.h"

namespace plurix::compiler {
class FrontEnd;
}

namespace plurix::compiler::live {

struct LiveOptions {
  jit::OptLevel level = jit::OptLevel::kOptimize;
  // A kept unit with the file name of one in the heap but another text replaces it (the shell's
  // re-declaration of a class): its classes are compiled anew and the heap's class names name
  // the new ones. Refused, with the reason, while another unit in the heap mentions one of them.
  bool replace = false;
  // Stop after checking (nothing is compiled or kept): the shell asks the checked tree what an
  // expression's type is.
  bool checkOnly = false;
  // Called with the checked program, with or without errors, before anything is compiled (the
  // units asked for are the last of userUnits()).
  std::function<void(FrontEnd&)> inspect;
  // Writes the diagnostics of a check (default: the front end's file:line:col form with carets).
  std::function<void(FrontEnd&, std::ostream&)> render;
};

struct LiveResult {
  std::vector<std::string> newClasses;  // binary names of the classes compiled now
  std::string mainClass;                // the first new class with a main, or empty
  bool unchanged = false;               // every unit was in the heap already, word for word
  double checkMs = 0;                   // parsing and checking (outside the transaction)
  double compileMs = 0;                 // the compiling transaction, commit included
};

class LiveCompiler {
 public:
  // Requires the runtime attached to heap and transactions started (txn::startTransactions or
  // a joined station's startJoinedTransactions), no transaction open.
  explicit LiveCompiler(heap::Heap& heap) : heap_(heap) {}
  ~LiveCompiler();

  // Guarantees units compiled into the heap at options.level and the kept ones kept there, or false with the
  // diagnostics (the front end's, with file, line and caret) or the reason written to
  // diagnostics and the heap unchanged. A unit whose file name and text equal one in the heap is
  // not compiled again. Holds the right to commit while it compiles (txn::reserveCommitRight),
  // so that no other station's commit can doom it halfway through linking.
  bool compile(const std::vector<SourceUnit>& units, const LiveOptions& options, std::ostream& diagnostics,
               LiveResult* result);

 private:
  heap::Heap& heap_;
  std::unique_ptr<jit::HeapJit> jit_;  // kept over compiles; dropped when a compile aborted
};

}  // namespace plurix::compiler::live
