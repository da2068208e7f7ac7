// Joining a cluster's heap: a new station maps the heap at the address every station uses,
// with no page present, and adopts it in its first transaction; every page it touches from then
// on is fetched from the member it joined through (paper 001 §2.2, DESIGN.md invariant 1).
#pragma once

#include "cluster/station_node.h"
#include "drivers/network/transport.h"
#include "heap/heap.h"
#include "runtime/platform/status.h"

namespace plurix::cluster {

// Requires transport connected to the page server (a transport station id) and node talking to
// it, both outliving the heap. Guarantees the cluster's heap open here as a new station, with
// transactions started (txn::startJoinedTransactions) and every commit going through node (the
// adoption's own writes included), or an error saying which step failed.
platform::Result<heap::Heap> joinHeap(network::Transport& transport, uint32_t server, StationNode& node);

}  // namespace plurix::cluster
