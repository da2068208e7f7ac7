#include "compiler/diag/diagnostics.h"

#include <algorithm>
#include <numeric>

#include "compiler/diag/source_manager.h"

namespace plurix::compiler {

namespace {

const char* severityName(Severity severity) {
  switch (severity) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Note: return "note";
  }
  return "error";
}

// The caret line: the source line's prefix up to the column with every
// non-tab character blanked, so the caret lands under the right character
// whatever the terminal's tab width. Columns count code points, so UTF-8
// continuation bytes are skipped rather than counted.
std::string caretLine(std::string_view line, uint32_t column) {
  std::string caret;
  uint32_t codePoint = 1;
  for (size_t i = 0; i < line.size() && codePoint < column; ++i) {
    unsigned char c = static_cast<unsigned char>(line[i]);
    if ((c & 0xC0) == 0x80) continue;
    caret.push_back(c == '\t' ? '\t' : ' ');
    ++codePoint;
  }
  caret.push_back('^');
  return caret;
}

}  // namespace

void DiagnosticEngine::error(SourceLocation where, std::string message) {
  diagnostics_.push_back({Severity::Error, where, std::move(message)});
  ++errorCount_;
}

void DiagnosticEngine::warning(SourceLocation where, std::string message) {
  diagnostics_.push_back({Severity::Warning, where, std::move(message)});
}

void DiagnosticEngine::note(SourceLocation where, std::string message) {
  diagnostics_.push_back({Severity::Note, where, std::move(message)});
}

std::string DiagnosticEngine::formatHeadline(const Diagnostic& d, const SourceManager& sources) {
  std::string out;
  if (d.location.file < sources.fileCount()) {
    out += sources.path(d.location.file);
    if (d.location.valid()) {
      out += ':' + std::to_string(d.location.line) + ':' + std::to_string(d.location.column);
    }
    out += ": ";
  }
  out += severityName(d.severity);
  out += ": ";
  out += d.message;
  return out;
}

void DiagnosticEngine::render(std::ostream& out, const SourceManager& sources) const {
  // Sort groups (a diagnostic with its notes) by position; stable, so two
  // errors at one position keep the order in which they were found.
  std::vector<std::pair<size_t, size_t>> groups;  // [begin, end) into diagnostics_
  for (size_t i = 0; i < diagnostics_.size(); ++i) {
    if (diagnostics_[i].severity == Severity::Note && !groups.empty()) {
      groups.back().second = i + 1;
    } else {
      groups.push_back({i, i + 1});
    }
  }
  std::stable_sort(groups.begin(), groups.end(), [&](const auto& a, const auto& b) {
    const SourceLocation& x = diagnostics_[a.first].location;
    const SourceLocation& y = diagnostics_[b.first].location;
    if (x.file != y.file) return x.file < y.file;
    if (x.line != y.line) return x.line < y.line;
    return x.column < y.column;
  });
  for (const auto& [begin, end] : groups) {
    for (size_t i = begin; i < end; ++i) {
      const Diagnostic& d = diagnostics_[i];
      out << formatHeadline(d, sources) << '\n';
      if (!d.location.valid() || d.location.file >= sources.fileCount()) continue;
      std::string_view line = sources.lineText(d.location.file, d.location.line);
      out << line << '\n' << caretLine(line, d.location.column) << '\n';
    }
  }
  if (errorCount_ > 0) {
    out << errorCount_ << (errorCount_ == 1 ? " error" : " errors") << '\n';
  }
}

}  // namespace plurix::compiler
