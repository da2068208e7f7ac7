#pragma once
// Reports ANTLR's syntax errors in javac's words ("';' expected", "illegal
// start of expression", "reached end of file while parsing") at the position
// javac uses: "X expected" just after the previous token, everything else at
// the offending token. Recovery stays ANTLR's, so every error of a file is
// reported, not only the first.
#include <cstddef>
#include <string>

#include "PlurixJavaParser.h"
#include "antlr4-runtime.h"
#include "compiler/diag/diagnostics.h"

namespace plurix::compiler::parse {

// The position just after `token` (its last code point + 1), where javac puts
// "';' expected".
SourceLocation locationAfter(const antlr4::Token* token, FileId file);
// The position of `token`'s first character.
SourceLocation locationOf(const antlr4::Token* token, FileId file);

class SyntaxErrorReporter : public antlr4::DefaultErrorStrategy {
 public:
  SyntaxErrorReporter(DiagnosticEngine& diags, FileId file) : diags_(diags), file_(file) {}

  // Syntax errors found, including those not shown (noise after an unclosed literal).
  size_t errorCount() const { return errorCount_; }

 protected:
  void reportNoViableAlternative(antlr4::Parser* parser, const antlr4::NoViableAltException& e) override;
  void reportInputMismatch(antlr4::Parser* parser, const antlr4::InputMismatchException& e) override;
  void reportFailedPredicate(antlr4::Parser* parser, const antlr4::FailedPredicateException& e) override;
  void reportUnwantedToken(antlr4::Parser* parser) override;
  void reportMissingToken(antlr4::Parser* parser) override;

 private:
  void report(antlr4::Parser* parser, antlr4::Token* offending, const antlr4::misc::IntervalSet& expected);

  DiagnosticEngine& diags_;
  FileId file_;
  size_t errorCount_ = 0;
  size_t lastOffendingIndex_ = static_cast<size_t>(-1);  // the token of the last error shown
};

}  // namespace plurix::compiler::parse
