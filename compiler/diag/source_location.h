#pragma once
// A position in a source file. Lines and columns are 1-based; a column counts
// Unicode code points from the start of the line (a tab counts as one), which
// is what ANTLR reports and what the caret renderer re-expands.
#include <cstdint>

namespace plurix::compiler {

using FileId = uint32_t;
// The file of a diagnostic that belongs to no file (e.g. a bad command line).
inline constexpr FileId kNoFile = 0xFFFFFFFFu;

struct SourceLocation {
  FileId file = kNoFile;
  uint32_t line = 0;    // 0 means "no location" (e.g. a synthesised node)
  uint32_t column = 0;

  bool valid() const { return line != 0; }
  friend bool operator==(const SourceLocation&, const SourceLocation&) = default;
};

}  // namespace plurix::compiler
