// The stack a transaction runs on: one Boost.Context fiber over a pooled, guard-paged stack.
// Between transactions the stack is empty (DESIGN.md invariant 4), so an abort does not unwind
// anything: it jumps back to the scheduler and the stack is simply used again for the next one.
// Invariant: at most one fiber runs at a time, entered only from the scheduler's own stack.
#pragma once

#include <cstddef>
#include <cstdint>

#include "runtime/platform/status.h"

namespace plurix::txn {

// How a fiber's run ended: its function returned, or it left early with a code (leaveFiber).
inline constexpr int kFiberFinished = 0;

inline constexpr size_t kFiberStackBytes = size_t{8} << 20;  // as a Linux main thread's

// Requires no fiber running. Guarantees function(argument) ran on the fiber stack until it
// returned (kFiberFinished) or called leaveFiber(code) (code), or an error if the stack could
// not be mapped.
platform::Result<int> runOnFiber(void (*function)(void*), void* argument);

// Requires a fiber running, called on it (a signal handler may redirect the fiber into this).
// Guarantees control back in runOnFiber, which returns code (non-zero); the fiber's frames are
// dropped without unwinding.
[[noreturn]] void leaveFiber(int code);

// Whether a fiber is running now.
bool onFiber();
// The fiber stack's lowest and highest usable addresses (0, 0 before the first run).
uintptr_t fiberStackLowest();
uintptr_t fiberStackHighest();

}  // namespace plurix::txn
