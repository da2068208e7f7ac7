// Input collector: gathers the lines of one shell input until input_balance says it is complete,
// so that both line readers (terminal and script) continue lines by the same rule.
// Invariant: text() is the lines added since the last take(), joined with '\n'; blank lines added
// while nothing is collected are dropped, so an input never starts with a blank line.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "shell/input_balance.h"

namespace plurix::shell {

class InputCollector {
 public:
  // Requires line without its line terminator (a trailing '\r' is dropped). Guarantees true when
  // the collected text is now a whole input: balanced, or unbalanced beyond repair (kError), which
  // the compiler then reports. A blank line with nothing collected is dropped and returns false.
  bool addLine(std::string_view line);
  // Guarantees whether any line has been collected since the last take() or clear().
  bool empty() const { return lines_ == 0; }
  // Guarantees how many lines have been collected since the last take() or clear().
  size_t lineCount() const { return lines_; }
  // Guarantees the collected text, and an empty collector.
  std::string take();
  // Guarantees an empty collector (an interrupted input is thrown away).
  void clear();

 private:
  std::string text_;
  size_t lines_ = 0;
};

}  // namespace plurix::shell
