// Stream line reader: the shell's inputs read from a script (`plurix shell < file`), continued by
// the same rule as at the terminal but with no prompts, so a script's output is only its results.
// Invariant: lineNumber() names the script line on which the last input began.
#pragma once

#include <istream>

#include "shell/input_collector.h"
#include "shell/line_reader.h"

namespace plurix::shell {

class StreamLineReader final : public LineReader {
 public:
  // Requires in to outlive the reader.
  explicit StreamLineReader(std::istream& in) : in_(in) {}

  // Prompts are ignored: a script's caller sees only what its inputs print.
  std::optional<std::string> readInput(const std::string& prompt,
                                       const std::string& continuationPrompt) override;
  size_t lineNumber() const override { return firstLineOfInput_; }
  bool interactive() const override { return false; }

 private:
  std::istream& in_;
  InputCollector collector_;
  size_t linesRead_ = 0;
  size_t firstLineOfInput_ = 0;
};

}  // namespace plurix::shell
