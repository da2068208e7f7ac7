// Running one transaction (transaction.h): the fault handler that turns page faults into read
// and write sets and abort requests into jumps off the fiber, and the commit/abort sequence.
#include "txn/transaction.h"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <iterator>
#include <unordered_map>
#include <vector>

#include "heap/address_space.h"
#include "heap/memory_manager.h"
#include "heap/station_local.h"
#include "runtime/platform/faults.h"
#include "runtime/platform/memory.h"
#include "txn/device.h"
#include "txn/fiber.h"
#include "txn/shadow_pages.h"

namespace plurix::txn {

namespace {

using platform::FaultOutcome;
using platform::kPageSize;
using platform::Status;

// A fault this close to the bottom of the fiber stack is the stack running out: the stack
// overflow report (runtime/launch/stack_overflow.h) takes it, not the abort path.
constexpr uintptr_t kStackOverflowMargin = 64 * 1024;

CommitGate* commitGate = nullptr;
bool started = false;   // the ranges are registered and the fault handler added
bool tracked = false;   // tracking on for this run
std::atomic<bool> stepOpen{false};  // atomic: other threads ask whether a step runs
uintptr_t trackedHeapBase = 0;
size_t trackedHeapSize = 0;
bool pollClosed = false;
std::atomic<uint64_t> injectionCountdown{0};
Counters totals;
uintptr_t lastFaultAddress = 0;
uintptr_t lastFaultPc = 0;
uintptr_t lastFaultCallers[Outcome::kFaultCallers] = {};

// Follows the frame-pointer chain from framePointer while it stays on the fiber stack and moves
// up it (a doomed step's frames may hold anything; a wrong link just ends the walk).
// The word at the stack pointer comes first: a leaf function (a MAGIC access in the runtime)
// keeps no frame pointer, so its return address is there.
void recordCallers(uintptr_t stackPointer, uintptr_t framePointer) {
  bool spOnStack = stackPointer >= fiberStackLowest() && stackPointer + 8 <= fiberStackHighest();
  lastFaultCallers[0] = spOnStack ? *reinterpret_cast<const uintptr_t*>(stackPointer) : 0;
  for (int i = 1; i < Outcome::kFaultCallers; ++i) {
    lastFaultCallers[i] = 0;
    if (framePointer < fiberStackLowest() || framePointer + 16 > fiberStackHighest() || framePointer % 8 != 0) continue;
    auto* frame = reinterpret_cast<const uintptr_t*>(framePointer);
    lastFaultCallers[i] = frame[1];
    framePointer = frame[0] > framePointer ? frame[0] : 0;
  }
}

// The collector's queues live in station-local memory: their contents are tracked pages, their
// descriptors are copied here at begin and put back on abort.
struct QueueDescriptors {
  heap::ObjectQueue queues[heap::kStationLocalQueues];
};
QueueDescriptors savedQueues;

heap::ObjectQueue* queuesOf(heap::StationLocal* local) { return &local->zeroList; }
static_assert(offsetof(heap::StationLocal, provenLive) - offsetof(heap::StationLocal, zeroList) ==
                  (heap::kStationLocalQueues - 1) * sizeof(heap::ObjectQueue),
              "the six collector queues must be adjacent in StationLocal");

// Write prediction: what each named transaction's last few committed steps wrote (a transaction's
// steps often take turns: relax, then arrive at a barrier, say).
constexpr size_t kPredictedPagesMax = 16384;  // per step remembered: 64 MiB of shadows at most
constexpr size_t kRememberedTransactionsMax = 4096;
constexpr size_t kRememberedSteps = 4;
constexpr size_t kPredictedReadsMax = 1024;  // pages a step reads that prediction may open
// Per transaction (the step key): the write sets of its last committed steps (write prediction),
// and the pages its last committed step read and did not write, and of those the ones the step
// before read too, which its next step opens before it runs (read prediction). Only what two
// steps in a row read is predicted: what a step reads once (a random account) stays out of the
// next step's read set, where it could only doom it.
struct WrittenBefore {
  std::vector<uintptr_t> steps[kRememberedSteps];
  size_t next = 0;
  std::vector<uintptr_t> readLast;
  std::vector<uintptr_t> readTwice;
};
uintptr_t readScratch[kPredictedReadsMax];  // the committing step's reads, before they are kept
uintptr_t stepKey = 0;
bool writePrediction = true;
std::unordered_map<uintptr_t, WrittenBefore> writtenBefore;

std::atomic<bool> serviceRequested{false};
void (*serviceHook)(void*) = nullptr;
void* serviceArgument = nullptr;

void closePollPage() {
  pollClosed = true;
  (void)platform::protectPages(heap::kSafepointPollAddress, kPageSize, platform::kNoAccess);
}

void openPollPage() {
  if (!pollClosed) return;
  pollClosed = false;
  (void)platform::protectPages(heap::kSafepointPollAddress, kPageSize,
                               platform::kReadAccess | platform::kWriteAccess);
}

void writeError(const char* text) {
  ssize_t ignored = ::write(2, text, strlen(text));
  (void)ignored;
}

// Entered (by redirectFault) on the fiber in place of the faulting instruction.
[[noreturn]] void abortHere(void* reason) {
  leaveFiber(static_cast<int>(reinterpret_cast<uintptr_t>(reason)));
}

// The step's frames are abandoned, so the top of the fiber stack is free for the one call that
// leaves it, whatever state the faulting stack is in.
constexpr uintptr_t kAbortFrameRoom = 4096;

FaultOutcome redirectToAbort(const platform::Fault& fault, AbortReason reason) {
  platform::redirectFault(fault, &abortHere, reinterpret_cast<void*>(static_cast<uintptr_t>(reason)),
                          fiberStackHighest() - kAbortFrameRoom);
  return FaultOutcome::kRetry;
}

bool countInjection() {
  uint64_t left = injectionCountdown.load(std::memory_order_relaxed);
  if (left == 0) return false;
  injectionCountdown.store(left - 1, std::memory_order_relaxed);
  return left == 1;
}

FaultOutcome onFault(const platform::Fault& fault) {
  heap::StationLocal* local = heap::stationLocal();
  ShadowPages& pages = ShadowPages::instance();
  bool running = onFiber() && stepOpen;
  if (fault.address - heap::kSafepointPollAddress < kPageSize) {
    if (running && local->abortRequest != 0) return redirectToAbort(fault, static_cast<AbortReason>(local->abortRequest));
    // The request was withdrawn, or arrived between two transactions, or is a service request.
    // The fault proves the page closed, whatever the flag says (another thread may have closed
    // it just after this thread last opened it).
    pollClosed = true;
    openPollPage();
    if (running && serviceHook != nullptr && serviceRequested.exchange(false, std::memory_order_acq_rel)) {
      serviceHook(serviceArgument);
      // What the hook received may doom the step (a write set): then it aborts here.
      if (local->abortRequest != 0) return redirectToAbort(fault, static_cast<AbortReason>(local->abortRequest));
    }
    return FaultOutcome::kRetry;
  }
  if (pages.tracking() && pages.tracks(fault.address)) {
    if (!pages.open()) {
      writeError("plurix: a heap page was touched outside a transaction\n");
      return FaultOutcome::kNotMine;
    }
    if (running && countInjection()) local->abortRequest = static_cast<uint32_t>(AbortReason::kInjected);
    if (running && local->abortRequest != 0) return redirectToAbort(fault, static_cast<AbortReason>(local->abortRequest));
    Admission admitted = pages.admit(fault);
    if (admitted == Admission::kAdmitted) return FaultOutcome::kRetry;
    if (admitted == Admission::kFetchFailed && running) {
      // The page's owner did not answer: the step cannot go on; it aborts and reports the page.
      lastFaultAddress = fault.address;
      lastFaultPc = fault.pc;
      recordCallers(fault.sp, fault.framePointer);
      if (local->abortRequest != 0) return redirectToAbort(fault, static_cast<AbortReason>(local->abortRequest));
      return redirectToAbort(fault, AbortReason::kFault);
    }
    return FaultOutcome::kNotMine;
  }
  if (!running) return FaultOutcome::kNotMine;
  if (fault.sp < fiberStackLowest() + kStackOverflowMargin) return FaultOutcome::kNotMine;
  // Outside the heap and every tracked range: a doomed transaction following a reference it
  // read from inconsistent data, or a bug. Either way the station survives: the step aborts.
  lastFaultAddress = fault.address;
  lastFaultPc = fault.pc;
  recordCallers(fault.sp, fault.framePointer);
  // A step already told to abort (a commit elsewhere invalidated what it read) may well have
  // followed a reference made of old and new data: that is the doom it was told of, not a bug.
  if (local->abortRequest != 0) return redirectToAbort(fault, static_cast<AbortReason>(local->abortRequest));
  return redirectToAbort(fault, AbortReason::kFault);
}

// The memory manager commits memory chunk by chunk as the heap grows, by making it readable and
// writable (MemoryManager::grow). Inside a tracked step that opened pages behind the tracker's
// back: the step's writes there went unshadowed, and an aborted step's bytes stayed in memory
// the next allocation takes to be zero. While tracking, the tracker alone sets protections (and
// stopTracking opens the whole range anyway), so the rest of the heap is committed up front —
// reserved memory still materialises only when touched — and growing never changes them again.
Status commitRestOfHeap(const heap::Heap& heap) {
  heap::MemoryManager* manager = heap.memoryManager();
  if (manager->committedPages == manager->pageCount) return Status::ok();
  Status committed = platform::commit(heap.base() + size_t{manager->committedPages} * kPageSize,
                                      size_t{manager->pageCount - manager->committedPages} * kPageSize);
  if (!committed.isOk()) return committed;
  manager->committedPages = manager->pageCount;
  return Status::ok();
}

// The memory manager's hook (heap/memory_manager.h): pages it hands out that this station lacks
// are zero in the committed heap, so their first touch fills them with zeros instead of fetching
// them. Marked, not filled: a block of which a step touches a few pages costs no more than those.
// Handed out to the running step, they are also predicted written by it: the step that takes a
// run for a new array writes it, and its first write opens the run at once.
void markFreshPages(uintptr_t first, size_t count) {
  ShadowPages& pages = ShadowPages::instance();
  pages.markZeroPages(first, count);
  if (writePrediction) pages.predictFreshWrites(first, count);
}

Status startTracking(const heap::Heap& heap) {
  ShadowPages& pages = ShadowPages::instance();
  if (pages.tracking()) return Status::ok();  // the heap is closed: nothing to commit, nothing to read
  if (Status committed = commitRestOfHeap(heap); !committed.isOk()) return committed;
  heap::stationLocal()->pagesTracked = true;
  heap::setFreshPagesHook(markFreshPages);  // the creator of a cluster lacks the pages others wrote
  return pages.startTracking();
}

struct StepCall {
  void (*step)(void*);
  void* argument;
};

void enterStep(void* argument) {
  auto* call = static_cast<StepCall*>(argument);
  // The conservative in-transaction collector scans from here down (runtime/entry/safepoint.h).
  heap::stationLocal()->stackBase = fiberStackHighest();
  call->step(call->argument);
}

}  // namespace

FaultOutcome abortFromFault(const platform::Fault& fault, AbortReason reason) {
  if (!onFiber() || !stepOpen) return FaultOutcome::kNotMine;
  return redirectToAbort(fault, reason);
}

const char* abortReasonName(AbortReason reason) {
  switch (reason) {
    case AbortReason::kNone: return "none";
    case AbortReason::kConflict: return "conflict";
    case AbortReason::kInjected: return "injected";
    case AbortReason::kFault: return "memory fault";
    case AbortReason::kException: return "uncaught exception";
    case AbortReason::kStackOverflow: return "stack overflow";
  }
  return "unknown";
}

namespace {

// Tracks the heap at [heapBase, +heapSize) and the collector's queues from now on (a new heap
// replaces whatever was tracked before), with the fault handler installed once per process.
Status trackHeapAndQueues(uintptr_t heapBase, size_t heapSize) {
  ShadowPages& pages = ShadowPages::instance();
  pages.forgetRanges();
  if (Status range = pages.trackRange(heapBase, heapSize); !range.isOk()) return range;
  if (Status range = pages.trackRange(heap::kStationLocalBase + heap::kStationLocalStateBytes,
                                      heap::kStationLocalQueues * heap::kQueueBytes);
      !range.isOk()) {
    return range;
  }
  if (!started) {
    if (Status added = platform::addFaultHandler(&onFault); !added.isOk()) return added;
  }
  started = true;
  trackedHeapBase = heapBase;
  trackedHeapSize = heapSize;
  return Status::ok();
}

}  // namespace

Status startTransactions(const heap::Heap& heap, bool tracking) {
  ShadowPages& pages = ShadowPages::instance();
  if (stepOpen) return Status::error(platform::ErrorCode::kInvalidArgument, "startTransactions inside a transaction");
  tracked = tracking;
  bool sameHeap = started && heap.base() == trackedHeapBase && heap.size() == trackedHeapSize;
  if (!sameHeap) {
    if (pages.tracking()) return Status::error(platform::ErrorCode::kInvalidArgument, "another heap is still tracked");
    if (Status ranges = trackHeapAndQueues(heap.base(), heap.size()); !ranges.isOk()) return ranges;
  }
  return tracking ? startTracking(heap) : Status::ok();
}

Status startJoinedTransactions(uintptr_t heapBase, size_t heapSize, PageSource* pageSource) {
  ShadowPages& pages = ShadowPages::instance();
  if (stepOpen || pages.tracking()) return Status::error(platform::ErrorCode::kInvalidArgument, "transactions are running");
  if (Status ranges = trackHeapAndQueues(heapBase, heapSize); !ranges.isOk()) return ranges;
  if (Status absent = pages.invalidateRange(heapBase, heapSize); !absent.isOk()) return absent;
  pages.setPageSource(pageSource);
  tracked = true;
  heap::stationLocal()->pagesTracked = true;
  heap::setFreshPagesHook(markFreshPages);
  return pages.startTracking();
}

Status stopTransactions() {
  if (!started) return Status::ok();
  if (Status off = ShadowPages::instance().stopTracking(); !off.isOk()) return off;
  heap::stationLocal()->pagesTracked = false;
  heap::setFreshPagesHook(nullptr);
  return Status::ok();
}

bool pagePresent(uintptr_t address) { return ShadowPages::instance().present(address); }

bool transactionsStarted() { return started && (!tracked || ShadowPages::instance().tracking()); }
bool inTransaction() { return stepOpen; }
bool trackingOn() { return tracked; }

namespace {

// Requires a committing step of stepKey. Guarantees what it read and did not write remembered
// for its transaction's next step (WrittenBefore).
void rememberReads(const ShadowPages& pages) {
  size_t read = pages.readOnlyPages(readScratch, kPredictedReadsMax);
  if (writtenBefore.size() >= kRememberedTransactionsMax && writtenBefore.find(stepKey) == writtenBefore.end()) {
    writtenBefore.clear();
  }
  WrittenBefore& remembered = writtenBefore[stepKey];
  remembered.readTwice.clear();
  std::set_intersection(remembered.readLast.begin(), remembered.readLast.end(), readScratch, readScratch + read,
                        std::back_inserter(remembered.readTwice));
  remembered.readLast.assign(readScratch, readScratch + read);
}

}  // namespace

platform::Result<Outcome> runTransaction(void (*step)(void*), void* argument) {
  ShadowPages& pages = ShadowPages::instance();
  if (!transactionsStarted()) return Status::error(platform::ErrorCode::kInvalidArgument, "transactions not started");
  if (stepOpen) return Status::error(platform::ErrorCode::kInvalidArgument, "transactions do not nest");
  if (commitGate != nullptr) commitGate->beforeTransaction();
  heap::StationLocal* local = heap::stationLocal();
  memcpy(&savedQueues, queuesOf(local), sizeof savedQueues);
  heap::ObjectHeader* savedStation = local->station;
  uintptr_t savedStackBase = local->stackBase;
  // With prediction on, the pages this transaction's last step wrote in long runs are still
  // readable (ShadowPages::commit): its steps own them by their key.
  if (tracked) pages.begin(writePrediction ? stepKey : 0);
  uint64_t readsPredictedBefore = pages.readsPredicted();
  if (tracked && stepKey != 0) {
    auto remembered = writtenBefore.find(stepKey);
    if (remembered != writtenBefore.end()) {
      const std::vector<uintptr_t>& reads = remembered->second.readTwice;
      pages.predictReads(reads.data(), reads.size());
      for (size_t step = 0; step < kRememberedSteps; ++step) {
        const std::vector<uintptr_t>& written = remembered->second.steps[step];
        pages.predictWrites(written.data(), written.size(), static_cast<uint8_t>(1u << step));
      }
    }
  }
  uint64_t predictedBefore = pages.pagesPredicted();
  stepOpen = true;
  StepCall call{step, argument};
  platform::Result<int> ran = runOnFiber(&enterStep, &call);
  stepOpen = false;
  local->stackBase = savedStackBase;
  if (!ran.isOk()) {
    if (tracked) (void)pages.abort();
    return ran.status();
  }
  auto reason = static_cast<AbortReason>(ran.value());
  // A step told to abort for a conflict saw data of two commits mixed: whatever it failed with
  // after that (an exception, a heap that looked full) proves nothing, and it runs again.
  auto requested = static_cast<AbortReason>(local->abortRequest);
  if (reason == AbortReason::kNone || requested == AbortReason::kConflict) {
    if (requested != AbortReason::kNone) reason = requested;
  }
  totals.pagesPredicted += pages.pagesPredicted() - predictedBefore;
  totals.readsPredicted += pages.readsPredicted() - readsPredictedBefore;
  if (reason == AbortReason::kNone && tracked) totals.predictedUnwritten += pages.trimUnchanged();
  if (reason == AbortReason::kNone && commitGate != nullptr && tracked && !commitGate->beforeCommit()) {
    reason = AbortReason::kConflict;
  }
  if (reason == AbortReason::kNone) reason = static_cast<AbortReason>(local->abortRequest);
  totals.pagesRead += pages.readPages();
  totals.pagesWritten += pages.writtenPages();
  Outcome outcome;
  if (reason == AbortReason::kNone) {
    if (tracked && stepKey != 0 && pages.writtenPages() != 0 && pages.writtenPages() <= kPredictedPagesMax) {
      if (writtenBefore.size() >= kRememberedTransactionsMax) writtenBefore.clear();
      WrittenBefore& remembered = writtenBefore[stepKey];
      remembered.steps[remembered.next].assign(pages.writeSet(), pages.writeSet() + pages.writtenPages());
      remembered.next = (remembered.next + 1) % kRememberedSteps;
    }
    if (tracked && stepKey != 0) rememberReads(pages);
    Status committed = tracked ? pages.commit() : Status::ok();
    if (!committed.isOk()) return committed;
    ++local->commitNumber;
    ++totals.commits;
    commitDevices();
    outcome.committed = true;
    return outcome;
  }
  if (commitGate != nullptr) commitGate->releaseAfterAbort();
  Status aborted = tracked ? pages.abort() : Status::ok();
  // Untracked, the heap keeps the step's writes: the queues and STATION must stay as they are.
  if (tracked) memcpy(queuesOf(local), &savedQueues, sizeof savedQueues);
  if (tracked) local->station = savedStation;
  local->pendingException = nullptr;
  local->abortRequest = 0;
  openPollPage();
  ++totals.aborts;
  undoDevices();
  if (!aborted.isOk()) return aborted;
  outcome.reason = reason;
  if (reason == AbortReason::kFault) {
    outcome.faultAddress = lastFaultAddress;
    outcome.faultPc = lastFaultPc;
    memcpy(outcome.faultCallers, lastFaultCallers, sizeof lastFaultCallers);
  }
  return outcome;
}

void setCommitGate(CommitGate* gate) { commitGate = gate; }

void reserveCommitRight() {
  if (commitGate != nullptr) commitGate->reserveBeforeStep();
}

void abortTransaction(AbortReason reason) { leaveFiber(static_cast<int>(reason)); }

void requestAbort(AbortReason reason) {
  heap::stationLocal()->abortRequest = static_cast<uint32_t>(reason);
  closePollPage();
}

void setStepKey(uintptr_t key) { stepKey = writePrediction ? key : 0; }

void setWritePrediction(bool on) { writePrediction = on; }

void requestService() {
  serviceRequested.store(true, std::memory_order_release);
  closePollPage();
}

void setServiceHook(void (*hook)(void*), void* argument) {
  serviceHook = hook;
  serviceArgument = argument;
}


bool validateAgainstCommit(const uintptr_t* writtenPages, size_t count) {
  ShadowPages& pages = ShadowPages::instance();
  for (size_t i = 0; i < count; ++i) {
    if (!pages.touched(writtenPages[i])) continue;
    requestAbort(AbortReason::kConflict);
    return true;
  }
  return false;
}

void injectAbortAfter(uint64_t events) { injectionCountdown.store(events, std::memory_order_relaxed); }

const Counters& counters() { return totals; }
uint64_t commitNumber() { return heap::stationLocal()->commitNumber; }

}  // namespace plurix::txn
