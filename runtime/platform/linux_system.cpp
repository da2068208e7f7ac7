// Hosted implementation of runtime/platform/system.h.
#include <unistd.h>
#include <zlib.h>

#include <cstdlib>
#include <cstring>
#include <ctime>

#include "runtime/platform/system.h"

namespace plurix::platform {

uint64_t monotonicNanos() {
  timespec now;
  clock_gettime(CLOCK_MONOTONIC, &now);
  return static_cast<uint64_t>(now.tv_sec) * 1000000000u + static_cast<uint64_t>(now.tv_nsec);
}

uint32_t checksum32(uint32_t previous, const void* data, size_t size) {
  // zlib's crc32 takes a uInt length; feed it in slices so multi-GiB ranges stay correct.
  const unsigned char* bytes = static_cast<const unsigned char*>(data);
  uLong crc = previous;
  while (size > 0) {
    uInt slice = size > (1u << 30) ? (1u << 30) : static_cast<uInt>(size);
    crc = crc32(crc, bytes, slice);
    bytes += slice;
    size -= slice;
  }
  return static_cast<uint32_t>(crc);
}

void fatal(const char* message) {
  static const char kPrefix[] = "plurix: fatal: ";
  ssize_t ignored = write(STDERR_FILENO, kPrefix, sizeof(kPrefix) - 1);
  ignored = write(STDERR_FILENO, message, strlen(message));
  ignored = write(STDERR_FILENO, "\n", 1);
  (void)ignored;
  abort();
}

}  // namespace plurix::platform
