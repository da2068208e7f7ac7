// Transactions on a station (txn/transaction.h), each beside the raw cost of the same work in
// this binary (figures in docs/BENCHMARKS.md, "Transactions on a station"):
//   - a transaction's first read and first write of a page, against a bare protection fault
//     taken by a minimal SIGSEGV handler that mprotects the page open, plus closing the pages
//     again (per page, 64 pages per transaction or round);
//   - an empty transaction (begin + commit through runTransaction), against the fiber switch
//     there and back it is built on;
//   - the abort and rerun of a transaction that wrote N pages, against 2N bare write faults.
#include <benchmark/benchmark.h>
#include <signal.h>
#include <sys/mman.h>

#include <cstring>

#include "bench/heap/bench_heap.h"
#include "runtime/platform/system.h"
#include "txn/fiber.h"
#include "txn/transaction.h"

namespace plurix::txn::bench {
namespace {

constexpr size_t kPageBytes = 4096;
constexpr size_t kPagesPerRound = 64;
constexpr size_t kMostPages = 256;

// Reports seconds per page beside the time per iteration.
void countPages(benchmark::State& state, size_t pagesPerIteration) {
  state.counters["per_page"] = benchmark::Counter(
      static_cast<double>(pagesPerIteration),
      benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}

// ---- The raw cost: a minimal handler, no dispatcher, no alternate stack, no bookkeeping ----

int rawOpenAccess = PROT_READ;

void openFaultingPage(int, siginfo_t* info, void*) {
  uintptr_t page = reinterpret_cast<uintptr_t>(info->si_addr) & ~uintptr_t{kPageBytes - 1};
  mprotect(reinterpret_cast<void*>(page), kPageBytes, rawOpenAccess);
}

// Pages served by the minimal handler for one benchmark's length; the runtime's fault
// dispatcher is put back afterwards.
class RawFaultPages {
 public:
  RawFaultPages(size_t pages, int openAccess) : bytes_(pages * kPageBytes) {
    void* memory =
        mmap(nullptr, bytes_, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (memory == MAP_FAILED) platform::fatal("cannot map the raw fault pages");
    base_ = static_cast<char*>(memory);
    memset(base_, 1, bytes_);  // materialised, as the heap's pages are
    closeAll();
    rawOpenAccess = openAccess;
    struct sigaction action {};
    action.sa_sigaction = &openFaultingPage;
    action.sa_flags = SA_SIGINFO;
    sigemptyset(&action.sa_mask);
    sigaction(SIGSEGV, &action, &saved_);
  }
  ~RawFaultPages() {
    sigaction(SIGSEGV, &saved_, nullptr);
    munmap(base_, bytes_);
  }
  RawFaultPages(const RawFaultPages&) = delete;
  RawFaultPages& operator=(const RawFaultPages&) = delete;

  void closeAll() { mprotect(base_, bytes_, PROT_NONE); }
  volatile char* byteOnPage(size_t index) { return base_ + index * kPageBytes; }

 private:
  size_t bytes_;
  char* base_ = nullptr;
  struct sigaction saved_ {};
};

void BM_RawReadFault(benchmark::State& state) {
  RawFaultPages pages(kPagesPerRound, PROT_READ);
  for (auto _ : state) {
    for (size_t i = 0; i < kPagesPerRound; ++i) {
      char value =
          *pages.byteOnPage(i);  // a copy: DoNotOptimize on the page itself may store to it
      benchmark::DoNotOptimize(value);
    }
    pages.closeAll();
  }
  countPages(state, kPagesPerRound);
}
BENCHMARK(BM_RawReadFault);

void BM_RawWriteFault(benchmark::State& state) {
  RawFaultPages pages(kPagesPerRound, PROT_READ | PROT_WRITE);
  for (auto _ : state) {
    for (size_t i = 0; i < kPagesPerRound; ++i) *pages.byteOnPage(i) = 2;
    pages.closeAll();
  }
  countPages(state, kPagesPerRound);
}
BENCHMARK(BM_RawWriteFault);

// Twice the write faults of a transaction on N pages: the bare floor of an abort and its rerun.
void BM_RawWriteFaultsTwice(benchmark::State& state) {
  auto count = static_cast<size_t>(state.range(0));
  RawFaultPages pages(count, PROT_READ | PROT_WRITE);
  for (auto _ : state) {
    for (int round = 0; round < 2; ++round) {
      for (size_t i = 0; i < count; ++i) *pages.byteOnPage(i) = static_cast<char>(round);
      pages.closeAll();
    }
  }
  countPages(state, count);
}
BENCHMARK(BM_RawWriteFaultsTwice)->Arg(1)->Arg(16)->Arg(256);

// ---- The transaction machinery on a tracked heap ----

// Requires nothing. Guarantees transactions started on the bench heap, and the first byte of
// kMostPages materialised heap pages in a row, tracked like every heap page.
char* trackedPages() {
  static char* pages = nullptr;
  if (pages != nullptr) return pages;
  heap::Heap& heap = heap::bench::benchHeap();
  heap::ObjectHeader* object =
      heap.allocateBytes(kMostPages * kPageBytes, heap::AllocatorKind::kReadWrite);
  if (object == nullptr) platform::fatal("cannot allocate the benchmark's pages");
  pages = reinterpret_cast<char*>(object) +
          kPageBytes;  // past the header's page: whole pages of payload
  memset(pages, 1, kMostPages * kPageBytes);
  if (!startTransactions(heap).isOk()) platform::fatal("cannot start transactions");
  return pages;
}

struct PageWork {
  char* pages;
  size_t count;
  bool abort;
};

void readPages(void* argument) {
  auto* work = static_cast<PageWork*>(argument);
  for (size_t i = 0; i < work->count; ++i) {
    char value = *reinterpret_cast<volatile char*>(work->pages + i * kPageBytes);
    benchmark::DoNotOptimize(value);
  }
}

void writePages(void* argument) {
  auto* work = static_cast<PageWork*>(argument);
  for (size_t i = 0; i < work->count; ++i)
    *reinterpret_cast<volatile char*>(work->pages + i * kPageBytes) = 2;
  if (work->abort) abortTransaction(AbortReason::kConflict);
}

void emptyStep(void*) {}

Outcome runOrDie(void (*step)(void*), void* argument) {
  platform::Result<Outcome> ran = runTransaction(step, argument);
  if (!ran.isOk()) platform::fatal(ran.status().message());
  return ran.value();
}

void BM_FiberSwitch(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(runOnFiber(&emptyStep, nullptr).isOk());
}
BENCHMARK(BM_FiberSwitch);

void BM_EmptyTransaction(benchmark::State& state) {
  trackedPages();
  for (auto _ : state) benchmark::DoNotOptimize(runOrDie(&emptyStep, nullptr).committed);
}
BENCHMARK(BM_EmptyTransaction);

void BM_TransactionFirstRead(benchmark::State& state) {
  PageWork work{trackedPages(), kPagesPerRound, false};
  for (auto _ : state) benchmark::DoNotOptimize(runOrDie(&readPages, &work).committed);
  countPages(state, kPagesPerRound);
}
BENCHMARK(BM_TransactionFirstRead);

void BM_TransactionFirstWrite(benchmark::State& state) {
  PageWork work{trackedPages(), kPagesPerRound, false};
  for (auto _ : state) benchmark::DoNotOptimize(runOrDie(&writePages, &work).committed);
  countPages(state, kPagesPerRound);
}
BENCHMARK(BM_TransactionFirstWrite);

// A conflict's whole cost: the transaction writes N pages and aborts (its shadows copied back),
// then runs again and commits.
void BM_AbortAndRestart(benchmark::State& state) {
  auto count = static_cast<size_t>(state.range(0));
  PageWork aborting{trackedPages(), count, true};
  PageWork rerun{trackedPages(), count, false};
  for (auto _ : state) {
    if (runOrDie(&writePages, &aborting).committed) platform::fatal("the aborting step committed");
    if (!runOrDie(&writePages, &rerun).committed) platform::fatal("the rerun aborted");
  }
  countPages(state, count);
}
BENCHMARK(BM_AbortAndRestart)->Arg(1)->Arg(16)->Arg(256);

}  // namespace
}  // namespace plurix::txn::bench
