#pragma once
// Collects the errors and warnings of one compilation and prints them the way
// javac and gcc do: "file:line:col: error: message", the source line, and a
// caret under the column. Every phase reports here and goes on, so a user sees
// every error of a run, not just the first.
#include <cstddef>
#include <ostream>
#include <string>
#include <vector>

#include "compiler/diag/source_location.h"

namespace plurix::compiler {

class SourceManager;

enum class Severity { Error, Warning, Note };

struct Diagnostic {
  Severity severity;
  SourceLocation location;
  std::string message;
};

class DiagnosticEngine {
 public:
  void error(SourceLocation where, std::string message);
  void warning(SourceLocation where, std::string message);
  // A note attaches to the diagnostic reported just before it.
  void note(SourceLocation where, std::string message);

  size_t errorCount() const { return errorCount_; }
  bool hasErrors() const { return errorCount_ != 0; }
  const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }

  // Prints every diagnostic sorted by file, line and column (notes stay after
  // their diagnostic), each with its source line and caret, then a summary
  // line ("2 errors") when there were any errors.
  void render(std::ostream& out, const SourceManager& sources) const;

  // One diagnostic as "path:line:col: error: message" without the source line.
  static std::string formatHeadline(const Diagnostic& d, const SourceManager& sources);

 private:
  std::vector<Diagnostic> diagnostics_;
  size_t errorCount_ = 0;
};

}  // namespace plurix::compiler
