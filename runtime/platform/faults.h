// Memory faults and page protection: the door through which the transaction machinery learns of
// a transaction's first read or write of a page (DESIGN.md invariant 8: the core reaches the OS
// only here). Invariant: one dispatcher per process; handlers run on an alternate signal stack,
// in the order added, until one claims the fault; a handler may only call async-signal-safe code.
// Paper 001 §2.3: access detection through the MMU.
#pragma once

#include <cstddef>
#include <cstdint>

#include "runtime/platform/status.h"

namespace plurix::platform {

// Access rights of a page range; combine with |.
enum PageAccess : unsigned { kNoAccess = 0, kReadAccess = 1, kWriteAccess = 2, kExecuteAccess = 4 };

// Requires base and size page-aligned, inside a reservation. Guarantees exactly access on the
// range, or an error naming the range (the kernel's mapping limit, vm.max_map_count, included).
Status protectPages(uintptr_t base, size_t size, unsigned access);

// One fault as the dispatcher saw it.
struct Fault {
  uintptr_t address;  // the address touched
  uintptr_t pc;       // the faulting instruction
  uintptr_t sp;       // the stack pointer then
  uintptr_t framePointer;
  bool write;         // a store (x86: page-fault error code bit 1)
  bool fetch;         // an instruction fetch (error code bit 4)
  void* machineContext;  // the ucontext_t, for redirectFault
};

enum class FaultOutcome { kNotMine, kRetry };
using FaultHandler = FaultOutcome (*)(const Fault& fault);

// Requires fewer than 4 handlers added in this process. Guarantees handler is asked about every
// SIGSEGV and SIGBUS after the handlers added before it; a fault no handler claims ends the
// process with the default action (a core dump), as if no handler were installed.
Status addFaultHandler(FaultHandler handler);
// Guarantees handler is no longer asked.
void removeFaultHandler(FaultHandler handler);

// Requires a Fault being handled, on the thread that faulted, and a stack below fault.sp with
// room for a call. Guarantees that when the handler returns kRetry, the thread continues not at
// the faulting instruction but in a call continuation(argument) made on its own stack, as if the
// faulting instruction had been that call. continuation must never return.
// With stackTop non-zero the call is made on the stack below stackTop instead (the faulting
// stack may have no room left: a stack overflow).
void redirectFault(const Fault& fault, void (*continuation)(void*), void* argument, uintptr_t stackTop = 0);

// Guarantees this thread has an alternate signal stack, so that faults are handled even when
// its stack is exhausted. Call on every thread that runs transactions (the dispatcher calls it
// for the thread that adds the first handler).
Status ensureAlternateSignalStack();

}  // namespace plurix::platform
