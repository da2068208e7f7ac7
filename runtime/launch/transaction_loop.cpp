// The transaction loop (transaction_loop.h). The scheduler's own reads of the Station object are
// system transactions too: with tracking on, the heap is touched only inside a transaction.
#include "runtime/launch/transaction_loop.h"

#include <algorithm>
#include <csignal>
#include <cinttypes>
#include <cstdio>
#include <string>
#include <unordered_map>
#include <vector>

#include "heap/memory_manager.h"
#include "heap/page_supply.h"
#include "runtime/entry/exceptions.h"
#include "runtime/entry/safepoint.h"
#include "runtime/launch/runtime.h"
#include "runtime/launch/stack_overflow.h"
#include "runtime/natives/console_output.h"
#include "runtime/object/code_map_lookup.h"
#include "runtime/object/java_string.h"
#include "runtime/object/object_access.h"
#include "runtime/platform/system.h"
#include "txn/transaction.h"

namespace plurix::runtime {

namespace {

using heap::ObjectHeader;
using VirtualVoidMethod = void (*)(ObjectHeader* self);

LoopCounters counters;
bool userStepRunning = false;
bool fairness = true;
// Conflicts in a row, per registered transaction (its address: objects move only between
// transactions, by relocation, which a conflict count may simply lose).
std::unordered_map<ObjectHeader*, uint32_t> conflictsInARow;
// Attempts, commits and aborts per registered transaction since they were last published.
struct Tally {
  int64_t runs = 0;
  int64_t commits = 0;
  int64_t aborts = 0;
};
std::unordered_map<ObjectHeader*, Tally> tallies;
uint64_t lastPublished = 0;
volatile sig_atomic_t loopStopRequested = 0;
void (*betweenStepsHook)(void*) = nullptr;
void* betweenStepsArgument = nullptr;
bool (*idleHook)(void*) = nullptr;
void (*quietRoundHook)(void*) = nullptr;
void* quietRoundArgument = nullptr;
void* idleArgument = nullptr;
bool injecting = false;
uint64_t injectionState = 0;
uint64_t injectedCount = 0;
constexpr uint64_t kInjectionWindow = 48;  // faults among which the injected abort strikes

uint64_t nextRandom() {  // splitmix64: small, seedable, good enough to pick fault numbers
  uint64_t z = (injectionState += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

// One attempt at a transaction; the first attempts get an injected abort when injection is on.
txn::Outcome attempt(void (*step)(void*), void* argument, int attemptNumber) {
  bool inject = injecting && attemptNumber < kInjectedAbortsPerStep;
  if (inject) txn::injectAbortAfter(1 + nextRandom() % kInjectionWindow);
  platform::Result<txn::Outcome> ran = txn::runTransaction(step, argument);
  if (inject) txn::injectAbortAfter(0);
  if (!ran.isOk()) platform::fatal(ran.status().message());
  if (!ran.value().committed && ran.value().reason == txn::AbortReason::kInjected) ++injectedCount;
  return ran.value();
}

// The plurix.Station methods the loop calls (package-private accessors of its vector).
struct StationMethods {
  int32_t (*size)(ObjectHeader* station) = nullptr;
  ObjectHeader* (*at)(ObjectHeader* station, int32_t index) = nullptr;
  int32_t (*priorityAt)(ObjectHeader* station, int32_t index) = nullptr;
  uint8_t (*holds)(ObjectHeader* station, ObjectHeader* transaction) = nullptr;
  uint8_t (*remove)(ObjectHeader* station, ObjectHeader* transaction) = nullptr;
  const MethodEntry* run = nullptr;  // Transaction.run()V, called through the vtable
  bool found = false;
};

template <typename Function>
void bind(Function* target, const ClassInfo* cls, const char* key) {
  const MethodEntry* method = findDeclaredMethod(cls, key);
  *target = method == nullptr ? nullptr : reinterpret_cast<Function>(method->code);
}

StationMethods lookUpStationMethods() {
  StationMethods methods;
  const ClassInfo* station = findClass("plurix.Station");
  const ClassInfo* transaction = findClass("plurix.Transaction");
  if (station == nullptr || transaction == nullptr) return methods;
  bind(&methods.size, station, "size()I");
  bind(&methods.at, station, "at(I)Lplurix/Transaction;");
  bind(&methods.priorityAt, station, "priorityAt(I)I");
  bind(&methods.holds, station, "holds(Lplurix/Transaction;)Z");
  bind(&methods.remove, station, "remove(Lplurix/Transaction;)Z");
  methods.run = findDeclaredMethod(transaction, "run()V");
  methods.found = methods.size != nullptr && methods.at != nullptr && methods.priorityAt != nullptr &&
                  methods.holds != nullptr && methods.remove != nullptr && methods.run != nullptr;
  return methods;
}

VirtualVoidMethod runOf(const StationMethods& methods, ObjectHeader* transaction) {
  uint32_t slot = methods.run->vtableIndex;
  if (slot == UINT32_MAX || slot >= classOf(transaction)->vtableLength) return nullptr;
  return reinterpret_cast<VirtualVoidMethod>(*vtableSlot(typeOf(transaction), slot));
}

struct Registered {
  ObjectHeader* transaction;
  int32_t priority;
};

struct Snapshot {
  StationMethods methods;
  std::vector<Registered> entries;
};

void takeSnapshot(void* argument) {
  auto* snapshot = static_cast<Snapshot*>(argument);
  snapshot->entries.clear();
  if (!snapshot->methods.found) snapshot->methods = lookUpStationMethods();
  ObjectHeader* station = heap::stationLocal()->station;
  if (!snapshot->methods.found || station == nullptr) return;
  int32_t count = snapshot->methods.size(station);
  for (int32_t i = 0; i < count; ++i) {
    snapshot->entries.push_back(Registered{snapshot->methods.at(station, i), snapshot->methods.priorityAt(station, i)});
  }
}

// One user step, and what the loop must know of it after an abort has undone the heap.
struct UserStep {
  const StationMethods* methods;
  ObjectHeader* transaction;
  bool skipped = false;      // unregistered earlier in this round
  std::string className;
  std::string report;        // the uncaught exception's report, taken out before the abort
};

std::string where(const std::string& className) {
  return "transaction \"" + className + "\" (station " + std::to_string(heap::stationLocal()->stationId) + ")";
}

void reportEscaped(UserStep* step, ObjectHeader* throwable) {
  ConsoleMark mark = consoleMark();
  const MethodEntry* print = findDeclaredMethod(findClass("java.lang.Throwable"), "printUncaughtIn(Ljava/lang/String;)V");
  ObjectHeader* text = newString(utf8ToUtf16(where(step->className)));
  if (print != nullptr && print->code != nullptr && text != nullptr) {
    reinterpret_cast<void (*)(ObjectHeader*, ObjectHeader*)>(print->code)(throwable, text);
  }
  if (hasPending() || print == nullptr || text == nullptr) {
    takePending();
    consoleWrite(kStandardError, "Exception in " + where(step->className) + " " + classOf(throwable)->name + "\n");
  }
  step->report = consoleTextSince(mark);
}

void runUserStep(void* argument) {
  auto* step = static_cast<UserStep*>(argument);
  ObjectHeader* station = heap::stationLocal()->station;
  if ((step->methods->holds(station, step->transaction) & 1) == 0) {
    step->skipped = true;
    return;
  }
  step->className = classOf(step->transaction)->name;
  VirtualVoidMethod run = runOf(*step->methods, step->transaction);
  if (run == nullptr) {
    throwNew("java.lang.AbstractMethodError", (step->className + ".run()V").c_str());
  } else {
    run(step->transaction);
  }
  if (!hasPending()) return;
  reportEscaped(step, takePending());
  txn::abortTransaction(txn::AbortReason::kException);
}

struct Retirement {
  const StationMethods* methods;
  ObjectHeader* transaction;
  const txn::Outcome* outcome;
  std::string className;
};

void retire(void* argument) {
  auto* retirement = static_cast<Retirement*>(argument);
  const txn::Outcome& outcome = *retirement->outcome;
  if (outcome.reason == txn::AbortReason::kFault) {
    char text[160];
    snprintf(text, sizeof text, "aborted: memory fault at 0x%" PRIxPTR " (pc 0x%" PRIxPTR, outcome.faultAddress,
             outcome.faultPc);
    std::string message = "plurix: " + where(retirement->className) + " " + text;
    // The faulting instruction, or the innermost compiled caller of the runtime function it was
    // in (a MAGIC access runs in the runtime).
    CodeLocation location;
    bool found = findCodeLocation(codeMapHead(), outcome.faultPc, &location);
    for (int i = 0; !found && i < txn::Outcome::kFaultCallers && outcome.faultCallers[i] != 0; ++i) {
      found = findCodeLocation(codeMapHead(), outcome.faultCallers[i] - 1, &location);
    }
    if (found) {
      message += std::string(" in ") + location.function;
      if (location.file != nullptr) message += std::string(" (") + location.file + ":" + std::to_string(location.line) + ")";
    }
    consoleWrite(kStandardError, message + "); unregistered\n");
  }
  retirement->methods->remove(heap::stationLocal()->station, retirement->transaction);
  takePending();
}

// Runs one registered transaction's step; a conflict leaves it for the next round.
void stepOnce(const StationMethods& methods, ObjectHeader* transaction) {
  UserStep step{&methods, transaction, false, {}, {}};
  txn::Outcome outcome;
  auto starving = conflictsInARow.find(transaction);
  if (fairness && starving != conflictsInARow.end() && starving->second >= kStarvationThreshold) {
    txn::reserveCommitRight();
    ++counters.reservedSteps;
  }
  for (int attempts = 0;; ++attempts) {
    userStepRunning = true;
    txn::setStepKey(reinterpret_cast<uintptr_t>(transaction));
    outcome = attempt(&runUserStep, &step, attempts);
    txn::setStepKey(0);
    userStepRunning = false;
    Tally& tally = tallies[transaction];
    ++tally.runs;
    ++(outcome.committed ? tally.commits : tally.aborts);
    if (outcome.committed) {
      if (!step.skipped) ++counters.steps;
      conflictsInARow.erase(transaction);
      return;
    }
    if (outcome.reason == txn::AbortReason::kInjected) continue;  // a test's abort: again, now
    if (outcome.reason != txn::AbortReason::kConflict) break;
    ++counters.reruns;  // another station's commit: again, in the next round
    ++conflictsInARow[transaction];
    return;
  }
  if (outcome.reason == txn::AbortReason::kException) consoleWrite(kStandardError, step.report);
  if (outcome.reason == txn::AbortReason::kStackOverflow) {
    consoleWrite(kStandardError, "Exception in " + where(step.className) + " " + std::string(keptStackOverflowReport()));
  }
  conflictsInARow.erase(transaction);
  Retirement retirement{&methods, transaction, &outcome, step.className};
  runSystemTransaction(&retire, &retirement);
  ++counters.retired;
}

void collectGarbage(void*) { collectBetweenTransactions(); }

bool publicationDue() { return platform::monotonicNanos() - lastPublished >= kPublishNanos; }

struct Publisher {
  const MethodEntry* account = nullptr;  // Transaction.account(JJJ)V
  const MethodEntry* publish = nullptr;  // Station.publish(JJJJJJJ)V
  StationMethods methods;
};
Publisher publisher;

void publishStatistics(void*) {
  enterCluster();  // a shell's station enters at its first input; its figures may be asked before
  ObjectHeader* station = heap::stationLocal()->station;
  if (station == nullptr) return;
  if (!publisher.methods.found) {
    publisher.methods = lookUpStationMethods();
    publisher.account = findDeclaredMethod(findClass("plurix.Transaction"), "$account(JJJ)V");
    publisher.publish = findDeclaredMethod(findClass("plurix.Station"), "publish(JJJJJJJ)V");
  }
  if (!publisher.methods.found || publisher.account == nullptr || publisher.publish == nullptr) return;
  using Account = void (*)(ObjectHeader*, int64_t, int64_t, int64_t);
  using Publish = void (*)(ObjectHeader*, int64_t, int64_t, int64_t, int64_t, int64_t, int64_t, int64_t);
  for (const auto& [transaction, tally] : tallies) {
    // Only a transaction still registered here is known to be alive.
    if (publisher.methods.holds(station, transaction) == 0) continue;
    reinterpret_cast<Account>(publisher.account->code)(transaction, tally.runs, tally.commits, tally.aborts);
  }
  const txn::Counters& totals = txn::counters();
  const heap::Heap& heap = attachedHeap();
  uint32_t heapPages = heap.memoryManager()->topPage;
  int64_t present = 0;
  for (uint32_t page = 0; page < heapPages; ++page) present += txn::pagePresent(heap.base() + uint64_t{page} * heap::kPageSize) ? 1 : 0;
  reinterpret_cast<Publish>(publisher.publish->code)(
      station, static_cast<int64_t>(totals.commits), static_cast<int64_t>(totals.aborts),
      static_cast<int64_t>(counters.steps), present, static_cast<int64_t>(totals.pagesWritten),
      static_cast<int64_t>(heapPages), static_cast<int64_t>(platform::monotonicNanos() / 1'000'000));
}

void publishedStatistics(void*) {
  tallies.clear();
  lastPublished = platform::monotonicNanos();
}

SystemTransaction systemTransactions[kMaxSystemTransactions];
int systemTransactionCount = 0;

// A station above 0 stocks its spare pages between rounds, not inside its steps (heap/page_supply.h).
bool pagesWanted() { return heap::stationLocal()->pagesWanted; }
void stockPages(void*) {
  const heap::Heap& heap = attachedHeap();
  (void)heap::stockSparePages(heap.memoryManager(), heap.station());
}
void stockedPages(void*) { heap::stationLocal()->pagesWanted = false; }

void registerCollectorOnce() {
  static bool registered = false;
  if (registered) return;
  registered = true;
  heap::stationLocal()->pagesWanted = attachedHeap().station() != 0;  // stocked before the first round
  registerSystemTransaction(SystemTransaction{"page supply", &pagesWanted, &stockPages, nullptr, &stockedPages});
  registerSystemTransaction(SystemTransaction{"collector", &collectionDue, &collectGarbage, nullptr});
  registerSystemTransaction(
      SystemTransaction{"statistics", &publicationDue, &publishStatistics, nullptr, &publishedStatistics});
}

// runSystemTransaction under a step key of its own (name: any address that stays the
// loop's for the run), so that write and read prediction open the pages its last runs wrote
// and read (the collector's: the allocator's pages; the vector reading's: the vector) without a
// fault each.
bool runNamedSystemTransaction(const void* name, void (*step)(void*), void* argument) {
  txn::setStepKey(reinterpret_cast<uintptr_t>(name));
  bool committed = runSystemTransaction(step, argument);
  txn::setStepKey(0);
  return committed;
}

void runDueSystemTransactions() {
  for (int i = 0; i < systemTransactionCount; ++i) {
    const SystemTransaction& transaction = systemTransactions[i];
    if (!transaction.due()) continue;
    bool committed = runNamedSystemTransaction(&transaction, transaction.step, transaction.argument);
    if (committed && transaction.committed != nullptr) transaction.committed(transaction.argument);
    ++counters.systemSteps;
  }
}

}  // namespace

bool runSystemTransaction(void (*step)(void*), void* argument) {
  for (int attempts = 0;; ++attempts) {
    txn::Outcome outcome = attempt(step, argument, attempts);
    if (outcome.committed) return true;
    if (outcome.reason == txn::AbortReason::kConflict || outcome.reason == txn::AbortReason::kInjected) continue;
    char text[160];
    snprintf(text, sizeof text, "plurix: a system transaction aborted (%s at 0x%" PRIxPTR ", pc 0x%" PRIxPTR ")\n",
             txn::abortReasonName(outcome.reason), outcome.faultAddress, outcome.faultPc);
    consoleWrite(kStandardError, text);
    return false;
  }
}

const ClassInfo* findClassTransacted(std::string_view binaryName) {
  struct Lookup {
    std::string_view name;
    const ClassInfo* found = nullptr;
  } lookup{binaryName};
  bool ran = runSystemTransaction(
      [](void* argument) {
        auto* lookup = static_cast<Lookup*>(argument);
        lookup->found = findClass(lookup->name);
      },
      &lookup);
  return ran ? lookup.found : nullptr;
}

void registerSystemTransaction(const SystemTransaction& transaction) {
  if (systemTransactionCount == kMaxSystemTransactions) platform::fatal("too many system transactions");
  systemTransactions[systemTransactionCount++] = transaction;
}

void setBetweenStepsHook(void (*hook)(void*), void* argument) {
  betweenStepsHook = hook;
  betweenStepsArgument = argument;
}

void setQuietRoundHook(void (*quiet)(void*), void* argument) {
  quietRoundHook = quiet;
  quietRoundArgument = argument;
}

void setIdleHook(bool (*idle)(void*), void* argument) {
  idleHook = idle;
  idleArgument = argument;
}

void runTransactionLoop() {
  registerCollectorOnce();
  runDueSystemTransactions();  // the page supply, before the first steps need pages
  Snapshot snapshot;
  loopStopRequested = 0;
  for (;;) {
    if (loopStopRequested != 0) return;
    if (!runNamedSystemTransaction(&snapshot, &takeSnapshot, &snapshot)) return;
    if (snapshot.entries.empty()) {
      runDueSystemTransactions();
      if (idleHook != nullptr && idleHook(idleArgument)) continue;
      return;
    }
    ++counters.rounds;
    std::stable_sort(snapshot.entries.begin(), snapshot.entries.end(),
                     [](const Registered& a, const Registered& b) { return a.priority > b.priority; });
    uint64_t writtenBefore = txn::counters().pagesWritten;
    uint64_t retiredBefore = counters.retired;
    for (const Registered& entry : snapshot.entries) {
      if (betweenStepsHook != nullptr) betweenStepsHook(betweenStepsArgument);
      stepOnce(snapshot.methods, entry.transaction);
    }
    bool quiet = txn::counters().pagesWritten == writtenBefore && counters.retired == retiredBefore;
    runDueSystemTransactions();
    if (quiet && quietRoundHook != nullptr) quietRoundHook(quietRoundArgument);
  }
}

const LoopCounters& loopCounters() { return counters; }
void requestLoopStop() { loopStopRequested = 1; }

void publishStatisticsNow() {
  if (runSystemTransaction(&publishStatistics, nullptr)) publishedStatistics(nullptr);
}
bool runningUserStep() { return userStepRunning; }
void setFairness(bool on) { fairness = on; }

void setAbortInjection(uint64_t seed) {
  injecting = true;
  injectionState = seed;
}

uint64_t injectedAborts() { return injectedCount; }

}  // namespace plurix::runtime
