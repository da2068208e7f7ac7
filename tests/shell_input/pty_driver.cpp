// pty_driver: runs a command inside a pseudo-terminal and plays a script against it, so that the
// shell can be tested through a real terminal (line editing, Ctrl-C, completion) as a person uses
// it.
//
//   pty_driver [--timeout SECONDS] [--env NAME=VALUE]... SCRIPT -- COMMAND [ARG]...
//
// The script has one step a line; blank lines and lines starting with '#' are skipped:
//   send: TEXT       types TEXT, then Enter (a carriage return, as a terminal sends it)
//   type: TEXT       types TEXT without Enter
//   expect: TEXT     waits until the terminal shows TEXT after the place the last expect matched
//   ctrl-c, ctrl-d, tab, enter   types that key
//   timeout: SECONDS how long each following expect and exit may wait (default 3, or --timeout)
//   exit: STATUS     waits for the command to end with that exit status
// TEXT may use \r \n \t \e (escape) \xHH and \\; one space after the colon is not part of it.
// Type a key the kernel's line discipline treats specially (ctrl-d) only after expecting the
// prompt: a line editor switches the terminal to raw mode only while it reads, so before that the
// kernel would take ctrl-d as its own end-of-file.
// What the terminal "shows" is its output with escape sequences, carriage returns, bells and
// backspaces taken out, so that expects need not know how the line editor redraws.
// Exit status: 0 when every step passed; 1 naming the step that failed and what the terminal
// showed; 2 for a wrong command line or script. The command never outlives the driver.
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

struct Step {
  size_t line;         // in the script, for messages
  std::string source;  // the script line as written
  std::string kind;    // send, type, expect, key, timeout, exit
  std::string text;    // decoded text, or the key's bytes
};

int hexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::optional<std::string> decodeEscapes(const std::string& text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\\') {
      out += text[i];
      continue;
    }
    if (++i == text.size()) return std::nullopt;
    switch (text[i]) {
      case 'r': out += '\r'; break;
      case 'n': out += '\n'; break;
      case 't': out += '\t'; break;
      case 'e': out += '\x1b'; break;
      case '\\': out += '\\'; break;
      case 'x': {
        if (i + 2 >= text.size()) return std::nullopt;
        const int high = hexDigit(text[i + 1]);
        const int low = hexDigit(text[i + 2]);
        if (high < 0 || low < 0) return std::nullopt;
        out += static_cast<char>(high * 16 + low);
        i += 2;
        break;
      }
      default: return std::nullopt;
    }
  }
  return out;
}

// Returns the steps, or nullopt after saying on stderr which line is wrong.
std::optional<std::vector<Step>> parseScript(std::istream& in) {
  static const std::pair<const char*, const char*> kKeys[] = {
      {"ctrl-c", "\x03"}, {"ctrl-d", "\x04"}, {"tab", "\t"}, {"enter", "\r"}};
  std::vector<Step> steps;
  std::string line;
  for (size_t number = 1; std::getline(in, line); ++number) {
    if (line.empty() || line[0] == '#') continue;
    Step step{number, line, "", ""};
    bool known = false;
    for (const auto& [name, bytes] : kKeys) {
      if (line == name) {
        step.kind = "key";
        step.text = bytes;
        known = true;
      }
    }
    const size_t colon = line.find(':');
    if (!known && colon != std::string::npos) {
      step.kind = line.substr(0, colon);
      std::string argument = line.substr(colon + 1);
      if (!argument.empty() && argument[0] == ' ') argument.erase(0, 1);
      std::optional<std::string> decoded = decodeEscapes(argument);
      known = decoded.has_value() &&
              (step.kind == "send" || step.kind == "type" || step.kind == "expect" ||
               step.kind == "timeout" || step.kind == "exit");
      if (known) step.text = *decoded;
      if (step.kind == "send") step.text += '\r';
    }
    if (!known) {
      std::cerr << "pty_driver: script line " << number << ": not a step: " << line << "\n";
      return std::nullopt;
    }
    steps.push_back(step);
  }
  return steps;
}

// What the terminal shows: output with control sequences removed, fed in chunks that may split
// a sequence anywhere.
class Screen {
 public:
  void feed(const char* bytes, size_t count) {
    for (size_t i = 0; i < count; ++i) take(bytes[i]);
  }
  const std::string& text() const { return text_; }

