// Stocking a station's spare pages ahead of its steps. A station above 0 whose allocator takes a
// block from the memory manager inside a step writes the manager's header and page map, which
// the steps of other stations that took pages meanwhile wrote too: one of the two steps then
// runs again (a band of the ray tracer: some 100 ms). So the allocator only raises a
// station-local flag when the station runs short (StationLocal::pagesWanted), and the loop tops
// its spare pages up between rounds in a system transaction of its own, which conflicts, if at
// all, at no cost worth counting (runtime/launch/transaction_loop.cpp).
#pragma once

#include <cstdint>

#include "heap/memory_manager.h"

namespace plurix::heap {

// Fewer spare pages than this (1 MiB) and the station asks for more.
inline constexpr uint32_t kSupplyLowPages = 256;

// Requires station above 0, inside a transaction. Guarantees station's allocators made and, if it
// has fewer than kSupplyLowPages spare pages, whole blocks of zeroed pages more among them up to
// kMaxSparePages (2 MiB; beyond, a collection hands empty pages back to the manager), fewer if
// the heap fills up; returns how many pages it added.
uint32_t stockSparePages(MemoryManager* manager, uint16_t station);

}  // namespace plurix::heap
