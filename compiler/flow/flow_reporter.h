#pragma once
// Where the flow checks report: javac shows at most one error per source
// position, so that, e.g., two blank finals left unassigned by one
// constructor give one error at its closing brace, not two on one caret.
#include <set>
#include <string>
#include <tuple>

#include "compiler/diag/diagnostics.h"

namespace plurix::compiler::flow {

class FlowReporter {
 public:
  explicit FlowReporter(DiagnosticEngine& diags) : diags_(diags) {}

  // Reports `message` at `where` unless a flow error was already reported there.
  void error(SourceLocation where, std::string message);
  // The number of errors this reporter has let through.
  size_t errorCount() const { return reported_.size(); }

  // True if `d` is an error the flow checks report (one of javac's flow
  // messages), so the caller can tell them from the errors of earlier phases.
  static bool isFlowError(const Diagnostic& d);

 private:
  DiagnosticEngine& diags_;
  std::set<std::tuple<FileId, uint32_t, uint32_t>> reported_;
};

}  // namespace plurix::compiler::flow
