#pragma once
// Owns the text of every source file of one compilation (user files and the
// embedded standard library) and maps a FileId to its path and lines.
// Invariant: a FileId, once handed out, stays valid for the manager's life.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/diag/source_location.h"

namespace plurix::compiler {

class SourceManager {
 public:
  // Adds a file whose text is already in memory; returns its id.
  FileId addFile(std::string path, std::string text);

  // Reads a file from disk. On failure returns false and sets *error to a
  // message naming the path and the reason (e.g. "No such file or directory").
  bool loadFile(const std::string& path, FileId* id, std::string* error);

  const std::string& path(FileId id) const { return files_[id]->path; }
  const std::string& text(FileId id) const { return files_[id]->text; }
  size_t fileCount() const { return files_.size(); }

  // The text of line `line` (1-based) without its line terminator; empty if
  // the line does not exist.
  std::string_view lineText(FileId id, uint32_t line) const;

 private:
  struct File {
    std::string path;
    std::string text;
    std::vector<size_t> lineStarts;  // byte offset of each line's first byte
  };
  std::vector<std::unique_ptr<File>> files_;
};

}  // namespace plurix::compiler
