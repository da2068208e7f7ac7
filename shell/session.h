// A shell session over a live heap: each input becomes a unit of the dialect compiled into the
// heap (compiler/live) and is then run as a transaction on this station.
//
// How inputs persist: variables and methods typed at the prompt are static members of a snippet
// class, and every snippet class extends the one before it, so a later input reaches all of them
// by their simple names, and a re-declared variable or method hides the earlier one. The newest
// snippet class is named in the heap (root "plurix.shell.head"), so a shell on another station
// of the cluster continues the same chain. A snippet class is named `$S<station>_<n>`. Class
// declarations are units of their own, named after their first class. Statements and expressions
// run in the class's `$run()`, a transaction that commits, or aborts and leaves the heap as it was
// (an exception, Ctrl-C). Invariant: the head names a class whose initialisation succeeded.
#pragma once
#include <atomic>
#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

#include "compiler/live/live_compiler.h"
#include "heap/heap.h"
#include "shell/snippet.h"

namespace plurix::shell {

struct SessionTimes {
  double checkMs = 0;    // parse and check, probe included
  double compileMs = 0;  // the compiling transaction
  double runMs = 0;      // the running transaction
};

class Session {
 public:
  // Requires the runtime attached to heap, transactions started, and no transaction open.
  // out gets values and what inputs print; err gets diagnostics and failures.
  Session(heap::Heap& heap, std::ostream& out, std::ostream& err);

  // Guarantees input compiled and run, its value or failure written; returns false if it failed
  // (a compile error, an exception, an interrupt). firstLine: the input's first line in a script
  // (0 at a terminal), for the diagnostics.
  bool evaluate(const std::string& input, size_t firstLine = 0);

  // Async-signal-safe: the running input's transaction aborts at its next safepoint.
  void interrupt();

  // What this session declared, in order (completion, /vars, /methods).
  const std::vector<std::string>& variables() const { return variables_; }
  const std::vector<std::string>& methods() const { return methods_; }
  const std::vector<std::string>& classes() const { return classes_; }
  const SessionTimes& lastTimes() const { return times_; }
  compiler::live::LiveCompiler& compiler() { return compiler_; }

 private:
  struct Unit {
    std::string className;
    std::string text;
    uint32_t inputLine = 0;  // the line of the unit where the input starts
    uint32_t inputLines = 1;
  };
  bool evaluateClass(const Snippet& snippet, size_t firstLine);
  bool evaluateMembers(const Snippet& snippet, size_t firstLine);
  bool evaluateExpression(const Snippet& snippet, size_t firstLine);
  bool evaluateStatements(const Snippet& snippet, size_t firstLine);
  Unit snippetUnit(const std::string& head, const std::string& members, const std::string& runBody,
                   const std::string& input, const std::string& afterInput);
  bool compileUnit(const Unit& unit, bool keep, size_t firstLine, const compiler::live::LiveOptions& base);
  // Runs className.$run() as a transaction; advanceHead: the head moves to className with it.
  // Returns false after writing why; *headMoved when another shell moved the head meanwhile.
  bool run(const std::string& className, const std::string& expectedHead, bool advanceHead, bool* headMoved);
  std::string readHead();
  // While a declaration compiles: its lines as typed and, per line, the columns where the shell
  // inserted `static ` (in the compiled text), so diagnostics show what the user typed.
  void rememberTyped(const Snippet& snippet);
  std::string nextClassName();
  void render(compiler::FrontEnd& frontEnd, const std::string& unitPath, uint32_t inputLine, uint32_t inputLines,
              size_t firstLine, std::ostream& out) const;

  heap::Heap& heap_;
  std::ostream& out_;
  std::ostream& err_;
  compiler::live::LiveCompiler compiler_;
  uint64_t nextSnippet_ = 0;
  uint64_t nextValue_ = 0;
  std::atomic<bool> interrupted_{false};
  std::vector<std::string> variables_;
  std::vector<std::string> methods_;
  std::vector<std::string> classes_;
  SessionTimes times_;
  std::vector<std::string> typedLines_;
  std::vector<std::vector<uint32_t>> insertedColumns_;
};

}  // namespace plurix::shell
