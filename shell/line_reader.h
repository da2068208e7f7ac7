// Line reader: where the shell's inputs come from. One input is one or more lines, continued while
// brackets, a block comment or a literal are open (shell/input_balance.h), so a class or a loop can
// be typed over several lines and reaches the compiler whole.
// Two kinds: EditLineReader for a person at a terminal (editing, history, completion, Ctrl-C) and
// StreamLineReader for a script on standard input (no prompts, line numbers for errors).
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace plurix::shell {

// Given the line being edited and the cursor (a byte offset into it), returns the candidates for
// the word before the cursor; each replaces that word whole. *wordStart holds on entry the
// identifier characters before the cursor; the completer may set it to another suffix of
// line[0, cursor) that the candidates replace instead (an empty one: candidates are inserted).
using Completer = std::function<std::vector<std::string>(const std::string& line, size_t cursor,
                                                         std::string* wordStart)>;

class LineReader {
 public:
  virtual ~LineReader() = default;

  // Guarantees the next complete input, its lines joined with '\n' and without a final newline,
  // or nullopt at end of input. Shows prompt before the first line and continuationPrompt before
  // each further one (where prompts are shown at all). Blank lines between inputs are skipped. At
  // end of input inside an unfinished input, that unfinished text is returned (the compiler says
  // what is missing), and nullopt on the next call.
  virtual std::optional<std::string> readInput(const std::string& prompt,
                                               const std::string& continuationPrompt) = 0;
  // Guarantees the 1-based number, counted from the first line read, of the first line of the
  // input readInput returned last (0 before the first); with a line of that input, the core can
  // say "line N" of a script.
  virtual size_t lineNumber() const = 0;
  // Guarantees whether a person is typing (prompts, completion, history) rather than a script.
  virtual bool interactive() const = 0;
  // Guarantees that tab completion asks completer from now on; readers without completion ignore
  // it.
  virtual void setCompleter(Completer completer) {}
};

// Guarantees $HOME/.plurix_history, or .plurix_history in the working directory without HOME.
std::string defaultHistoryPath();

// Guarantees an EditLineReader over the terminal when standard input is one (with history in
// historyPath), else a StreamLineReader over std::cin.
std::unique_ptr<LineReader> openStandardInput(
    const std::string& historyPath = defaultHistoryPath());

}  // namespace plurix::shell
