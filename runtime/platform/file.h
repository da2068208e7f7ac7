// Whole files for heap images: sequential write and positional read through the platform
// (DESIGN.md invariant 8). Invariant: a File owns one descriptor and closes it exactly once.
#pragma once

#include <cstddef>
#include <cstdint>

#include "runtime/platform/status.h"

namespace plurix::platform {

class File {
 public:
  File() = default;
  File(const File&) = delete;
  File& operator=(const File&) = delete;
  File(File&& other) : descriptor_(other.descriptor_) { other.descriptor_ = -1; }
  ~File();

  // Requires a writable directory. Guarantees an empty file open for writing (replacing one).
  static Result<File> create(const char* path);
  // Guarantees the file open for reading, or kNotFound / kIoError naming the path.
  static Result<File> openForReading(const char* path);

  // Requires a file from create. Guarantees all size bytes written, or an error.
  Status append(const void* data, size_t size);
  // Requires a file from openForReading. Guarantees exactly size bytes at offset read, or an
  // kCorrupt error when the file ends first.
  Status readAt(uint64_t offset, void* data, size_t size) const;
  Result<uint64_t> size() const;
  // Guarantees the data reached the file system (fsync) and the descriptor is closed.
  Status close();

 private:
  explicit File(int descriptor) : descriptor_(descriptor) {}
  int descriptor_ = -1;
};

}  // namespace plurix::platform
