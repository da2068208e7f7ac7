// A single left-to-right scan with a small state machine (code, string, char literal, line
// comment, block comment) and a stack of open brackets. The dialect has no text blocks, so `"""`
// is an empty string followed by the start of another one, as javac without text blocks reads it.
#include "shell/input_balance.h"

#include <vector>

namespace plurix::shell {
namespace {

enum class Region : unsigned char { kCode, kString, kChar, kLineComment, kBlockComment };

struct OpenBracket {
  char bracket;
  size_t line;
  size_t column;
};

char closerOf(char opener) {
  switch (opener) {
    case '(': return ')';
    case '[': return ']';
    default: return '}';
  }
}

bool isUtf8Continuation(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

std::string quoted(char c) {
  return std::string("'") + c + "'";
}

}  // namespace

InputBalance balanceInput(std::string_view input) {
  InputBalance result;
  std::vector<OpenBracket> open;
  Region region = Region::kCode;
  size_t line = 1;
  size_t column = 0;  // column of input[i], advanced before each character is looked at

  for (size_t i = 0; i < input.size(); ++i) {
    const char c = input[i];
    const char next = i + 1 < input.size() ? input[i + 1] : '\0';
    if (c == '\n') {
      ++line;
      column = 0;
      if (region == Region::kLineComment) region = Region::kCode;
      continue;
    }
    if (!isUtf8Continuation(c)) ++column;

    switch (region) {
      case Region::kLineComment: break;
      case Region::kBlockComment:
        if (c == '*' && next == '/') {
          region = Region::kCode;
          ++i;
          ++column;
        }
        break;
      case Region::kString:
      case Region::kChar:
        if (c == '\\' && next != '\n' && next != '\0') {
          // The escaped character cannot end the literal; a multi-byte one adds one column.
          ++i;
          if (!isUtf8Continuation(next)) ++column;
        } else if (c == (region == Region::kString ? '"' : '\'')) {
          region = Region::kCode;
        }
        break;
      case Region::kCode:
        if (c == '/' && next == '/') {
          region = Region::kLineComment;
        } else if (c == '/' && next == '*') {
          region = Region::kBlockComment;
          ++i;  // so that "/*/" does not close itself
          ++column;
        } else if (c == '"') {
          region = Region::kString;
        } else if (c == '\'') {
          region = Region::kChar;
        } else if (c == '(' || c == '[' || c == '{') {
          open.push_back({c, line, column});
        } else if (c == ')' || c == ']' || c == '}') {
          if (open.empty() || closerOf(open.back().bracket) != c) {
            result.state = BalanceState::kError;
            result.errorLine = line;
            result.errorColumn = column;
            result.errorMessage = open.empty() ? "unmatched " + quoted(c)
                                               : quoted(c) + " does not match " +
                                                     quoted(open.back().bracket) + " at " +
                                                     std::to_string(open.back().line) + ":" +
                                                     std::to_string(open.back().column);
            return result;
          }
          open.pop_back();
        }
        break;
    }
  }

  result.openBrackets = open.size();
  result.openComment = region == Region::kBlockComment;
  result.openLiteral = region == Region::kString || region == Region::kChar;
  if (result.openBrackets > 0 || result.openComment || result.openLiteral) {
    result.state = BalanceState::kNeedsMore;
  }
  return result;
}

}  // namespace plurix::shell