 private:
  enum class State { kText, kEscape, kControlSequence, kOperatingSystemCommand };

  void take(char c) {
    switch (state_) {
      case State::kText:
        if (c == '\x1b') {
          state_ = State::kEscape;
        } else if (c != '\r' && c != '\a' && c != '\b') {
          text_ += c;
        }
        return;
      case State::kEscape:
        state_ = c == '['   ? State::kControlSequence
                 : c == ']' ? State::kOperatingSystemCommand
                            : State::kText;
        return;
      case State::kControlSequence:
        if (c >= 0x40 && c <= 0x7e) state_ = State::kText;  // the final byte
        return;
      case State::kOperatingSystemCommand:
        if (c == '\a') state_ = State::kText;
        return;
    }
  }

  State state_ = State::kText;
  std::string text_;
};

std::string printable(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '\n' || (static_cast<unsigned char>(c) >= 0x20 && c != 0x7f)) {
      out += c;
    } else {
      char escaped[8];
      std::snprintf(escaped, sizeof escaped, "\\x%02x", static_cast<unsigned char>(c));
      out += escaped;
    }
  }
  return out;
}

class Terminal {
 public:
  // Starts command in a new pseudo-terminal of 80x24 with TERM=xterm unless env names a TERM.
  bool start(char** command, const std::vector<std::string>& env) {
    winsize size = {};
    size.ws_row = 24;
    size.ws_col = 80;
    pid_ = forkpty(&master_, nullptr, nullptr, &size);
    if (pid_ < 0) {
      std::perror("pty_driver: forkpty");
      return false;
    }
    if (pid_ == 0) {
      setenv("TERM", "xterm", 1);
      for (const std::string& assignment : env) putenv(const_cast<char*>(assignment.c_str()));
      execvp(command[0], command);
      std::fprintf(stderr, "pty_driver: cannot run %s: %s\n", command[0], std::strerror(errno));
      _exit(127);
    }
    fcntl(master_, F_SETFL, fcntl(master_, F_GETFL) | O_NONBLOCK);
    return true;
  }

  ~Terminal() {
    if (pid_ <= 0) return;
    if (master_ >= 0) close(master_);  // the command sees a hang-up
    if (exitStatus_) return;
    const Clock::time_point deadline = Clock::now() + std::chrono::seconds(2);
    while (!reap() && Clock::now() < deadline) usleep(10000);
    if (!exitStatus_) {
      kill(pid_, SIGKILL);
      waitpid(pid_, nullptr, 0);
    }
  }

  bool send(const std::string& bytes) {
    size_t sent = 0;
    while (sent < bytes.size()) {
      const ssize_t wrote = write(master_, bytes.data() + sent, bytes.size() - sent);
      if (wrote < 0 && errno != EAGAIN && errno != EINTR) return false;
      if (wrote > 0) sent += static_cast<size_t>(wrote);
    }
    return true;
  }

  // Waits until the screen shows text after the last match; on success moves the match point.
  bool expect(const std::string& text, std::chrono::milliseconds timeout) {
    const Clock::time_point deadline = Clock::now() + timeout;
    for (;;) {
      const size_t found = screen_.text().find(text, matched_);
      if (found != std::string::npos) {
        matched_ = found + text.size();
        return true;
      }
      if (Clock::now() >= deadline) return false;
      if (!readSome(deadline)) {
        // The other side is closed: the command has ended or is ending; let it be reaped.
        waitForExit(std::chrono::seconds(1));
        return false;
      }
    }
  }

  // Waits for the command to end; returns its exit status, -signal, or nullopt on timeout.
  std::optional<int> waitForExit(std::chrono::milliseconds timeout) {
    const Clock::time_point deadline = Clock::now() + timeout;
    while (!reap() && Clock::now() < deadline) {
      if (!readSome(std::min(deadline, Clock::now() + std::chrono::milliseconds(20)))) {
        usleep(10000);
      }
    }
    return exitStatus_;
  }

  std::string shownSinceMatch() const { return screen_.text().substr(matched_); }
  bool ended() { return reap(); }
  std::optional<int> exitStatus() const { return exitStatus_; }

