// libedit is driven through its native API rather than its readline emulation: the emulation has
// no per-instance client data, so completion and the interrupt could reach the reader only through
// globals. Characters are read by our own function (EL_GETCFN) so that a Ctrl-C can end el_gets at
// once: libedit's own reader retries a read that a signal interrupted, and SIGINT would then be
// seen only after the next key press.
#include "shell/edit_line_reader.h"

#include <histedit.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <clocale>
#include <cstring>
#include <cwchar>

#include "shell/interrupt.h"

namespace plurix::shell {
namespace {

constexpr int kHistorySize = 1000;
constexpr size_t kDefaultTerminalWidth = 80;

EditLineReader* readerOf(EditLine* el) {
  void* data = nullptr;
  el_get(el, EL_CLIENTDATA, &data);
  return static_cast<EditLineReader*>(data);
}

bool isWordByte(char c) {
  const auto byte = static_cast<unsigned char>(c);
  return std::isalnum(byte) != 0 || c == '_' || c == '$' || byte >= 0x80;
}

// libedit counts characters, not bytes, when it deletes before the cursor.
int characterCount(const std::string& text) {
  return static_cast<int>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

std::string commonPrefix(const std::vector<std::string>& words) {
  std::string prefix = words.front();
  for (const std::string& word : words) {
    size_t length = 0;
    while (length < prefix.size() && length < word.size() && prefix[length] == word[length]) {
      ++length;
    }
    prefix.resize(length);
  }
  return prefix;
}

size_t terminalWidth(FILE* out) {
  winsize size = {};
  if (ioctl(fileno(out), TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
  return kDefaultTerminalWidth;
}

bool isPlainLocale(const char* name) {
  return name == nullptr || std::strcmp(name, "C") == 0 || std::strcmp(name, "POSIX") == 0;
}

}  // namespace

EditLineReader::EditLineReader(std::string historyPath, FILE* in, FILE* out, FILE* err)
    : historyPath_(std::move(historyPath)), in_(in), out_(out), err_(err) {
  // libedit decodes keys with the C library's multibyte functions: without a UTF-8 locale every
  // non-ASCII character would be edited as several unprintable bytes. Dialect source is UTF-8, so
  // where the environment names no locale (or the plain C one), C.UTF-8 is used.
  if (isPlainLocale(std::setlocale(LC_CTYPE, nullptr))) {
    if (isPlainLocale(std::setlocale(LC_CTYPE, ""))) std::setlocale(LC_CTYPE, "C.UTF-8");
  }
  installInterruptHandler();

  HistEvent event;
  history_ = history_init();
  ::history(history_, &event, H_SETSIZE, kHistorySize);
  ::history(history_, &event, H_SETUNIQUE, 1);
  if (!historyPath_.empty()) ::history(history_, &event, H_LOAD, historyPath_.c_str());

  editLine_ = el_init("plurix", in_, out_, err_);
  el_set(editLine_, EL_CLIENTDATA, this);
  el_set(editLine_, EL_EDITOR, "emacs");
  el_set(editLine_, EL_SIGNAL, 0);  // SIGINT is ours (shell/interrupt.h)
  el_set(editLine_, EL_PROMPT, &EditLineReader::promptOf);
  el_set(editLine_, EL_HIST, ::history, history_);
  el_set(editLine_, EL_GETCFN, &EditLineReader::readCharacter);
  el_set(editLine_, EL_ADDFN, "plurix-complete", "Complete the word before the cursor",
         &EditLineReader::completeWord);
  el_set(editLine_, EL_BIND, "^I", "plurix-complete", nullptr);
}

EditLineReader::~EditLineReader() {
  el_end(editLine_);
  history_end(history_);
}

std::optional<std::string> EditLineReader::readInput(const std::string& prompt,
                                                     const std::string& continuationPrompt) {
  if (endOfInput_) return std::nullopt;
  takeInterrupt();  // a Ctrl-C typed before the prompt appeared belongs to no input
  collector_.clear();
  for (;;) {
    currentPrompt_ = collector_.empty() ? prompt : continuationPrompt;
    interrupted_ = false;
    // libedit switches the terminal to raw mode only at its first read, after drawing the prompt:
    // a key typed as the prompt appears would meet the kernel's line discipline instead, and a
    // Ctrl-D there is an end-of-file that raw mode then loses.
    el_set(editLine_, EL_PREP_TERM, 1);
    int count = 0;
    const char* line = el_gets(editLine_, &count);
    if (interrupted_) {
      std::fputs("^C\n", out_);
      std::fflush(out_);
      collector_.clear();
      continue;
    }
    if (line == nullptr || count <= 0) {
      // Ctrl-D leaves the cursor after the prompt; what the shell prints next needs a line.
      std::fputc('\n', out_);
      std::fflush(out_);
      endOfInput_ = true;
      if (collector_.empty()) return std::nullopt;
      std::string input = collector_.take();
      addToHistory(input);
      return input;
    }
    ++linesRead_;
    std::string text(line, static_cast<size_t>(count));
    if (!text.empty() && text.back() == '\n') text.pop_back();
    const bool wasEmpty = collector_.empty();
    const bool complete = collector_.addLine(text);
    if (wasEmpty && !collector_.empty()) firstLineOfInput_ = linesRead_;
    if (complete) {
      std::string input = collector_.take();
      addToHistory(input);
      return input;
    }
  }
}

std::vector<std::string> EditLineReader::history() const {
  std::vector<std::string> entries;
  HistEvent event;
  // H_LAST is the oldest entry; H_PREV walks towards the newest and fails after it.
  for (int found = ::history(history_, &event, H_LAST); found != -1;
       found = ::history(history_, &event, H_PREV)) {
    entries.emplace_back(event.str);
  }
  return entries;
}

void EditLineReader::addToHistory(const std::string& input) {
  HistEvent event;
  if (::history(history_, &event, H_ENTER, input.c_str()) == -1 || historyPath_.empty()) return;
  // Saved whole after every entry (libedit writes it with mode 0600 and escapes newlines, so a
  // multi-line input stays one entry): a shell that is killed keeps all it had accepted.
  if (::history(history_, &event, H_SAVE, historyPath_.c_str()) == -1 && !historySaveFailed_) {
    historySaveFailed_ = true;
    std::fprintf(err_, "plurix shell: cannot save history to %s: %s\n", historyPath_.c_str(),
                 std::strerror(errno));
  }
}

char* EditLineReader::promptOf(EditLine* el) {
  return const_cast<char*>(readerOf(el)->currentPrompt_.c_str());
}

int EditLineReader::readCharacter(EditLine* el, wchar_t* out) {
  EditLineReader* self = readerOf(el);
  const int terminal = fileno(self->in_);
  std::mbstate_t state = {};
  for (;;) {
    pollfd watched[2] = {{terminal, POLLIN, 0}, {interruptWakeDescriptor(), POLLIN, 0}};
    if (poll(watched, 2, -1) < 0) {
      if (errno == EINTR) continue;
      return -1;
    }
    if ((watched[1].revents & POLLIN) != 0 && takeInterrupt()) {
      self->interrupted_ = true;
      errno = EINTR;
      return -1;
    }
    if ((watched[0].revents & (POLLIN | POLLHUP | POLLERR)) == 0) continue;
    char byte = 0;
    const ssize_t got = read(terminal, &byte, 1);
    if (got < 0 && (errno == EINTR || errno == EAGAIN)) continue;
    if (got <= 0) return static_cast<int>(got);
    wchar_t character = 0;
    const size_t decoded = std::mbrtowc(&character, &byte, 1, &state);
    if (decoded == static_cast<size_t>(-2)) continue;  // more bytes of this character follow
    if (decoded == static_cast<size_t>(-1)) {
      // Not valid in this locale: pass the byte on rather than lose the key.
      *out = static_cast<wchar_t>(static_cast<unsigned char>(byte));
      return 1;
    }
    *out = character;
    return 1;
  }
}

unsigned char EditLineReader::completeWord(EditLine* el, int) {
  return readerOf(el)->complete();
}

unsigned char EditLineReader::complete() {
  if (!completer_) return CC_REFRESH_BEEP;
  const LineInfo* info = el_line(editLine_);
  const std::string line(info->buffer, static_cast<size_t>(info->lastchar - info->buffer));
  const size_t cursor = static_cast<size_t>(info->cursor - info->buffer);
  size_t start = cursor;
  while (start > 0 && isWordByte(line[start - 1])) --start;
  std::string word = line.substr(start, cursor - start);

  const std::vector<std::string> candidates = completer_(line, cursor, &word);
  // The completer may name another word to replace, but only text that stands before the cursor.
  if (word.size() > cursor || line.compare(cursor - word.size(), word.size(), word) != 0) {
    word.clear();
  }
  if (candidates.empty()) return CC_REFRESH_BEEP;

  const std::string replacement =
      candidates.size() == 1 ? candidates.front() : commonPrefix(candidates);
  const bool extends = replacement.size() > word.size() && replacement.starts_with(word);
  if (candidates.size() == 1 || extends) {
    el_deletestr(editLine_, characterCount(word));
    el_insertstr(editLine_, replacement.c_str());
    return CC_REFRESH;
  }
  listCandidates(candidates);
  return CC_REDISPLAY;
}

void EditLineReader::listCandidates(const std::vector<std::string>& candidates) {
  size_t widest = 0;
  for (const std::string& candidate : candidates) {
    widest = std::max(widest, static_cast<size_t>(characterCount(candidate)));
  }
  const size_t columnWidth = widest + 2;
  const size_t columns = std::max<size_t>(1, terminalWidth(out_) / columnWidth);
  const size_t rows = (candidates.size() + columns - 1) / columns;
  // Listed down the columns, as bash does, below the line being edited; CC_REDISPLAY then
  // draws the prompt and the line again underneath.
  std::fputc('\n', out_);
  for (size_t row = 0; row < rows; ++row) {
    for (size_t column = 0; column < columns; ++column) {
      const size_t index = column * rows + row;
      if (index >= candidates.size()) break;
      const std::string& candidate = candidates[index];
      const bool last = column + 1 == columns || index + rows >= candidates.size();
      std::fputs(candidate.c_str(), out_);
      if (!last) {
        std::fprintf(out_, "%*s", static_cast<int>(columnWidth - characterCount(candidate)), "");
      }
    }
    std::fputc('\n', out_);
  }
  std::fflush(out_);
}

}  // namespace plurix::shell
