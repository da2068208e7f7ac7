#include "compiler/live/live_compiler.h"

#include <cctype>
#include <chrono>
#include <cstdint>
#include <unordered_map>

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

// Whether text uses name as a word (an identifier, not part of a longer one).
bool mentions(const std::string& text, const std::string& name) {
  auto identifier = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_' || c == '$'; };
  for (size_t at = text.find(name); at != std::string::npos; at = text.find(name, at + 1)) {
    bool before = at > 0 && identifier(text[at - 1]);
    bool after = at + name.size() < text.size() && identifier(text[at + name.size()]);
    if (!before && !after) return true;
  }
  return false;
}

struct CompileStep {
  heap::Heap* heap;
  FrontEnd* frontEnd;
  const std::vector<SourceUnit>* fresh;
  const std::vector<size_t>* replacing;  // per fresh unit: the heap unit it replaces, or SIZE_MAX
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
  std::vector<SourceUnit> added;
  for (size_t i = 0; i < step->fresh->size(); ++i) {
    if ((*step->replacing)[i] == SIZE_MAX) {
      added.push_back((*step->fresh)[i]);
      continue;
    }
    platform::Status replaced = replaceSource(*step->heap, (*step->replacing)[i], (*step->fresh)[i]);
    if (!replaced.isOk()) giveUp(step, replaced.message());
  }
  platform::Status kept = appendSources(*step->heap, added);
  if (!kept.isOk()) giveUp(step, kept.message());
}

}  // namespace

LiveCompiler::~LiveCompiler() = default;

bool LiveCompiler::compile(const std::vector<SourceUnit>& units, const LiveOptions& options, std::ostream& diagnostics,
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
    std::vector<SourceUnit> fresh;
    std::vector<size_t> replacing;  // per fresh unit
    std::vector<bool> replaced(snapshot.units.size(), false);
    std::vector<size_t> requested;  // per unit asked for: the heap unit it equals, or SIZE_MAX
    for (const SourceUnit& unit : units) {
      size_t same = SIZE_MAX;
      size_t sameName = SIZE_MAX;
      for (size_t i = 0; i < snapshot.units.size(); ++i) {
        if (baseName(snapshot.units[i].path) != baseName(unit.path)) continue;
        sameName = i;
        if (snapshot.units[i].text == unit.text) same = i;
      }
      requested.push_back(same);
      if (same != SIZE_MAX) continue;
      bool replaces = options.replace && unit.keep && sameName != SIZE_MAX;
      replacing.push_back(replaces ? sameName : SIZE_MAX);
      if (replaces) replaced[sameName] = true;
      fresh.push_back(unit);
    }
    std::vector<size_t> heapIndex(snapshot.units.size(), SIZE_MAX);  // its index in userUnits, if checked
    size_t checked = 0;
    for (size_t i = 0; i < snapshot.units.size(); ++i) {
      if (replaced[i]) continue;
      heapIndex[i] = checked++;
      frontEnd.addSource("heap/" + baseName(snapshot.units[i].path), snapshot.units[i].text);
    }
    // A replaced unit's class is named after its file: refuse at once while another unit uses it
    // (checking first would only report that unit's errors against the new class).
    for (size_t i = 0; i < fresh.size(); ++i) {
      if (replacing[i] == SIZE_MAX) continue;
      std::string name = baseName(fresh[i].path);
      name = name.substr(0, name.rfind('.'));
      for (size_t other = 0; other < snapshot.units.size(); ++other) {
        if (replaced[other] || !mentions(snapshot.units[other].text, name)) continue;
        diagnostics << "cannot replace class " << name << ": " << baseName(snapshot.units[other].path)
                    << ", compiled into the heap before, uses it; give the new class another name\n";
        return false;
      }
    }
    for (const SourceUnit& unit : fresh) frontEnd.addSource(unit.path, unit.text);
    bool clean = frontEnd.check();
    if (options.inspect) options.inspect(frontEnd);
    if (options.render) {
      options.render(frontEnd, diagnostics);
    } else {
      frontEnd.diagnostics().render(diagnostics, frontEnd.sources());
    }
    result->checkMs = millisecondsSince(checkStart);
    if (!clean) return false;
    size_t firstFresh = frontEnd.userUnits().size() - fresh.size();
    std::unordered_map<std::string, bool> replacedNames;
    for (size_t i = 0; i < fresh.size(); ++i) {
      if (replacing[i] == SIZE_MAX) continue;
      std::vector<std::string> names;
      for (const auto& type : frontEnd.userUnits()[firstFresh + i]->types) {
        if (type->symbol != nullptr) collectNames(type->symbol, names);
      }
      for (const std::string& name : names) {
        replacedNames[name] = true;
        for (size_t other = 0; other < snapshot.units.size(); ++other) {
          if (replaced[other] || !mentions(snapshot.units[other].text, name)) continue;
          diagnostics << "cannot replace class " << name << ": " << baseName(snapshot.units[other].path)
                      << ", compiled into the heap before, uses it; give the new class another name\n";
          return false;
        }
      }
    }
    if (options.checkOnly) return true;
    std::vector<ast::CompilationUnit*> asked;
    size_t nextFresh = firstFresh;
    for (size_t same : requested) {
      asked.push_back(frontEnd.userUnits()[same != SIZE_MAX ? heapIndex[same] : nextFresh++]);
    }
    if (const sema::ClassSymbol* main = codegen::findMainClass(asked)) result->mainClass = codegen::binaryName(main);
    for (size_t i = firstFresh; i < frontEnd.userUnits().size(); ++i) {
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
    compiler.loader().setReplaced(replacedNames);
    // This process's JIT linked the replaced classes' symbols under the same names: link anew.
    if (!replacedNames.empty()) jit_.reset();
    CompileStep step{&heap_, &frontEnd, &fresh, &replacing, snapshot.units.size(), options.level, &jit_, &compiler, {},
                     false};
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
