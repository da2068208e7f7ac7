#include "shell/stream_line_reader.h"

#include <string>

namespace plurix::shell {

std::optional<std::string> StreamLineReader::readInput(const std::string&, const std::string&) {
  std::string line;
  while (std::getline(in_, line)) {
    ++linesRead_;
    const bool wasEmpty = collector_.empty();
    const bool complete = collector_.addLine(line);
    if (wasEmpty && !collector_.empty()) firstLineOfInput_ = linesRead_;
    if (complete) return collector_.take();
  }
  if (collector_.empty()) return std::nullopt;
  return collector_.take();
}

}  // namespace plurix::shell
