#include "compiler/diag/source_manager.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

namespace plurix::compiler {

FileId SourceManager::addFile(std::string path, std::string text) {
  auto file = std::make_unique<File>();
  file->path = std::move(path);
  file->text = std::move(text);
  file->lineStarts.push_back(0);
  const std::string& t = file->text;
  for (size_t i = 0; i < t.size(); ++i) {
    // \r\n, \n and a lone \r all end a line, as in the Java lexer.
    if (t[i] == '\r' && i + 1 < t.size() && t[i + 1] == '\n') continue;
    if (t[i] == '\n' || t[i] == '\r') file->lineStarts.push_back(i + 1);
  }
  files_.push_back(std::move(file));
  return static_cast<FileId>(files_.size() - 1);
}

bool SourceManager::loadFile(const std::string& path, FileId* id, std::string* error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *error = path + ": " + std::strerror(errno);
    return false;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) {
    *error = path + ": read error";
    return false;
  }
  *id = addFile(path, buffer.str());
  return true;
}

std::string_view SourceManager::lineText(FileId id, uint32_t line) const {
  if (id >= files_.size()) return {};
  const File& file = *files_[id];
  if (line == 0 || line > file.lineStarts.size()) return {};
  size_t begin = file.lineStarts[line - 1];
  size_t end = begin;
  while (end < file.text.size() && file.text[end] != '\n' && file.text[end] != '\r') ++end;
  return std::string_view(file.text).substr(begin, end - begin);
}

}  // namespace plurix::compiler