 private:
  // Reads what the command wrote until deadline; false when nothing more can come.
  bool readSome(Clock::time_point deadline) {
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
    pollfd watched = {master_, POLLIN, 0};
    const int ready = poll(&watched, 1, static_cast<int>(std::max<int64_t>(0, left.count())));
    if (ready < 0) return errno == EINTR;
    if (ready == 0) return true;
    char buffer[4096];
    const ssize_t got = read(master_, buffer, sizeof buffer);
    if (got > 0) {
      screen_.feed(buffer, static_cast<size_t>(got));
      return true;
    }
    // EIO: every process holding the terminal's other side has ended.
    return got < 0 && (errno == EAGAIN || errno == EINTR);
  }

  bool reap() {
    if (exitStatus_) return true;
    int status = 0;
    if (waitpid(pid_, &status, WNOHANG) != pid_) return false;
    exitStatus_ = WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
    return true;
  }

  pid_t pid_ = -1;
  int master_ = -1;
  Screen screen_;
  size_t matched_ = 0;
  std::optional<int> exitStatus_;
};

int fail(const Step& step, size_t index, const std::string& why, Terminal& terminal) {
  std::string shown = terminal.shownSinceMatch();
  constexpr size_t kShownAtMost = 2000;
  if (shown.size() > kShownAtMost) shown = "..." + shown.substr(shown.size() - kShownAtMost);
  std::cerr << "pty_driver: step " << index + 1 << " (script line " << step.line << ", \""
            << step.source << "\") failed: " << why << "\n"
            << "the terminal showed after the last match:\n"
            << printable(shown) << "\n--- end of terminal output\n";
  return 1;
}

int usage() {
  std::cerr << "usage: pty_driver [--timeout SECONDS] [--env NAME=VALUE]... SCRIPT -- COMMAND "
               "[ARG]...\n";
  return 2;
}

int run(const std::vector<Step>& steps, char** command, const std::vector<std::string>& env,
        std::chrono::milliseconds timeout) {
  Terminal terminal;
  if (!terminal.start(command, env)) return 1;
  for (size_t i = 0; i < steps.size(); ++i) {
    const Step& step = steps[i];
    if (step.kind == "timeout") {
      timeout =
          std::chrono::milliseconds(static_cast<int64_t>(std::atof(step.text.c_str()) * 1000));
    } else if (step.kind == "expect") {
      if (!terminal.expect(step.text, timeout)) {
        if (terminal.ended()) {
          return fail(step, i,
                      "the command ended (status " + std::to_string(*terminal.exitStatus()) +
                          ") without showing it",
                      terminal);
        }
        return fail(step, i, "not shown within " + std::to_string(timeout.count()) + " ms",
                    terminal);
      }
    } else if (step.kind == "exit") {
      const std::optional<int> status = terminal.waitForExit(timeout);
      if (!status)
        return fail(step, i, "still running after " + std::to_string(timeout.count()) + " ms",
                    terminal);
      if (std::to_string(*status) != step.text) {
        return fail(step, i, "exit status " + std::to_string(*status), terminal);
      }
    } else if (!terminal.send(step.text)) {
      return fail(step, i, std::string("cannot type: ") + std::strerror(errno), terminal);
    }
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::chrono::milliseconds timeout(3000);
  std::vector<std::string> env;
  int arg = 1;
  for (; arg + 1 < argc && argv[arg][0] == '-' && argv[arg][1] == '-'; arg += 2) {
    if (std::strcmp(argv[arg], "--timeout") == 0) {
      timeout = std::chrono::milliseconds(static_cast<int64_t>(std::atof(argv[arg + 1]) * 1000));
    } else if (std::strcmp(argv[arg], "--env") == 0) {
      env.emplace_back(argv[arg + 1]);
    } else {
      return usage();
    }
  }
  if (arg + 2 >= argc || std::strcmp(argv[arg + 1], "--") != 0) return usage();

  std::ifstream file;
  std::istream* script = &std::cin;
  if (std::strcmp(argv[arg], "-") != 0) {
    file.open(argv[arg]);
    if (!file) {
      std::cerr << "pty_driver: cannot read script " << argv[arg] << "\n";
      return 2;
    }
    script = &file;
  }
  std::optional<std::vector<Step>> steps = parseScript(*script);
  if (!steps) return 2;
  return run(*steps, argv + arg + 2, env, timeout);
}
