// One transaction on this station: a step run on the fiber with every heap page it touches
// tracked (shadow_pages.h), committed when the step returns, or aborted — its pages restored
// from their shadows, its stack dropped, its devices undone — when something asks for an abort.
// An abort can strike at any instruction: at a tracked page fault, at a safepoint poll compiled
// code makes on loop back-edges and method entries, on a wild memory access of a doomed
// transaction, or when the step itself gives up. Invariant: after runTransaction returns, the
// heap holds either all of the step's writes or none of them.
// Paper 001 §2.3 and §4.5; paper 000 §3; DESIGN.md invariants 3, 4 and 6.
#pragma once

#include <cstddef>
#include <cstdint>

#include "heap/heap.h"
#include "runtime/platform/faults.h"
#include "runtime/platform/status.h"

namespace plurix::txn {

class PageSource;

enum class AbortReason : uint32_t {
  kNone = 0,
  kConflict = 1,   // another commit invalidated what the step read: run it again
  kInjected = 2,   // a test asked for it: run it again
  kFault = 3,      // the step touched memory outside the heap: doomed, or a bug
  kException = 4,  // the step's code gave up (an exception escaped): do not run it again
  kStackOverflow = 5,  // the step ran out of stack: do not run it again
};
const char* abortReasonName(AbortReason reason);

struct Outcome {
  bool committed = false;
  AbortReason reason = AbortReason::kNone;
  uintptr_t faultAddress = 0;  // kFault: what was touched, and by which instruction
  uintptr_t faultPc = 0;
  // kFault: candidate return addresses of the innermost frames then (the word at the stack
  // pointer, then the frame-pointer chain), innermost first, 0 where none, so that a fault
  // inside a runtime function can name its compiled caller.
  static constexpr int kFaultCallers = 8;
  uintptr_t faultCallers[kFaultCallers] = {};
};

// Requires heap open and no transaction open. Guarantees the heap and the collector's queues
// tracked, and tracking on: from now on the heap is touched only inside runTransaction. With
// tracking false, steps still run on the fiber with their devices held back, but nothing is
// tracked and an abort cannot undo the heap (a measuring mode: `plurix run --no-tracking`).
// Calling it again (after stopTransactions) restarts tracking on the same heap.
platform::Status startTransactions(const heap::Heap& heap, bool tracking = true);
// For a station that joins a cluster: requires the heap range [heapBase, +heapSize) reserved and
// committed here but holding nothing yet, and pageSource delivering its pages. Guarantees the
// heap and the queues tracked with every heap page not present, tracking on: whatever a
// transaction touches is fetched first (then startTransactions on the adopted heap resumes).
platform::Status startJoinedTransactions(uintptr_t heapBase, size_t heapSize, PageSource* pageSource);

// Requires no transaction open. Guarantees tracking off (the heap freely accessible again).
platform::Status stopTransactions();
bool transactionsStarted();

// Requires transactions started and no transaction open (steps do not nest). Guarantees
// step(argument) ran on the fiber as one transaction and committed, or was aborted and left no
// trace in the heap; an error only if the machinery itself failed (the heap is then undefined).
platform::Result<Outcome> runTransaction(void (*step)(void*), void* argument);
// Any thread. Whether a step is running on the station's thread.
bool inTransaction();
// Whether the running or last transaction's pages are tracked (false under --no-tracking).
bool trackingOn();

// Requires a transaction running, called on its fiber. Aborts it now; never returns.
[[noreturn]] void abortTransaction(AbortReason reason);
// Requires a fault being handled (a platform fault handler) on the fiber of a running step.
// Guarantees the step is aborted with reason when the handler returns kRetry: the thread leaves
// the fiber from a frame at the top of the fiber stack (the faulting stack may be exhausted).
platform::FaultOutcome abortFromFault(const platform::Fault& fault, AbortReason reason);

// Any thread, async-signal-safe. Guarantees the running transaction (if any) aborts at its next
// safepoint, tracked fault or end, with reason.
void requestAbort(AbortReason reason);
// Guarantees the steps run from now on belong to the transaction named key (0: to none). A step
// of a named transaction opens, at its first write to one of them, the runs of pages its last
// committed steps wrote (ShadowPages::predictWrites; those it did not write after all leave the
// write set before commit), and starts with the pages its last two committed steps both read
// open for reading (ShadowPages::predictReads). The transaction loop names each registered
// transaction.
void setStepKey(uintptr_t key);
// Guarantees write and read prediction on or off (on by default; off to measure what they save).
void setWritePrediction(bool on);

// Any thread. Guarantees the running step calls the service hook at its next safepoint and goes
// on (the hook runs on the step's thread, inside its fault handler); between steps nothing
// happens (the loop serves then anyway). For a station whose peers wait on it for a page.
void requestService();
// Requires hook to live while set. Guarantees hook(argument) is what requestService runs.
void setServiceHook(void (*hook)(void*), void* argument);

// Validation (paper 000 §3): another station committed writes to these pages. Any thread.
// Requires the pages already invalidated here, so that a first touch from now on sees the new
// version. Guarantees: if the running transaction read any of them, it is asked to abort with
// kConflict (it runs again); returns whether it was.
bool validateAgainstCommit(const uintptr_t* writtenPages, size_t count);

// What a cluster adds to every commit (paper 000 §3): before a transaction that ran to its end
// commits, the gate gets the right to commit (the token), validates the transaction against
// every commit it learns of meanwhile, and publishes the transaction's write set, whose pages are
// still open. Invariant: when it returns true the commit happens; false aborts with kConflict.
class CommitGate {
 public:
  // Requires the transaction's step finished and its pages still open (ShadowPages::writeSet).
  virtual bool beforeCommit() = 0;
  // Requires no transaction open. Guarantees the right to commit held before the next
  // transaction starts, so that no other commit can doom it (the fairness policy's remedy for a
  // transaction aborted again and again).
  virtual void reserveBeforeStep() = 0;
  // Guarantees a right held for a transaction that aborted is passed on.
  virtual void releaseAfterAbort() = 0;
  // Requires no transaction open. Called as every transaction starts: guarantees the commits of
  // other stations that have arrived applied first, so a station that sat idle (a shell at its
  // prompt) does not start from pages those commits changed.
  virtual void beforeTransaction() {}

