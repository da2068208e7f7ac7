#include "compiler/live/live_compiler.h"

#include <chrono>

#include "compiler/codegen/java_names.h"
#include "compiler/codegen/program_compiler.h"
#include "compiler/front_end.h"
#include "txn/transaction.h"

namespace plurix::compiler::live {

namespace {

constexpr int kMaxAttempts = 20;  // a compile redone because other stations changed the heap meanwhile

double millisecondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

std::string baseName(const std::string& path) { return path.substr(path.rfind('/') + 1); }

void collectNames(const sema::ClassSymbol* cls, std::vector<std::string>& out) {
  out.push_back(codegen::binaryName(cls));
  for (const sema::ClassSymbol* nested : cls->nestedClasses) collectNames(nested, out);
}

struct Snapshot {
  heap::Heap* heap;
  std::vector<SourceUnit> units;
  std::string error;
};

// Reads what the heap holds (a transaction of its own: the sources may be on other stations).
void takeSnapshot(void* argument) {
  auto* snapshot = static_cast<Snapshot*>(argument);
  snapshot->units.clear();
  snapshot->error.clear();
  if (!libraryMatches(*snapshot->heap, &snapshot->error)) return;
  snapshot->units = loadSources(*snapshot->heap);
}

struct CompileStep {
  heap::Heap* heap;
  FrontEnd* frontEnd;
  const std::vector<SourceUnit>* fresh;
  size_t knownUnits;
  jit::OptLevel level;
  std::unique_ptr<jit::HeapJit>* jit;
  codegen::ProgramCompiler* compiler;
  std::string error;
  bool changed = false;
};

[[noreturn]] void giveUp(CompileStep* step, std::string error) {
  step->error = std::move(error);
  txn::abortTransaction(txn::AbortReason::kException);
}

void compileStep(void* argument) {
  auto* step = static_cast<CompileStep*>(argument);
  step->error.clear();
  step->changed = false;
  if (loadSources(*step->heap).size() != step->knownUnits) {
    step->changed = true;
    giveUp(step, "another compile changed the heap meanwhile");
  }
  std::string error;
  if (*step->jit == nullptr) {
    *step->jit = codegen::ProgramCompiler::createJit(*step->heap, &error);
    if (*step->jit == nullptr) giveUp(step, error);
  }
  (*step->jit)->setExecutionByTracker(txn::trackingOn());
  step->compiler->useJit(step->jit->get());
  step->compiler->setLiveHeap(true);
  if (!step->compiler->compile(step->frontEnd->allUnits(), step->level, step->level, &error)) giveUp(step, error);
  platform::Status kept = appendSources(*step->heap, *step->fresh);
  if (!kept.isOk()) giveUp(step, kept.message());
}

}  // namespace

LiveCompiler::~LiveCompiler() = default;

bool LiveCompiler::compile(const std::vector<SourceUnit>& units, jit::OptLevel level, std::ostream& diagnostics,
                           LiveResult* result) {
  *result = LiveResult{};
  for (int attempt = 0; attempt < kMaxAttempts; ++attempt) {
    auto checkStart = std::chrono::steady_clock::now();
    Snapshot snapshot{&heap_, {}, {}};
    platform::Result<txn::Outcome> read = txn::runTransaction(&takeSnapshot, &snapshot);
    if (!read.isOk() || !read.value().committed) {
      if (read.isOk() && read.value().reason == txn::AbortReason::kConflict) continue;
      diagnostics << "cannot read the heap's sources: "
                  << (read.isOk() ? txn::abortReasonName(read.value().reason) : read.status().message()) << "\n";
      return false;
    }
    if (!snapshot.error.empty()) {
      diagnostics << snapshot.error << "\n";
      return false;
    }
    // The heap's units first (named so that a clash with one of them says where it is), then the
    // new ones; a new unit the heap holds word for word is not compiled again.
    FrontEnd frontEnd;
    for (const SourceUnit& kept : snapshot.units) frontEnd.addSource("heap/" + baseName(kept.path), kept.text);
    std::vector<SourceUnit> fresh;
    std::vector<size_t> requested;  // index in userUnits of each unit asked for
    for (const SourceUnit& unit : units) {
      size_t same = snapshot.units.size();
      for (size_t i = 0; i < snapshot.units.size(); ++i) {
        if (baseName(snapshot.units[i].path) == baseName(unit.path) && snapshot.units[i].text == unit.text) same = i;
      }
      if (same < snapshot.units.size()) {
        requested.push_back(same);
        continue;
      }
      requested.push_back(snapshot.units.size() + fresh.size());
      fresh.push_back(unit);
      frontEnd.addSource(unit.path, unit.text);
    }
    bool clean = frontEnd.check();
    frontEnd.diagnostics().render(diagnostics, frontEnd.sources());
    if (!clean) return false;
    std::vector<ast::CompilationUnit*> asked;
    for (size_t index : requested) asked.push_back(frontEnd.userUnits()[index]);
    if (const sema::ClassSymbol* main = codegen::findMainClass(asked)) result->mainClass = codegen::binaryName(main);
    for (size_t i = snapshot.units.size(); i < frontEnd.userUnits().size(); ++i) {
      for (const auto& type : frontEnd.userUnits()[i]->types) {
        if (type->symbol != nullptr) collectNames(type->symbol, result->newClasses);
      }
    }
    result->checkMs = millisecondsSince(checkStart);
    if (fresh.empty()) {
      result->unchanged = true;
      return true;
    }

    auto compileStart = std::chrono::steady_clock::now();
    codegen::ProgramCompiler compiler(heap_);
    CompileStep step{&heap_, &frontEnd, &fresh, snapshot.units.size(), level, &jit_, &compiler, {}, false};
    txn::reserveCommitRight();
    platform::Result<txn::Outcome> ran = txn::runTransaction(&compileStep, &step);
    result->compileMs = millisecondsSince(compileStart);
    if (ran.isOk() && ran.value().committed) return true;
    // The JIT thinks it linked what the abort took back out of the heap: start a new one.
    jit_.reset();
    if (!ran.isOk()) {
      diagnostics << "cannot compile into the heap: " << ran.status().message() << "\n";
      return false;
    }
    txn::AbortReason reason = ran.value().reason;
    if (reason == txn::AbortReason::kConflict || reason == txn::AbortReason::kInjected || step.changed) {
      result->newClasses.clear();
      result->mainClass.clear();
      continue;
    }
    if (reason == txn::AbortReason::kException) {
      diagnostics << step.error << "\n";
    } else {
      diagnostics << "internal error: compiling into the heap aborted (" << txn::abortReasonName(reason) << ")\n";
    }
    return false;
  }
  diagnostics << "cannot compile into the heap: other stations kept changing it (" << kMaxAttempts
              << " attempts)\n";
  return false;
}

}  // namespace plurix::compiler::live
