// Garbage collection inside a running transaction. The heap's collector frees only what no
// heap slot references (backchains, invariant 4), so between transactions, when the stack is
// empty, that is all garbage; inside a long transaction (a main that allocates far more than
// the heap holds) the collector must also spare what the transaction's own stack and registers
// still reference. These entry points scan the stack conservatively — every aligned word
// between the current stack pointer and StationLocal::stackBase that points into an object,
// interior pointers included — and collect the rest (docs/CODEGEN.md "Memory").
#pragma once
#include <cstdint>

namespace plurix::runtime {

// How many allocations, or how many bytes allocated, pass between two collections inside a
// transaction, whichever comes first. The bytes matter for programs allocating few large
// arrays (a grid of rows per round): without them, rounds of garbage pile up on fresh pages,
// each of which costs a fault and a shadow copy in the transaction, before the count is reached.
inline constexpr uint32_t kAllocationsPerCollection = 16 * 1024;
inline constexpr uint64_t kBytesPerCollection = uint64_t{4} << 20;

// Requires: called only from a runtime entry running on the transaction's stack (so that
// every reference compiled code holds is in a register saved here or on that stack), after an
// allocation of bytes. Guarantees: a collection as described above once kAllocationsPerCollection
// calls or kBytesPerCollection bytes have passed since the last one.
void noteAllocation(uint64_t bytes);

// Requires: as noteAllocation. Guarantees: a full in-transaction collection now (the
// allocation slow path calls this once when the heap is full, then retries).
void collectNow();

// Whether enough was allocated since the last collection for the transaction loop to run one
// between transactions (counted in allocations only).
bool collectionDue();
// Requires: between transactions (no stack holds a reference: DESIGN.md invariant 4), inside a
// system transaction. Guarantees the zero list's garbage and garbage cycles freed.
void collectBetweenTransactions();

}  // namespace plurix::runtime
