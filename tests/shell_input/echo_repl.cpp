// A tiny REPL over EditLineReader for the terminal tests: it echoes every input as "got: ..."
// (newlines shown as \n) with its line number, completes from a fixed word list, lists the
// history on ":history", and on ":run" plays a running command that Ctrl-C must abort through the
// interrupt callback. Usage: echo_repl [HISTORY_FILE]
#include <signal.h>

#include <chrono>
#include <cstdio>
#include <string>
#include <thread>

#include "shell/edit_line_reader.h"
#include "shell/interrupt.h"

namespace {

using plurix::shell::EditLineReader;

volatile sig_atomic_t aborted = 0;

std::string shown(const std::string& input) {
  std::string text;
  for (char c : input) text += c == '\n' ? std::string("\\n") : std::string(1, c);
  return text;
}

std::vector<std::string> completeFromWords(const std::string&, size_t, std::string* word) {
  static const char* const kWords[] = {"station", "status", "stop", "transaction"};
  std::vector<std::string> candidates;
  for (const char* candidate : kWords) {
    if (std::string(candidate).starts_with(*word)) candidates.emplace_back(candidate);
  }
  return candidates;
}

// Waits, as a long command would, until the interrupt callback says it was aborted (or 3 s pass).
void runUntilAborted() {
  aborted = 0;
  plurix::shell::RunningCommand running;  // before saying so: the test presses Ctrl-C on "running"
  std::printf("running\n");
  std::fflush(stdout);
  for (int waited = 0; waited < 300 && aborted == 0; ++waited) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  std::printf("%s\n", aborted != 0 ? "aborted by callback" : "not aborted");
}

}  // namespace

int main(int argc, char** argv) {
  EditLineReader reader(argc > 1 ? argv[1] : "");
  reader.setCompleter(completeFromWords);
  plurix::shell::setInterruptCallback([] { aborted = 1; });
  while (std::optional<std::string> input = reader.readInput("> ", "... ")) {
    if (*input == ":history") {
      for (const std::string& entry : reader.history())
        std::printf("history: %s\n", shown(entry).c_str());
    } else if (*input == ":run") {
      runUntilAborted();
    } else {
      std::printf("got: %s (line %zu)\n", shown(*input).c_str(), reader.lineNumber());
    }
    std::fflush(stdout);
  }
  std::printf("bye\n");
  return 0;
}
