// The cluster key: the one secret every member of a cluster holds, read from a key file. A station
// proves it belongs to the cluster by computing message tags with it (docs/NETWORK.md).
// Invariant: a ClusterKey holds exactly kBytes bytes read from a file that only its owner can read;
// the bytes are wiped when the key is destroyed.
#pragma once

#include <cstddef>
#include <cstdint>

#include "runtime/platform/status.h"

namespace plurix::network {

class ClusterKey {
 public:
  static constexpr size_t kBytes = 32;  // crypto_auth_hmacsha512256_KEYBYTES

  ClusterKey(const ClusterKey& other);
  ClusterKey& operator=(const ClusterKey& other);
  ~ClusterKey();

  // Requires that path does not exist yet. Guarantees a new file with kBytes random bytes and
  // mode 0600, and the key it holds; kAlreadyExists or kIoError naming the path otherwise.
  static platform::Result<ClusterKey> create(const char* path);
  // Guarantees the key in path, or an error naming the file: kNotFound when missing, kCorrupt when
  // it is not exactly kBytes long, kInvalidArgument when group or others may read or write it.
  static platform::Result<ClusterKey> load(const char* path);
  // Guarantees a key with these bytes (tests and tools that hold a key in memory).
  static ClusterKey fromBytes(const uint8_t (&bytes)[kBytes]);

  const uint8_t* bytes() const { return bytes_; }

 private:
  ClusterKey() = default;
  uint8_t bytes_[kBytes] = {};
};

}  // namespace plurix::network
