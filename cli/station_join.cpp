#include "cli/station_join.h"

#include <unistd.h>

#include <fstream>

#include "cluster/joined_heap.h"
#include "drivers/network/cluster_key.h"
#include "runtime/launch/runtime.h"
#include "runtime/launch/transaction_loop.h"
#include "runtime/platform/system.h"

namespace plurix::cli {

namespace {
constexpr uint64_t kConnectTimeoutNanos = 5'000'000'000;
// After a round that wrote nothing, how long the station waits for another station's commit
// before it runs the round again anyway (transaction_loop.h setQuietRoundHook).
constexpr uint64_t kQuietRoundWaitNanos = 10'000'000;
}

bool locateCluster(const std::string& join, const std::string& dir, const std::string& key, std::string* address,
                   std::string* keyFile, std::string* error) {
  *address = join;
  *keyFile = key;
  if (!dir.empty()) {
    if (address->empty()) std::ifstream(dir + "/address") >> *address;
    if (keyFile->empty()) *keyFile = dir + "/cluster.key";
    if (address->empty()) {
      *error = dir + " holds no cluster address (is the cluster up?)";
      return false;
    }
  }
  if (keyFile->empty()) *keyFile = "plurix.key";
  return true;
}

JoinedStation::~JoinedStation() = default;

std::unique_ptr<JoinedStation> JoinedStation::join(const std::string& address, const std::string& keyFile,
                                                   std::string* error) {
  std::unique_ptr<JoinedStation> station(new JoinedStation());
  station->startedAt_ = platform::monotonicNanos();
  platform::Result<network::ClusterKey> key = network::ClusterKey::load(keyFile.c_str());
  if (!key.isOk()) {
    *error = key.status().message();
    return nullptr;
  }
  station->key_ = std::make_unique<network::ClusterKey>(key.value());
  network::TcpTransportOptions transportOptions;
  // Until the member assigns a heap station id, the joiner names itself by its process.
  transportOptions.station = 0x10000u + static_cast<uint32_t>(getpid() & 0xffff);
  station->transport_ = std::make_unique<network::TcpTransport>(*station->key_, transportOptions);
  platform::Result<uint32_t> member = station->transport_->connect(address.c_str(), kConnectTimeoutNanos);
  if (!member.isOk()) {
    *error = "cannot join " + address + ": " + member.status().message();
    return nullptr;
  }
  station->node_ = std::make_unique<cluster::StationNode>(*station->transport_, member.value());
  platform::Result<heap::Heap> joined = cluster::joinHeap(*station->transport_, member.value(), *station->node_);
  station->joinedAt_ = platform::monotonicNanos();
  if (!joined.isOk()) {
    *error = "cannot join " + address + ": " + joined.status().message();
    return nullptr;
  }
  station->heap_ = std::make_unique<heap::Heap>(std::move(joined.value()));
  runtime::attachRuntime(*station->heap_);
  runtime::setBetweenStepsHook([](void* node) { static_cast<cluster::StationNode*>(node)->pump(0); },
                               station->node_.get());
  runtime::setQuietRoundHook(
      [](void* node) { static_cast<cluster::StationNode*>(node)->pump(kQuietRoundWaitNanos); }, station->node_.get());
  return station;
}

}  // namespace plurix::cli
