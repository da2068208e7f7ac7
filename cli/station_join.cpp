#include "cli/station_join.h"

#include <unistd.h>

#include <cstdio>
#include <fstream>

#include "cluster/joined_heap.h"
#include "drivers/network/cluster_key.h"
#include "runtime/launch/runtime.h"
#include "runtime/launch/transaction_loop.h"
#include "runtime/natives/exit_hook.h"
#include "runtime/platform/system.h"
#include "txn/transaction.h"

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

namespace {

// Where other stations reach this one: the interface the cluster's address names, when this host
// has it (stations on one host: loopback); else every interface, under this host's name.
platform::Status listenForStations(network::TcpTransport& transport, const std::string& clusterAddress,
                                   std::string* advertised) {
  std::string host = clusterAddress.substr(0, clusterAddress.rfind(':'));
  if (host.empty() || host == "0.0.0.0") host = "127.0.0.1";
  if (transport.listen((host + ":0").c_str()).isOk()) {
    *advertised = host + ":" + std::to_string(transport.listeningPort());
    return platform::Status::ok();
  }
  platform::Status listening = transport.listen("0.0.0.0:0");
  if (!listening.isOk()) return listening;
  char name[256] = {};
  if (gethostname(name, sizeof name - 1) != 0) return platform::Status::error(platform::ErrorCode::kIoError, "no host name");
  *advertised = std::string(name) + ":" + std::to_string(transport.listeningPort());
  return platform::Status::ok();
}

constexpr uint64_t kHandBackTimeoutNanos = 10'000'000'000;

// Handles what has arrived for the station (between steps, and at a safepoint when asked).
void pumpWaiting(void* node) { static_cast<cluster::StationNode*>(node)->pump(0); }

// A process that ends through System.exit still hands its pages back first.
JoinedStation* exitingStation = nullptr;

}  // namespace

JoinedStation::~JoinedStation() {
  leave();
  watcher_.reset();
  txn::setServiceHook(nullptr, nullptr);
  if (exitingStation == this) exitingStation = nullptr;
}

void JoinedStation::idle(bool idle) {
  if (watcher_ == nullptr) return;
  if (idle) {
    watcher_->enterIdle();
  } else {
    watcher_->leaveIdle();
  }
}

void JoinedStation::leave() {
  if (left_ || node_ == nullptr || heap_ == nullptr) return;
  left_ = true;
  if (!node_->handBack(kHandBackTimeoutNanos)) {
    std::fprintf(stderr, "plurix: the cluster's home did not take back this station's pages; "
                 "what this station committed last may be lost\n");
  }
}

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
  std::string advertised;
  if (platform::Status listening = listenForStations(*station->transport_, address, &advertised); !listening.isOk()) {
    *error = "cannot accept other stations: " + std::string(listening.message());
    return nullptr;
  }
  station->node_ = std::make_unique<cluster::StationNode>(*station->transport_, member.value());
  platform::Result<heap::Heap> joined =
      cluster::joinHeap(*station->transport_, member.value(), advertised, *station->node_);
  station->joinedAt_ = platform::monotonicNanos();
  if (!joined.isOk()) {
    *error = "cannot join " + address + ": " + joined.status().message();
    return nullptr;
  }
  station->heap_ = std::make_unique<heap::Heap>(std::move(joined.value()));
  runtime::attachRuntime(*station->heap_);
  runtime::setBetweenStepsHook(&pumpWaiting, station->node_.get());
  runtime::setQuietRoundHook(
      [](void* node) { static_cast<cluster::StationNode*>(node)->pump(kQuietRoundWaitNanos); }, station->node_.get());
  // Other stations' page requests are served within a step, at its next safepoint.
  txn::setServiceHook(&pumpWaiting, station->node_.get());
  if (int readiness = station->transport_->readinessDescriptor(); readiness >= 0) {
    station->watcher_ = std::make_unique<cluster::RequestWatcher>(readiness, *station->node_);
  }
  exitingStation = station.get();
  runtime::setBeforeExitHook([] {
    if (exitingStation != nullptr) exitingStation->leave();
  });
  return station;
}

}  // namespace plurix::cli
