// The station's transaction loop, after Oberon's task loop: round after round, it reads the local
// Station object's transaction vector and calls run() of every registered Transaction, highest
// priority first (equal priorities in registration order), each call one transaction
// (txn/transaction.h). A step aborted by a conflict runs again in the next round; a step whose
// exception escapes is aborted (nothing it wrote or printed remains), its exception reported with
// its stack trace, and its transaction unregistered; so is a step that touched memory outside
// the heap. Between rounds the collector runs as a system transaction when enough was allocated.
// Paper 002 §2.3 and §3.2 (the transaction vector), DESIGN.md "The dialect's system API".
#pragma once
#include <cstdint>
#include <string_view>

#include "runtime/object/class_info.h"

namespace plurix::runtime {

struct LoopCounters {
  uint64_t rounds = 0;
  uint64_t steps = 0;          // user steps committed
  uint64_t reruns = 0;         // user steps aborted by a conflict (run again)
  uint64_t retired = 0;        // transactions unregistered after an exception or a fault
  uint64_t systemSteps = 0;    // system transactions run between rounds (the collector's included)
  uint64_t reservedSteps = 0;  // steps run holding the right to commit (the fairness policy)
};

// A transaction of the runtime's own (the collector; later the balancer): after the user steps of
// every round, each registered system transaction whose due() says so runs as one transaction.
// System transactions do not keep the loop alive: it ends when no user transaction is left.
struct SystemTransaction {
  const char* name;
  bool (*due)();
  void (*step)(void* argument);
  void* argument;
  void (*committed)(void* argument) = nullptr;  // after the step committed (null: nothing)
};
inline constexpr int kMaxSystemTransactions = 8;
// Requires fewer than kMaxSystemTransactions registered. Guarantees it runs from the next round on.
void registerSystemTransaction(const SystemTransaction& transaction);

// Requires hook to stay valid while set (null: none). Guarantees hook(argument) is called
// between any two steps of the loop, outside transactions (a cluster station handles what the
// network brought meanwhile).
void setBetweenStepsHook(void (*hook)(void*), void* argument);

// Requires idle to stay valid while set (null: none). Guarantees that when no transaction is
// registered the loop calls idle(argument) instead of ending (a cluster station waits there for
// work other stations register with it), and ends once it returns false.
void setIdleHook(bool (*idle)(void*), void* argument);

// Requires transactions started (txn::startTransactions), the program's classes loaded, and no
// transaction open. Guarantees the loop above ran until no transaction was registered with this
// station (or System.exit ended the process). The collector is registered as a system
// transaction on the first call.
void runTransactionLoop();
const LoopCounters& loopCounters();
// The fairness policy: a transaction whose step was aborted by conflicts kStarvationThreshold
// times in a row runs its next step holding the right to commit (txn::reserveCommitRight), so
// that no other station's commit can doom it; other stations' commits wait for that one step.
// On by default; off only to measure what it prevents.
inline constexpr uint32_t kStarvationThreshold = 3;
void setFairness(bool on);

// Requires quiet to stay valid while set (null: none). Guarantees that after a round in which no
// step wrote anything to the heap, the loop calls quiet(argument) before the next round: such a
// round, run again on an unchanged heap, would do the same again (transactions polling a barrier
// or a flag), so a cluster station waits there until another station's commit arrives, instead
// of spinning. One station has nobody else to wait for, and sets none.
void setQuietRoundHook(void (*quiet)(void*), void* argument);

// Any thread, async-signal-safe. Guarantees the loop returns before its next round even though
// transactions are still registered (the shell's Ctrl-C while it runs the station's work).
void requestLoopStop();

// Every kPublishNanos the loop publishes, as a system transaction, this station's totals into its
// Station object (commits, aborts, steps, pages read and written) and each of its registered
// transactions' runs, commits and aborts since the last publication into the Transaction (what
// the shell's /top and /ps show for every station).
inline constexpr uint64_t kPublishNanos = 1'000'000'000;
// Requires no transaction open. Guarantees this station's figures published now (the shell does
// before it shows them, since its own station runs its loop only now and then).
void publishStatisticsNow();

// Whether a registered transaction's step (not main, not a system transaction) is running now.
bool runningUserStep();

// Requires as runTransactionLoop. Guarantees step(argument) committed as one transaction, run
// again while it aborted for a conflict; returns false (after printing why on standard error) if
// it aborted for another reason.
bool runSystemTransaction(void (*step)(void*), void* argument);

// Requires as runSystemTransaction (transactions started, the runtime attached). Guarantees the
// class with this binary name, read from the heap in a transaction of its own (on a joined
// station the name service's pages may have to be fetched), or null.
const ClassInfo* findClassTransacted(std::string_view binaryName);

// For tests (`plurix run --inject-aborts SEED`): from now on, the first attempts of every
// transaction, system ones and main included, abort at a tracked page fault picked at random
// (seeded) among their first faults, and run again at once; after kInjectedAbortsPerStep such
// aborts a step runs undisturbed. A correct runtime prints exactly what it prints without.
inline constexpr int kInjectedAbortsPerStep = 3;
void setAbortInjection(uint64_t seed);
uint64_t injectedAborts();

}  // namespace plurix::runtime
