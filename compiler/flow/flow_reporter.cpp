#include "compiler/flow/flow_reporter.h"

#include <string_view>

namespace plurix::compiler::flow {

namespace {

bool endsWith(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

bool FlowReporter::isFlowError(const Diagnostic& d) {
  if (d.severity != Severity::Error) return false;
  const std::string& m = d.message;
  if (m == "unreachable statement" || m == "missing return statement" ||
      m == "initializer must be able to complete normally") {
    return true;
  }
  return m.rfind("variable ", 0) == 0 &&
         (endsWith(m, " might not have been initialized") || endsWith(m, " might already have been assigned") ||
          endsWith(m, " might be assigned in loop") || endsWith(m, " not initialized in the default constructor"));
}

void FlowReporter::error(SourceLocation where, std::string message) {
  if (!reported_.insert({where.file, where.line, where.column}).second) return;
  diags_.error(where, std::move(message));
}

}  // namespace plurix::compiler::flow
