// Edit line reader: the shell's inputs typed at a terminal, through libedit (BSD editline):
// emacs-style line editing, history kept in a file across sessions, tab completion asked of the
// core, and Ctrl-C that throws away the input being typed instead of ending the shell.
// Invariant: each complete input becomes one history entry (a multi-line input stays one entry,
// recalled whole by up-arrow), and the history file is rewritten after each entry, so a shell
// that is killed loses nothing it had accepted.
#pragma once

#include <cstdio>
#include <string>
#include <utility>
#include <vector>

#include "shell/input_collector.h"
#include "shell/line_reader.h"

// libedit's types, declared here so that users of this header do not see <histedit.h>.
struct editline;
struct history;

namespace plurix::shell {

class EditLineReader final : public LineReader {
 public:
  // Requires in to be a terminal, and in, out and err to outlive the reader. Guarantees the
  // history loaded from historyPath (a missing file is an empty history; an empty path keeps
  // history in memory only) and the interrupt handler installed (shell/interrupt.h).
  explicit EditLineReader(std::string historyPath = defaultHistoryPath(), FILE* in = stdin,
                          FILE* out = stdout, FILE* err = stderr);
  ~EditLineReader() override;
  EditLineReader(const EditLineReader&) = delete;
  EditLineReader& operator=(const EditLineReader&) = delete;

  // Ctrl-C while typing discards the whole input (every line typed so far), prints "^C" and asks
  // again with prompt; Ctrl-D on an empty line is end of input.
  std::optional<std::string> readInput(const std::string& prompt,
                                       const std::string& continuationPrompt) override;
  // Counts every line typed in this session, so errors can name a line across inputs.
  size_t lineNumber() const override { return firstLineOfInput_; }
  bool interactive() const override { return true; }
  // One candidate replaces the word before the cursor; several extend it by their common prefix
  // when they share a longer one, else are listed below the line (as bash does); none beeps.
  void setCompleter(Completer completer) override { completer_ = std::move(completer); }

  // Guarantees the history, oldest entry first (those loaded from the file included).
  std::vector<std::string> history() const;

 private:
  static char* promptOf(editline* el);
  static int readCharacter(editline* el, wchar_t* out);
  static unsigned char completeWord(editline* el, int key);
  void addToHistory(const std::string& input);
  unsigned char complete();
  void listCandidates(const std::vector<std::string>& candidates);

  std::string historyPath_;
  FILE* in_;
  FILE* out_;
  FILE* err_;
  editline* editLine_ = nullptr;
  struct history* history_ = nullptr;
  std::string currentPrompt_;
  Completer completer_;
  InputCollector collector_;
  bool interrupted_ = false;
  bool endOfInput_ = false;
  bool historySaveFailed_ = false;
  size_t linesRead_ = 0;
  size_t firstLineOfInput_ = 0;
};

}  // namespace plurix::shell
