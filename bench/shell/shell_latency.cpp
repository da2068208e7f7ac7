// shell_latency: how long a REPL takes from Enter to an input's result, measured as a person
// sees it, through a pseudo-terminal. It starts the REPL, waits for its prompt, types the setup
// lines, then types the measured line N times and times each from the Enter key to the moment the
// result appears on the terminal; it prints every time and the median. Works for any REPL with a
// prompt (plurix shell, jshell), so both are measured the same way.
//
//   shell_latency [--repeat N] [--setup LINE]... PROMPT LINE RESULT -- COMMAND [ARG]...
//
// In LINE and RESULT, %d stands for the repetition's number (from 1), so that each result differs
// from the one before; RESULT is found when a line of the output ends with it. Lines the REPL
// prints with "(N ms: check C, compile K, run R)" (plurix shell --timing) are collected too, and
// their medians printed.
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

class Terminal {
 public:
  bool start(char** command) {
    winsize size = {};
    size.ws_row = 24;
    size.ws_col = 200;  // wide enough that no REPL wraps the typed line
    pid_ = forkpty(&master_, nullptr, nullptr, &size);
    if (pid_ < 0) return false;
    if (pid_ == 0) {
      setenv("TERM", "dumb", 1);
      execvp(command[0], command);
      std::fprintf(stderr, "shell_latency: cannot run %s\n", command[0]);
      _exit(127);
    }
    return true;
  }
  ~Terminal() {
    if (pid_ <= 0) return;
    close(master_);
    kill(pid_, SIGTERM);
    waitpid(pid_, nullptr, 0);
  }
  void type(const std::string& text) { (void)!write(master_, text.data(), text.size()); }
  // Waits until the output after `from` holds text; returns where it ends, or npos after timeout.
  size_t waitFor(const std::string& text, size_t from, std::chrono::seconds timeout) {
    const Clock::time_point deadline = Clock::now() + timeout;
    for (;;) {
      const size_t found = shown_.find(text, from);
      if (found != std::string::npos) return found + text.size();
      if (Clock::now() >= deadline) return std::string::npos;
      pollfd watched = {master_, POLLIN, 0};
      if (poll(&watched, 1, 10) <= 0) continue;
      char buffer[4096];
      const ssize_t got = read(master_, buffer, sizeof buffer);
      if (got <= 0) return std::string::npos;
      // Carriage returns are left out, so that a result line ends in "\n" whoever wrote it.
      for (ssize_t i = 0; i < got; ++i) {
        if (buffer[i] != '\r') shown_ += buffer[i];
      }
    }
  }
  size_t end() const { return shown_.size(); }
  const std::string& shown() const { return shown_; }

 private:
  pid_t pid_ = -1;
  int master_ = -1;
  std::string shown_;
};

std::string numbered(std::string text, int number) {
  const std::string digits = std::to_string(number);
  for (size_t at = text.find("%d"); at != std::string::npos;
       at = text.find("%d", at + digits.size())) {
    text.replace(at, 2, digits);
  }
  return text;
}

double median(std::vector<double> values) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  const size_t middle = values.size() / 2;
  return values.size() % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

int usage() {
  std::fprintf(stderr,
               "usage: shell_latency [--repeat N] [--setup LINE]... PROMPT LINE RESULT -- COMMAND "
               "[ARG]...\n");
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  int repeat = 21;
  std::vector<std::string> setup;
  int arg = 1;
  for (; arg + 1 < argc && std::strncmp(argv[arg], "--", 2) == 0 && argv[arg][2] != '\0';
       arg += 2) {
    if (std::strcmp(argv[arg], "--repeat") == 0) {
      repeat = std::atoi(argv[arg + 1]);
    } else if (std::strcmp(argv[arg], "--setup") == 0) {
      setup.emplace_back(argv[arg + 1]);
    } else {
      return usage();
    }
  }
  if (argc - arg < 5 || std::strcmp(argv[arg + 3], "--") != 0 || repeat < 1) return usage();
  const std::string prompt = argv[arg];
  const std::string line = argv[arg + 1];
  const std::string result = argv[arg + 2];

  Terminal terminal;
  if (!terminal.start(argv + arg + 4)) return 1;
  size_t at = terminal.waitFor(prompt, 0, std::chrono::seconds(60));
  for (const std::string& each : setup) {
    terminal.type(each + "\r");
    at = at == std::string::npos ? at
                                 : terminal.waitFor("\n" + prompt, at, std::chrono::seconds(30));
  }
  if (at == std::string::npos) {
    std::fprintf(stderr, "shell_latency: no prompt; the terminal showed:\n%s\n",
                 terminal.shown().c_str());
    return 1;
  }
  const size_t measuredFrom = terminal.end();
  std::vector<double> times;
  for (int number = 1; number <= repeat; ++number) {
    const size_t sent = terminal.end();
    terminal.type(numbered(line, number) + "\r");
    const Clock::time_point enter = Clock::now();
    const size_t shown =
        terminal.waitFor(numbered(result, number) + "\n", sent, std::chrono::seconds(30));
    const double ms = std::chrono::duration<double, std::milli>(Clock::now() - enter).count();
    if (shown == std::string::npos ||
        terminal.waitFor("\n" + prompt, shown - 1, std::chrono::seconds(30)) == std::string::npos) {
      std::fprintf(stderr, "shell_latency: no result %d; the terminal showed:\n%s\n", number,
                   terminal.shown().substr(sent).c_str());
      return 1;
    }
    times.push_back(ms);
    std::printf("%d: %.1f ms\n", number, ms);
  }
  std::vector<double> total, check, compile, run;
  for (size_t found = terminal.shown().find(" ms: check ", measuredFrom);
       found != std::string::npos; found = terminal.shown().find(" ms: check ", found + 1)) {
    double values[4];
    const size_t open = terminal.shown().rfind('(', found);
    if (std::sscanf(terminal.shown().c_str() + open, "(%lf ms: check %lf, compile %lf, run %lf)",
                    &values[0], &values[1], &values[2], &values[3]) != 4) {
      continue;
    }
    total.push_back(values[0]);
    check.push_back(values[1]);
    compile.push_back(values[2]);
    run.push_back(values[3]);
  }
  std::printf("median of %d: %.1f ms (min %.1f, max %.1f)\n", repeat, median(times),
              *std::min_element(times.begin(), times.end()),
              *std::max_element(times.begin(), times.end()));
  if (!total.empty()) {
    std::printf("--timing, median of %zu inputs: %.1f ms: check %.1f, compile %.1f, run %.1f\n",
                total.size(), median(total), median(check), median(compile), median(run));
  }
  return 0;
}
