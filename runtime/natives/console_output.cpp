// Console output (console_output.h) over POSIX write(2), as a smart buffer. Its state is process
// state outside the heap, so it survives the aborts it reacts to (DESIGN.md invariant 6).
#include "runtime/natives/console_output.h"

#include <unistd.h>

#include <cerrno>
#include <string>
#include <vector>

#include "txn/device.h"
#include "txn/transaction.h"

namespace plurix::runtime {

namespace {

constexpr size_t kFlushThreshold = 64 * 1024;

void writeAll(int descriptor, const char* bytes, size_t size) {
  while (size > 0) {
    ssize_t written = ::write(descriptor, bytes, size);
    if (written < 0) {
      if (errno == EINTR) continue;
      return;  // a closed console loses output, as System.out does (PrintStream never throws)
    }
    bytes += written;
    size -= static_cast<size_t>(written);
  }
}

struct Segment {
  int descriptor;
  std::string bytes;
};

class Console final : public txn::Device {
 public:
  void write(int descriptor, std::string_view bytes) {
    if (txn::inTransaction()) {
      attach();
      if (held_.empty() || held_.back().descriptor != descriptor) held_.push_back(Segment{descriptor, {}});
      held_.back().bytes.append(bytes);
      return;
    }
    deliver(descriptor, bytes);
  }
  void flush() {
    commit();
    if (output_.empty()) return;
    writeAll(kStandardOutput, output_.data(), output_.size());
    output_.clear();
  }
  void commit() override {
    for (const Segment& segment : held_) deliver(segment.descriptor, segment.bytes);
    held_.clear();
  }
  void undo() override { held_.clear(); }

  ConsoleMark mark() const {
    if (held_.empty()) return ConsoleMark{};
    return ConsoleMark{held_.size(), held_.back().bytes.size()};
  }
  std::string textSince(ConsoleMark mark) const {
    std::string text;
    for (size_t i = mark.segments == 0 ? 0 : mark.segments - 1; i < held_.size(); ++i) {
      size_t from = (mark.segments != 0 && i == mark.segments - 1) ? mark.bytesInLast : 0;
      text.append(held_[i].bytes, from);
    }
    return text;
  }

 private:
  void attach() {
    if (attached_) return;
    txn::addDevice(this);
    attached_ = true;
  }
  void deliver(int descriptor, std::string_view bytes) {
    if (descriptor == kStandardOutput) {
      output_.append(bytes);
      if (output_.size() >= kFlushThreshold) flushOutput();
      return;
    }
    flushOutput();
    writeAll(kStandardError, bytes.data(), bytes.size());
  }
  void flushOutput() {
    if (output_.empty()) return;
    writeAll(kStandardOutput, output_.data(), output_.size());
    output_.clear();
  }

  std::vector<Segment> held_;  // the running transaction's output, in order
  std::string output_;         // committed standard output not yet written
  bool attached_ = false;
};

Console& console() {
  static Console instance;
  return instance;
}

}  // namespace

void consoleWrite(int descriptor, std::string_view bytes) { console().write(descriptor, bytes); }
void consoleFlush() { console().flush(); }
ConsoleMark consoleMark() { return console().mark(); }
std::string consoleTextSince(ConsoleMark mark) { return console().textSince(mark); }

}  // namespace plurix::runtime
