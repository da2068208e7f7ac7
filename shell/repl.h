// The shell's loop: reads inputs (line_reader.h), runs commands (a word after '/') itself and
// hands everything else to the session (session.h); after an input that left transactions
// registered with this station, runs the station's transaction loop until they are done or
// Ctrl-C stops it. Completion offers command names, the session's names and the heap's classes.
#pragma once
#include <ostream>
#include <string>
#include <vector>

#include "heap/heap.h"
#include "shell/line_reader.h"
#include "shell/session.h"

namespace plurix::shell {

struct ReplOptions {
  bool timing = false;  // after each input, the time from its end to its result (check, compile, run)
};

class Repl {
 public:
  // Requires what Session requires; reader, out and err outlive this.
  Repl(heap::Heap& heap, LineReader& reader, std::ostream& out, std::ostream& err, const ReplOptions& options);

  // Guarantees every input read and handled until the end of input or /exit; returns 0, or 1
  // when reading a script and any input failed.
  int run();

  // One input, as if typed: a command or source. Returns false if it failed.
  bool handle(const std::string& input, size_t firstLine);

  Session& session() { return session_; }

 private:
  bool command(const std::string& input);
  bool openFile(const std::string& path);
  bool runClass(const std::vector<std::string>& words);
  bool showView(const char* method);
  bool migrate(const std::vector<std::string>& words);
  bool listClasses(const std::string& prefix);
  bool heapStatistics();
  void runRegisteredWork();
  std::vector<std::string> complete(const std::string& line, size_t cursor, std::string* wordStart);

  heap::Heap& heap_;
  LineReader& reader_;
  std::ostream& out_;
  std::ostream& err_;
  ReplOptions options_;
  Session session_;
  std::vector<std::string> history_;
  bool exitRequested_ = false;
};

}  // namespace plurix::shell