 protected:
  ~CommitGate() = default;
};
// Requires gate to live while set (null: commits are local, one station).
void setCommitGate(CommitGate* gate);
// Requires no transaction open. Guarantees the next transaction runs holding the right to
// commit (CommitGate::reserveBeforeStep); without a gate (one station) nothing can doom it.
void reserveCommitRight();

// For tests: the running or next transaction aborts (kInjected) at the events-th tracked page
// fault from now, wherever that fault strikes (compiled code, the runtime, the allocator); 0
// cancels. requestAbort from a timer gives aborts at arbitrary safepoints instead.
void injectAbortAfter(uint64_t events);

struct Counters {
  uint64_t commits = 0;
  uint64_t aborts = 0;
  uint64_t pagesRead = 0;     // summed over committed and aborted transactions
  uint64_t pagesWritten = 0;
  uint64_t pagesPredicted = 0;      // opened for writing before a step by write prediction
  uint64_t predictedUnwritten = 0;  // of those, found unchanged and dropped from the write set
  uint64_t readsPredicted = 0;      // opened for reading before a step by read prediction
};
const Counters& counters();
// Whether the heap page holding address is present on this station (a joined station fetches a
// page at its first touch and drops it when another station's commit writes it).
bool pagePresent(uintptr_t address);
// The station's commit number: advanced by every commit (StationLocal::commitNumber).
uint64_t commitNumber();

}  // namespace plurix::txn
