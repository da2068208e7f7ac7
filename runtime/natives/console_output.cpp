// Console output (console_output.h) over POSIX write(2). The buffer is process state, not heap
// state: output is a device effect outside the heap (docs/RUNTIME.md "Console").
#include "runtime/natives/console_output.h"

#include <unistd.h>

#include <cerrno>
#include <string>

namespace plurix::runtime {

namespace {

constexpr size_t kFlushThreshold = 64 * 1024;

std::string& outputBuffer() {
  static std::string buffer;
  return buffer;
}

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

}  // namespace

void consoleWrite(int descriptor, std::string_view bytes) {
  if (descriptor == kStandardOutput) {
    std::string& buffer = outputBuffer();
    buffer.append(bytes);
    if (buffer.size() >= kFlushThreshold) consoleFlush();
    return;
  }
  consoleFlush();
  writeAll(kStandardError, bytes.data(), bytes.size());
}

void consoleFlush() {
  std::string& buffer = outputBuffer();
  if (buffer.empty()) return;
  writeAll(kStandardOutput, buffer.data(), buffer.size());
  buffer.clear();
}

}  // namespace plurix::runtime
