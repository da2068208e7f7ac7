#include "drivers/network/cluster_key.h"

#include <errno.h>
#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstring>

namespace plurix::network {

using platform::ErrorCode;
using platform::MessageBuilder;
using platform::Result;
using platform::Status;

static_assert(ClusterKey::kBytes == crypto_auth_hmacsha512256_KEYBYTES);

namespace {

Status fileError(ErrorCode code, const char* path, const char* what) {
  return Status::error(code, MessageBuilder().text("key file ").text(path).text(": ").text(what));
}

// Reads exactly size bytes, or reports how many the file had.
Result<size_t> readAll(int descriptor, uint8_t* data, size_t size) {
  size_t done = 0;
  while (done < size) {
    ssize_t got = ::read(descriptor, data + done, size - done);
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) return Status::error(ErrorCode::kIoError, strerror(errno));
    if (got == 0) break;
    done += static_cast<size_t>(got);
  }
  return done;
}

}  // namespace

ClusterKey::ClusterKey(const ClusterKey& other) { std::memcpy(bytes_, other.bytes_, kBytes); }

ClusterKey& ClusterKey::operator=(const ClusterKey& other) {
  std::memcpy(bytes_, other.bytes_, kBytes);
  return *this;
}

ClusterKey::~ClusterKey() { sodium_memzero(bytes_, kBytes); }

ClusterKey ClusterKey::fromBytes(const uint8_t (&bytes)[kBytes]) {
  ClusterKey key;
  std::memcpy(key.bytes_, bytes, kBytes);
  return key;
}

Result<ClusterKey> ClusterKey::create(const char* path) {
  if (sodium_init() < 0) return Status::error(ErrorCode::kIoError, "libsodium failed to start");
  // O_EXCL: never overwrite a key a running cluster may still use.
  int descriptor = ::open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (descriptor < 0) {
    ErrorCode code = errno == EEXIST ? ErrorCode::kAlreadyExists : ErrorCode::kIoError;
    return fileError(code, path, strerror(errno));
  }
  ClusterKey key;
  randombytes_buf(key.bytes_, kBytes);
  bool written = ::write(descriptor, key.bytes_, kBytes) == static_cast<ssize_t>(kBytes);
  written = ::fsync(descriptor) == 0 && written;
  ::close(descriptor);
  if (!written) {
    ::unlink(path);
    return fileError(ErrorCode::kIoError, path, "could not be written");
  }
  return key;
}

Result<ClusterKey> ClusterKey::load(const char* path) {
  if (sodium_init() < 0) return Status::error(ErrorCode::kIoError, "libsodium failed to start");
  int descriptor = ::open(path, O_RDONLY | O_CLOEXEC);
  if (descriptor < 0) {
    ErrorCode code = errno == ENOENT ? ErrorCode::kNotFound : ErrorCode::kIoError;
    return fileError(code, path, strerror(errno));
  }
  struct stat info;
  if (::fstat(descriptor, &info) != 0) {
    ::close(descriptor);
    return fileError(ErrorCode::kIoError, path, strerror(errno));
  }
  // Like ssh with its private keys: a secret others can read is no longer a secret.
  if ((info.st_mode & 077) != 0) {
    ::close(descriptor);
    return Status::error(ErrorCode::kInvalidArgument, MessageBuilder()
                                                          .text("key file ")
                                                          .text(path)
                                                          .text(": mode 0")
                                                          .decimal((info.st_mode >> 6) & 7)
                                                          .decimal((info.st_mode >> 3) & 7)
                                                          .decimal(info.st_mode & 7)
                                                          .text(" lets others read it (chmod 600)"));
  }
  ClusterKey key;
  uint8_t extra = 0;
  Result<size_t> got = readAll(descriptor, key.bytes_, kBytes);
  Result<size_t> more = readAll(descriptor, &extra, 1);
  ::close(descriptor);
  if (!got.isOk()) return fileError(ErrorCode::kIoError, path, got.status().message());
  if (got.value() != kBytes || !more.isOk() || more.value() != 0) {
    return Status::error(ErrorCode::kCorrupt, MessageBuilder()
                                                  .text("key file ")
                                                  .text(path)
                                                  .text(": has ")
                                                  .decimal(static_cast<uint64_t>(info.st_size))
                                                  .text(" bytes, a cluster key has ")
                                                  .decimal(kBytes));
  }
  return key;
}

}  // namespace plurix::network
