// Virtual memory at fixed addresses: the one door from the core to the OS's memory mapping
// (DESIGN.md invariant 8). Invariant: a range is reserved before it is committed, and the core
// never chooses where the OS maps it: every address is fixed by the caller.
// The hosted build implements this in linux_memory.cpp; a bare-metal build supplies its own.
#pragma once

#include <cstddef>
#include <cstdint>

#include "runtime/platform/status.h"

namespace plurix::platform {

inline constexpr size_t kPageSize = 4096;

// Requires base and size page-aligned. Guarantees the range is reserved (no memory committed,
// no access allowed) at exactly base, or an kAddressInUse error if any part of it is taken.
Status reserveAt(uintptr_t base, size_t size);

// Requires a range inside a reservation. Guarantees it is readable and writable; memory is
// materialised on first touch and reads as zero.
Status commit(uintptr_t base, size_t size);

// Requires a committed range. Guarantees its memory is returned to the OS and reads as zero
// when touched again; the range stays committed.
Status discard(uintptr_t base, size_t size);

// Requires a readable and writable range. Hint: its memory materialised now, in one call, rather
// than a page fault at a time as it is first written (a fault costs tens of microseconds under a
// hypervisor). Nothing happens where the OS cannot do it.
void populate(uintptr_t base, size_t size);

// Requires a committed range. Guarantees it is readable, writable and executable: compiled code
// in the heap (the heap's allocators still write the other objects that share its pages, so the
// range stays writable). The heap's RO and SysRO pages hold code; nothing else needs this.
Status allowExecution(uintptr_t base, size_t size);

// Requires a range inside a reservation. Guarantees it is inaccessible and its memory released.
Status decommit(uintptr_t base, size_t size);

// Guarantees size bytes (rounded up to pages) of readable, writable memory wherever the OS puts
// it, outside the heap, materialised on first touch and reading as zero; or an error. For the
// runtime's own bookkeeping (shadow pages, fiber stacks), never for anything the heap points to.
Result<uintptr_t> mapAnywhere(size_t size);

// Requires a reservation made by reserveAt. Guarantees the address range is free again.
Status release(uintptr_t base, size_t size);

}  // namespace plurix::platform
