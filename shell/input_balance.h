// Input balance: whether a piece of dialect source typed into the shell is a complete input or
// needs more lines. Brackets ((), [], {}) are counted outside string and char literals, `//` line
// comments and `/* */` block comments; an unterminated block comment or literal also asks for more.
// Invariant: a pure function of the text; it knows brackets and lexical regions, not the grammar,
// so "complete" means only "worth handing to the compiler", never "well-formed".
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace plurix::shell {

enum class BalanceState : unsigned char {
  kComplete,   // every bracket closed, no literal or comment open (also for blank input)
  kNeedsMore,  // a bracket, block comment or literal is still open: ask for another line
  kError,      // a closing bracket matches no opening one; more lines cannot fix that
};

struct InputBalance {
  BalanceState state = BalanceState::kComplete;
  size_t openBrackets = 0;   // kNeedsMore: how many brackets are still open
  bool openComment = false;  // kNeedsMore: inside an unterminated block comment
  bool openLiteral = false;  // kNeedsMore: inside an unterminated string or char literal
  size_t errorLine = 0;      // kError: 1-based line of the offending closing bracket
  size_t errorColumn = 0;    // kError: its 1-based column, counted in characters (UTF-8 aware)
  std::string errorMessage;  // kError: e.g. "unmatched ')'" or "']' does not match '(' at 1:4"
};

// Requires nothing (any bytes). Guarantees the balance of input, lines separated by '\n'; scanning
// stops at the first unmatched closing bracket. Unicode escapes (\u0022) are not translated first,
// unlike javac, so a quote written as an escape outside a literal is not seen as one.
[[nodiscard]] InputBalance balanceInput(std::string_view input);

}  // namespace plurix::shell
