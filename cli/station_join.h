// Joining a running cluster from the command line: what `plurix station --join`, `plurix submit`
// and `plurix shell --join` share. Connects through the authenticated transport, maps the
// cluster's heap with no page present, adopts it as a new station, attaches the runtime, and
// has the station apply other stations' commits between its transaction steps.
#pragma once
#include <cstdint>
#include <memory>
#include <string>

#include "cluster/request_watcher.h"
#include "cluster/station_node.h"
#include "drivers/network/tcp_transport.h"
#include "heap/heap.h"

namespace plurix::cli {

// Where a command finds the cluster: --join HOST:PORT and --key FILE, or the directory of
// `plurix cluster up` (its address and key), --join and --key winning over it. Guarantees
// *address (empty: no cluster named) and *keyFile (default plurix.key), or false and *error when
// the directory names no cluster.
bool locateCluster(const std::string& join, const std::string& dir, const std::string& key, std::string* address,
                   std::string* keyFile, std::string* error);

class JoinedStation {
 public:
  // Guarantees a station of the cluster at address (HOST:PORT) whose key is in keyFile, or null
  // and *error naming the step that failed (key, connection, handshake, adoption). What: the
  // command's name for messages.
  static std::unique_ptr<JoinedStation> join(const std::string& address, const std::string& keyFile,
                                             std::string* error);
  // Guarantees the station left: the pages it owns handed back to the cluster's home (or a line
  // on standard error saying they may be lost). Once; the destructor and System.exit call it.
  void leave();
  ~JoinedStation();

  // Requires the calling thread to touch neither the heap nor the cluster until idle(false).
  // Guarantees other stations' requests served meanwhile (a shell waiting for a line).
  void idle(bool idle);
  heap::Heap& heap() { return *heap_; }
  cluster::StationNode& node() { return *node_; }
  uint64_t startedAt() const { return startedAt_; }  // platform::monotonicNanos()
  uint64_t joinedAt() const { return joinedAt_; }

 private:
  JoinedStation() = default;
  std::unique_ptr<network::ClusterKey> key_;
  std::unique_ptr<network::TcpTransport> transport_;
  std::unique_ptr<cluster::StationNode> node_;
  std::unique_ptr<heap::Heap> heap_;
  std::unique_ptr<cluster::RequestWatcher> watcher_;  // stops before the transport goes
  uint64_t startedAt_ = 0;
  uint64_t joinedAt_ = 0;
  bool left_ = false;
};

}  // namespace plurix::cli
