#include "shell/session.h"

#include <algorithm>
#include <chrono>
#include <cinttypes>
#include <cstdio>
#include <regex>
#include <sstream>

#include "compiler/ast/ast.h"
#include "compiler/front_end.h"
#include "compiler/live/heap_sources.h"
#include "compiler/sema/symbols.h"
#include "compiler/sema/types.h"
#include "runtime/entry/entries.h"
#include "runtime/entry/exceptions.h"
#include "runtime/launch/runtime.h"
#include "runtime/natives/console_output.h"
#include "txn/transaction.h"

namespace plurix::shell {

namespace {

namespace ast = compiler::ast;
namespace live = compiler::live;

constexpr const char* kHeadName = "plurix.shell.head";
constexpr int kAttempts = 20;
constexpr uint32_t kStaticWidth = 7;  // "static "  // inputs redone because another shell moved the head meanwhile

double millisecondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

// The type as source text names it everywhere (qualified), for the field that keeps a value.
std::string sourceTypeName(const compiler::sema::Type* type) {
  if (type->isNull()) return "Object";
  if (type->isArray()) return sourceTypeName(type->elementType()) + "[]";
  if (type->isClass()) return type->classSymbol()->qualifiedName;
  return type->name();
}

struct HeadRead {
  heap::Heap* heap;
  std::string head;
};

struct RunStep {
  heap::Heap* heap;
  const std::string* className;
  const std::string* expectedHead;
  bool advance;
  std::string display;
  std::string failure;
  bool headMoved = false;
};

[[noreturn]] void fail(RunStep* step, std::string failure) {
  step->failure = std::move(failure);
  txn::abortTransaction(txn::AbortReason::kException);
}

void runStep(void* argument) {
  auto* step = static_cast<RunStep*>(argument);
  step->display.clear();
  step->failure.clear();
  step->headMoved = false;
  runtime::ConsoleMark mark = runtime::consoleMark();
  if (live::loadNamedText(*step->heap, kHeadName) != *step->expectedHead) {
    step->headMoved = true;
    fail(step, "");
  }
  if (step->advance) {
    platform::Status kept = live::keepNamedText(*step->heap, kHeadName, *step->className);
    if (!kept.isOk()) fail(step, std::string(kept.message()) + "\n");
  }
  runtime::enterCluster();  // STATION names this station's Station, as in a program's main
  const runtime::ClassInfo* info = runtime::findClass(*step->className);
  const runtime::MethodEntry* entry =
      info != nullptr ? runtime::findDeclaredMethod(info, "$run()Ljava/lang/String;") : nullptr;
  if (entry == nullptr || entry->code == nullptr) fail(step, "internal error: " + *step->className + " has no $run\n");
  heap::ObjectHeader* result = nullptr;
  if (!runtime::hasPending()) runtime::initializeClassEntry(info);
  if (!runtime::hasPending()) result = reinterpret_cast<heap::ObjectHeader* (*)()>(entry->code)();
  if (runtime::hasPending()) {
    runtime::printStackTrace(runtime::takePending());
    fail(step, runtime::consoleTextSince(mark));
  }
  if (result != nullptr) step->display = runtime::stringUtf8(result);
}

// Stack frames in the shell's snippet classes name what the user typed instead: `$run` is the
// input itself (its unit starts the input on line 3), another method is one declared at the
// prompt (its unit starts the input on line 2).
std::string inputFrames(const std::string& trace) {
  static const std::regex frame(R"(\$S[0-9]+_[0-9]+\.([A-Za-z_$][A-Za-z0-9_$]*)\(\$S[0-9]+_[0-9]+\.java:([0-9]+)\))");
  std::string out;
  auto last = trace.cbegin();
  for (std::sregex_iterator it(trace.begin(), trace.end(), frame), end; it != end; ++it) {
    const std::smatch& match = *it;
    out.append(last, match[0].first);
    std::string method = match[1].str();
    long line = std::stol(match[2].str()) - (method == "$run" ? 2 : 1);
    out += method == "$run" ? "the input (line " + std::to_string(line) + ")"
                            : method + "(declared at the prompt, line " + std::to_string(line) + ")";
    last = match[0].second;
  }
  out.append(last, trace.cend());
  return out;
}

std::string withStatics(const Snippet& snippet) {
  std::string text = snippet.text;
  std::vector<size_t> at = snippet.staticInsertions;
  std::sort(at.rbegin(), at.rend());
  for (size_t offset : at) text.insert(offset, "static ");
  return text;
}

}  // namespace

void Session::rememberTyped(const Snippet& snippet) {
  typedLines_.clear();
  insertedColumns_.clear();
  if (snippet.staticInsertions.empty()) return;
  std::istringstream lines(snippet.text);
  for (std::string line; std::getline(lines, line);) typedLines_.push_back(line);
  insertedColumns_.resize(typedLines_.size());
  // Each insertion at a byte offset of the typed text: its line, and its column once inserted
  // (earlier insertions on the line move it right).
  for (size_t offset : snippet.staticInsertions) {
    size_t lineStart = snippet.text.rfind('\n', offset == 0 ? 0 : offset - 1);
    lineStart = lineStart == std::string::npos || offset == 0 ? 0 : lineStart + 1;
    auto lineIndex = static_cast<size_t>(std::count(snippet.text.begin(), snippet.text.begin() + lineStart, '\n'));
    uint32_t column = 1;
    for (size_t i = lineStart; i < offset; ++i) column += (static_cast<unsigned char>(snippet.text[i]) & 0xC0) == 0x80 ? 0 : 1;
    insertedColumns_[lineIndex].push_back(column);
  }
  for (auto& columns : insertedColumns_) {
    std::sort(columns.begin(), columns.end());
    for (size_t i = 0; i < columns.size(); ++i) columns[i] += static_cast<uint32_t>(i * kStaticWidth);
  }
}

Session::Session(heap::Heap& heap, std::ostream& out, std::ostream& err)
    : heap_(heap), out_(out), err_(err), compiler_(heap) {}

void Session::interrupt() {
  interrupted_.store(true);
  txn::requestAbort(txn::AbortReason::kException);
}

std::string Session::readHead() {
  HeadRead read{&heap_, {}};
  for (int attempt = 0; attempt < kAttempts; ++attempt) {
    platform::Result<txn::Outcome> ran = txn::runTransaction(
        [](void* argument) {
          auto* read = static_cast<HeadRead*>(argument);
          read->head = live::loadNamedText(*read->heap, kHeadName);
        },
        &read);
    if (ran.isOk() && ran.value().committed) return read.head;
  }
  return read.head;
}

std::string Session::nextClassName() {
  return "$S" + std::to_string(heap_.station()) + "_" + std::to_string(nextSnippet_++);
}

Session::Unit Session::snippetUnit(const std::string& head, const std::string& members, const std::string& runBody,
                                   const std::string& input, const std::string& afterInput) {
  Unit unit;
  unit.className = nextClassName();
  std::string text = "class " + unit.className + (head.empty() ? "" : " extends " + head) + " {\n";
  unit.inputLine = 2;
  if (!members.empty() || !runBody.empty()) {
    text += members + runBody + "\n";
    unit.inputLine = 3;
  }
  text += input + "\n" + afterInput + "\n}\n";
  unit.inputLines = static_cast<uint32_t>(std::count(input.begin(), input.end(), '\n') + 1);
  unit.text = std::move(text);
  return unit;
}

void Session::render(compiler::FrontEnd& frontEnd, const std::string& unitPath, uint32_t inputLine,
                     uint32_t inputLines, size_t firstLine, std::ostream& out) const {
  const compiler::SourceManager& sources = frontEnd.sources();
  size_t errors = 0;
  for (const compiler::Diagnostic& diagnostic : frontEnd.diagnostics().diagnostics()) {
    const char* severity = diagnostic.severity == compiler::Severity::Error     ? "error"
                           : diagnostic.severity == compiler::Severity::Warning ? "warning"
                                                                                : "note";
    errors += diagnostic.severity == compiler::Severity::Error ? 1 : 0;
    const compiler::SourceLocation& where = diagnostic.location;
    bool inUnit = where.file != compiler::kNoFile && sources.path(where.file) == unitPath;
    if (!inUnit) {
      if (where.file != compiler::kNoFile) out << sources.path(where.file) << ":" << where.line << ":" << where.column << ": ";
      out << severity << ": " << diagnostic.message << "\n";
      continue;
    }
    if (where.line < inputLine) {
      out << severity << ": " << diagnostic.message << "\n";
      continue;
    }
    uint32_t line = where.line - inputLine + 1;
    std::string text(sources.lineText(where.file, where.line));
    uint32_t caretColumn = where.column;
    if (!typedLines_.empty() && line <= typedLines_.size()) {
      // Show the line as typed, without the `static` the shell put before declarations on it.
      for (uint32_t at : insertedColumns_[line - 1]) {
        if (at < caretColumn) caretColumn = caretColumn > at + kStaticWidth ? caretColumn - kStaticWidth : at;
      }
      text = typedLines_[line - 1];
    }
    if (line > inputLines) {
      // Reported on the code after the input: the input ended too early.
      out << severity << ": " << diagnostic.message << " (the input ends too early)\n";
      continue;
    }
    out << severity;
    if (firstLine != 0) {
      out << " (line " << firstLine + line - 1 << ")";
    } else if (text.empty() || line > 1) {
      out << " (line " << line << " of the input)";
    }
    out << ": " << diagnostic.message << "\n";
    if (text.empty()) continue;
    out << "    " << text << "\n    ";
    size_t column = 1;
    for (size_t i = 0; i < text.size() && column < caretColumn; ++i) {
      if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
      out << (text[i] == '\t' ? '\t' : ' ');
      ++column;
    }
    out << "^\n";
  }
  if (errors > 1) out << errors << " errors\n";
}

bool Session::compileUnit(const Unit& unit, bool keep, size_t firstLine, const live::LiveOptions& base) {
  live::LiveOptions options = base;
  std::string path = unit.className + ".java";
  uint32_t inputLine = unit.inputLine;
  uint32_t inputLines = unit.inputLines;
  options.render = [this, path, inputLine, inputLines, firstLine](compiler::FrontEnd& frontEnd, std::ostream& out) {
    render(frontEnd, path, inputLine, inputLines, firstLine, out);
  };
  live::LiveResult result;
  bool compiled = compiler_.compile({{path, unit.text, keep}}, options, err_, &result);
  times_.checkMs += result.checkMs;
  times_.compileMs += result.compileMs;
  return compiled;
}

bool Session::run(const std::string& className, const std::string& expectedHead, bool advanceHead, bool* headMoved) {
  auto start = std::chrono::steady_clock::now();
  RunStep step{&heap_, &className, &expectedHead, advanceHead, {}, {}, false};
  *headMoved = false;
  for (int attempt = 0;; ++attempt) {
    platform::Result<txn::Outcome> ran = txn::runTransaction(&runStep, &step);
    times_.runMs = millisecondsSince(start);
    if (!ran.isOk()) {
      err_ << "cannot run the input: " << ran.status().message() << "\n";
      return false;
    }
    const txn::Outcome& outcome = ran.value();
    if (outcome.committed) {
      runtime::consoleFlush();
      std::fflush(stdout);
      if (!step.display.empty()) out_ << step.display << "\n";
      out_.flush();
      return true;
    }
    switch (outcome.reason) {
      case txn::AbortReason::kConflict:
      case txn::AbortReason::kInjected:
        if (attempt < 1000) continue;
        err_ << "the input was aborted by other stations' commits 1000 times; given up\n";
        return false;
      case txn::AbortReason::kException:
        if (step.headMoved) {
          *headMoved = true;
          return false;
        }
        if (interrupted_.load()) {
          err_ << "interrupted: the input's changes were undone\n";
        } else {
          runtime::consoleFlush();
          std::fflush(stdout);
          err_ << inputFrames(step.failure);
        }
        return false;
      case txn::AbortReason::kStackOverflow:
        err_ << "java.lang.StackOverflowError: the input ran out of stack; its changes were undone\n";
        return false;
      default: {
        char text[160];
        std::snprintf(text, sizeof text, "the input touched memory outside the heap (at 0x%" PRIxPTR ", pc 0x%" PRIxPTR
                      "); its changes were undone\n", outcome.faultAddress, outcome.faultPc);
        err_ << text;
        return false;
      }
    }
  }
}

bool Session::evaluate(const std::string& input, size_t firstLine) {
  interrupted_.store(false);
  times_ = {};
  Snippet snippet = classifySnippet(input);
  bool ok = false;
  switch (snippet.kind) {
    case SnippetKind::kEmpty: return true;
    case SnippetKind::kClass: ok = evaluateClass(snippet, firstLine); break;
    case SnippetKind::kMembers: ok = evaluateMembers(snippet, firstLine); break;
    case SnippetKind::kExpression: ok = evaluateExpression(snippet, firstLine); break;
    case SnippetKind::kStatements: ok = evaluateStatements(snippet, firstLine); break;
  }
  // Ctrl-C while the input was checked or compiled: say so (a run says it itself).
  if (!ok && interrupted_.load() && times_.runMs == 0) err_ << "interrupted: the input did not run\n";
  return ok;
}

bool Session::evaluateClass(const Snippet& snippet, size_t firstLine) {
  struct Known {
    const std::vector<std::string>* names;
    std::vector<bool> existed;
  } known{&snippet.classNames, {}};
  platform::Result<txn::Outcome> looked = txn::runTransaction(
      [](void* argument) {
        auto* known = static_cast<Known*>(argument);
        known->existed.clear();
        for (const std::string& name : *known->names) known->existed.push_back(runtime::findClass(name) != nullptr);
      },
      &known);
  if (!looked.isOk() || !looked.value().committed) known.existed.assign(snippet.classNames.size(), false);
  live::LiveOptions options;
  options.replace = true;
  options.level = compiler::jit::OptLevel::kQuick;
  live::LiveResult result;
  std::string path = snippet.classNames.front() + ".java";
  auto lines = static_cast<uint32_t>(std::count(snippet.text.begin(), snippet.text.end(), '\n') + 1);
  options.render = [this, path, lines, firstLine](compiler::FrontEnd& frontEnd, std::ostream& out) {
    render(frontEnd, path, 1, lines, firstLine, out);
  };
  // Classes are units of their own: line 1 of the unit is line 1 of the input.
  if (!compiler_.compile({{path, snippet.text, true}}, options, err_, &result)) return false;
  times_.checkMs = result.checkMs;
  times_.compileMs = result.compileMs;
  for (size_t i = 0; i < snippet.classNames.size(); ++i) {
    const std::string& name = snippet.classNames[i];
    const char* what = result.unchanged ? "unchanged" : known.existed[i] ? "replaced" : "created";
    out_ << (result.unchanged ? "class " + name + " is " + what : std::string(what) + " class " + name) << "\n";
    if (std::find(classes_.begin(), classes_.end(), name) == classes_.end()) classes_.push_back(name);
  }
  return true;
}

bool Session::evaluateMembers(const Snippet& snippet, size_t firstLine) {
  std::string display;
  for (const std::string& name : snippet.variables) {
    display += (display.empty() ? "" : " + \"\\n\" + ") + ("\"" + name + " ==> \" + plurix.ShellValue.show(" + name + ")");
  }
  std::string text = withStatics(snippet);
  rememberTyped(snippet);
  struct Forget {
    Session* session;
    ~Forget() { session->rememberTyped(Snippet{}); }
  } forget{this};
  for (int attempt = 0; attempt < kAttempts; ++attempt) {
    std::string head = readHead();
    Unit unit = snippetUnit(head, "", "", text,
                            "static String $run() throws Throwable { return " + (display.empty() ? "null" : display) + "; }");
    live::LiveOptions options;
    options.level = compiler::jit::OptLevel::kQuick;
    if (!compileUnit(unit, true, firstLine, options)) return false;
    bool headMoved = false;
    if (run(unit.className, head, true, &headMoved)) {
      for (const std::string& name : snippet.methods) {
        out_ << "created method " << name << "\n";
        if (std::find(methods_.begin(), methods_.end(), name) == methods_.end()) methods_.push_back(name);
      }
      for (const std::string& name : snippet.variables) {
        if (std::find(variables_.begin(), variables_.end(), name) == variables_.end()) variables_.push_back(name);
      }
      return true;
    }
    if (!headMoved) return false;
  }
  err_ << "other shells kept changing the session; the input was not run\n";
  return false;
}

bool Session::evaluateExpression(const Snippet& snippet, size_t firstLine) {
  for (int attempt = 0; attempt < kAttempts; ++attempt) {
    std::string head = readHead();
    // Ask the checker for the expression's type: ShellValue.show has an overload for each kind.
    Unit probe = snippetUnit(head, "", "static void $probe() throws Throwable { plurix.ShellValue.show(", snippet.text,
                             "); }");
    const compiler::sema::Type* type = nullptr;
    std::string typeName;
    bool isVoid = false;
    live::LiveOptions options;
    options.checkOnly = true;
    std::string probeClass = probe.className;
    options.inspect = [&](compiler::FrontEnd& frontEnd) {
      for (const auto& decl : frontEnd.userUnits().back()->types) {
        if (decl->name != probeClass) continue;
        for (const auto& member : decl->members) {
          if (!member->is<ast::MethodDecl>()) continue;
          const auto* method = member->as<ast::MethodDecl>();
          if (method->body == nullptr || method->body->statements.empty()) continue;
          const ast::Stmt* first = method->body->statements.front().get();
          if (!first->is<ast::ExprStmt>()) continue;
          const ast::Expr* call = first->as<ast::ExprStmt>()->expr.get();
          if (call == nullptr || !call->is<ast::MethodCallExpr>()) continue;
          const auto& args = call->as<ast::MethodCallExpr>()->args;
          if (!args.empty() && args.front() != nullptr) type = args.front()->type;
        }
      }
      isVoid = type != nullptr && type->isVoid();
      if (type != nullptr && !type->isVoid() && !type->isError()) typeName = sourceTypeName(type);
    };
    std::ostringstream probeErrors;
    std::ostream& realErr = err_;
    live::LiveResult probed;
    options.render = [this, &probe, firstLine](compiler::FrontEnd& frontEnd, std::ostream& out) {
      render(frontEnd, probe.className + ".java", probe.inputLine, probe.inputLines, firstLine, out);
    };
    bool checked = compiler_.compile({{probe.className + ".java", probe.text, false}}, options, probeErrors, &probed);
    times_.checkMs += probed.checkMs;
    if (isVoid) {
      Snippet statements = snippet;
      statements.kind = SnippetKind::kStatements;
      statements.text += ";";
      return evaluateStatements(statements, firstLine);
    }
    if (!checked || typeName.empty()) {
      realErr << probeErrors.str();
      return false;
    }
    std::string value = "$" + std::to_string(++nextValue_);
    Unit unit = snippetUnit(head, "static " + typeName + " " + value + "; ",
                            "static String $run() throws Throwable { " + value + " = (", snippet.text,
                            "); return \"" + value + " ==> \" + plurix.ShellValue.show(" + value + "); }");
    live::LiveOptions compileOptions;
    compileOptions.level = compiler::jit::OptLevel::kQuick;
    if (!compileUnit(unit, true, firstLine, compileOptions)) return false;
    bool headMoved = false;
    if (run(unit.className, head, true, &headMoved)) {
      variables_.push_back(value);
      return true;
    }
    --nextValue_;
    if (!headMoved) return false;
  }
  err_ << "other shells kept changing the session; the input was not run\n";
  return false;
}

bool Session::evaluateStatements(const Snippet& snippet, size_t firstLine) {
  for (int attempt = 0; attempt < kAttempts; ++attempt) {
    std::string head = readHead();
    Unit unit = snippetUnit(head, "", "static String $run() throws Throwable { if (true) {", snippet.text,
                            "} return null; }");
    live::LiveOptions options;
    options.level = compiler::jit::OptLevel::kQuick;
    if (!compileUnit(unit, false, firstLine, options)) return false;
    bool headMoved = false;
    if (run(unit.className, head, false, &headMoved)) return true;
    if (!headMoved) return false;
  }
  err_ << "other shells kept changing the session; the input was not run\n";
  return false;
}

}  // namespace plurix::shell
