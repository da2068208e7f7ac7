// Hosted implementation of runtime/platform/file.h over POSIX descriptors.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "runtime/platform/file.h"

namespace plurix::platform {
namespace {

Status fileError(ErrorCode code, const char* what, const char* detail) {
  return Status::error(code, MessageBuilder().text(what).text(": ").text(detail));
}

}  // namespace

File::~File() {
  if (descriptor_ >= 0) ::close(descriptor_);
}

Result<File> File::create(const char* path) {
  int descriptor = ::open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (descriptor < 0) return fileError(ErrorCode::kIoError, path, strerror(errno));
  return File(descriptor);
}

Result<File> File::openForReading(const char* path) {
  int descriptor = ::open(path, O_RDONLY | O_CLOEXEC);
  if (descriptor < 0) {
    return fileError(errno == ENOENT ? ErrorCode::kNotFound : ErrorCode::kIoError, path, strerror(errno));
  }
  return File(descriptor);
}

Status File::append(const void* data, size_t size) {
  const char* bytes = static_cast<const char*>(data);
  while (size > 0) {
    ssize_t written = ::write(descriptor_, bytes, size);
    if (written < 0) {
      if (errno == EINTR) continue;
      return fileError(ErrorCode::kIoError, "write", strerror(errno));
    }
    bytes += written;
    size -= static_cast<size_t>(written);
  }
  return Status::ok();
}

Status File::readAt(uint64_t offset, void* data, size_t size) const {
  char* bytes = static_cast<char*>(data);
  while (size > 0) {
    ssize_t got = ::pread(descriptor_, bytes, size, static_cast<off_t>(offset));
    if (got < 0) {
      if (errno == EINTR) continue;
      return fileError(ErrorCode::kIoError, "read", strerror(errno));
    }
    if (got == 0) return Status::error(ErrorCode::kCorrupt, "file ends early (truncated)");
    bytes += got;
    offset += static_cast<uint64_t>(got);
    size -= static_cast<size_t>(got);
  }
  return Status::ok();
}

Result<uint64_t> File::size() const {
  struct stat info;
  if (fstat(descriptor_, &info) != 0) return fileError(ErrorCode::kIoError, "stat", strerror(errno));
  return static_cast<uint64_t>(info.st_size);
}

Status File::close() {
  if (descriptor_ < 0) return Status::ok();
  int descriptor = descriptor_;
  descriptor_ = -1;
  bool synced = ::fsync(descriptor) == 0 || errno == EINVAL;
  bool closed = ::close(descriptor) == 0;
  if (!synced || !closed) return fileError(ErrorCode::kIoError, "close", strerror(errno));
  return Status::ok();
}

}  // namespace plurix::platform
