#include "shell/line_reader.h"

#include <unistd.h>

#include <cstdlib>
#include <iostream>

#include "shell/edit_line_reader.h"
#include "shell/stream_line_reader.h"

namespace plurix::shell {

std::string defaultHistoryPath() {
  const char* home = std::getenv("HOME");
  if (home == nullptr || *home == '\0') return ".plurix_history";
  return std::string(home) + "/.plurix_history";
}

std::unique_ptr<LineReader> openStandardInput(const std::string& historyPath) {
  // Only a terminal gets line editing: a pipe or file is a script, and prompts or escape
  // sequences would pollute what a script's caller captures.
  if (isatty(STDIN_FILENO) == 1) return std::make_unique<EditLineReader>(historyPath);
  return std::make_unique<StreamLineReader>(std::cin);
}

}  // namespace plurix::shell
