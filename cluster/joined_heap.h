// Joining a cluster's heap: a new station maps the heap at the address every station uses,
// with no page present, and adopts it in its first transaction; every page it touches from then
// on is fetched from its owner, or the home (paper 001 §2.2, DESIGN.md invariant 1).
#pragma once

#include <string>

#include "cluster/station_node.h"
#include "drivers/network/transport.h"
#include "heap/heap.h"
#include "runtime/platform/status.h"

namespace plurix::cluster {

// Requires transport connected to the cluster's home (a transport station id) and listening at
// address ("host:port", where other stations reach this one), and node talking to it, both
// outliving the heap. Guarantees the cluster's heap open here as a new station, connected to
// every member, with transactions started (txn::startJoinedTransactions) and every commit going
// through node (the adoption's own writes included), or an error saying which step failed.
platform::Result<heap::Heap> joinHeap(network::Transport& transport, uint32_t server, const std::string& address,
                                      StationNode& node);

}  // namespace plurix::cluster
