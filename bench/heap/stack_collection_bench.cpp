// Collection inside a transaction (heap/stack_roots.h): the pause of one collection of 16 Ki
// fresh objects under a realistic stack, the stack scan alone, and binary trees built within
// one long transaction in a fixed heap, collected every 16 Ki allocations with the real stack
// as roots, reporting the peak heap use. Each benchmark opens a heap of its own size (one heap
// per process at a time), which is why this is a binary apart from heap_bench.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdint>
#include <ctime>
#include <optional>
#include <random>
#include <vector>

#include "heap/address_space.h"
#include "heap/backchain.h"
#include "heap/collector.h"
#include "heap/heap.h"
#include "heap/stack_roots.h"
#include "heap/type_descriptor.h"
#include "runtime/platform/system.h"

namespace plurix::heap::bench {
namespace {

constexpr size_t kFreshObjects = size_t{16} << 10;
constexpr size_t kCollectAfterAllocations = size_t{16} << 10;  // as runtime/entry/safepoint.h

struct BenchHeap {
  std::optional<Heap> heap;
  const TypeDescriptor* node = nullptr;  // a binary-trees node: two references, 48 bytes

  explicit BenchHeap(size_t bytes) {
    HeapConfig config;
    config.size = bytes;
    auto created = Heap::create(config);
    if (!created.isOk()) platform::fatal(created.status().message());
    heap.emplace(std::move(created.value()));
    const FieldKind kinds[] = {FieldKind::kReference, FieldKind::kReference};
    node = heap->defineType(kinds, 2).value();
    Collector(heap->memoryManager()).collectAll();
  }
  size_t usedBytes() const { return size_t{heap->memoryManager()->topPage} * kPageSize; }
};

Slot* child(ObjectHeader* node, size_t index) { return slotAt(node, sizeof(ObjectHeader) + index * kSlotSize); }

// A stack as compiled code leaves it: mostly small integers, return addresses and saved frame
// pointers, and here and there a reference, often into the middle of an object.
std::vector<uintptr_t> realisticStack(size_t bytes, const std::vector<ObjectHeader*>& referenced, std::mt19937_64& random) {
  std::vector<uintptr_t> stack(bytes / sizeof(uintptr_t));
  for (uintptr_t& word : stack) {
    switch (random() % 4) {
      case 0: word = random() % 1000; break;
      case 1: word = 0x55550000a000 + random() % 0x100000; break;    // code
      case 2: word = 0x7ffd00000000 + random() % 0x1000000; break;   // stack
      default: word = random(); break;                               // doubles, hashes
    }
  }
  if (stack.empty()) return stack;  // no stack: nothing is held
  for (ObjectHeader* object : referenced) {
    stack[random() % stack.size()] = reinterpret_cast<uintptr_t>(object) + (random() % 3) * kSlotSize;
  }
  return stack;
}

// Fresh trees of 15 nodes, as a loop that builds small structures leaves them: the roots on
// the zero list, the inner nodes freed by cascade. Every 64th tree stays on the stack.
std::vector<ObjectHeader*> allocateFreshTrees(BenchHeap& bench) {
  std::vector<ObjectHeader*> held;
  for (size_t built = 0; built < kFreshObjects / 15; ++built) {
    ObjectHeader* level[8];
    for (ObjectHeader*& leaf : level) leaf = bench.heap->allocateInstance(bench.node);
    for (size_t width = 4; width >= 1; width /= 2) {
      for (size_t i = 0; i < width; ++i) {
        ObjectHeader* parent = bench.heap->allocateInstance(bench.node);
        storeReference(child(parent, 0), level[2 * i]);
        storeReference(child(parent, 1), level[2 * i + 1]);
        level[i] = parent;
      }
    }
    if (built % 64 == 0) held.push_back(level[0]);
  }
  return held;
}

// The pause is timed in this thread's CPU time: on a machine shared with builds, wall time
// measures the neighbours as much as the collector.
double threadSeconds() {
  timespec now;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
}

void BM_InTransactionPause(benchmark::State& state) {
  BenchHeap bench(size_t{64} << 20);
  Collector collector(bench.heap->memoryManager());
  std::mt19937_64 random(42);
  size_t freed = 0;
  size_t stackWords = 0;
  for (auto _ : state) {
    std::vector<ObjectHeader*> held = allocateFreshTrees(bench);
    std::vector<uintptr_t> stack = realisticStack(static_cast<size_t>(state.range(0)) << 10, held, random);
    double start = threadSeconds();
    CollectionResult result = collector.collectWithStackRoots(stack.data(), stack.data() + stack.size());
    state.SetIterationTime(threadSeconds() - start);
    freed = result.freedObjects;
    stackWords = stack.size();
    std::fill(stack.begin(), stack.end(), 0);  // the transaction returns: the held go too
    collector.collectWithStackRoots(stack.data(), stack.data() + stack.size());
  }
  state.counters["freed"] = static_cast<double>(freed);
  state.counters["stack_words"] = static_cast<double>(stackWords);
}
BENCHMARK(BM_InTransactionPause)->Arg(0)->Arg(100)->Arg(1024)->UseManualTime()->Unit(benchmark::kMicrosecond);

void BM_StackScanOnly(benchmark::State& state) {
  BenchHeap bench(size_t{64} << 20);
  std::mt19937_64 random(7);
  std::vector<ObjectHeader*> held = allocateFreshTrees(bench);
  std::vector<uintptr_t> stack = realisticStack(static_cast<size_t>(state.range(0)) << 10, held, random);
  for (auto _ : state) {
    StackRoots roots = StackRoots::gather(bench.heap->memoryManager(), stack.data(), stack.data() + stack.size());
    benchmark::DoNotOptimize(roots.holds(held[0]));
  }
}
BENCHMARK(BM_StackScanOnly)->Arg(100)->Arg(1024)->Unit(benchmark::kMicrosecond);

// Binary trees (the Benchmarks Game program) as one transaction: every tree lives only in the
// recursion's locals and in the long-lived tree's local, as in a Java main; the collector runs
// every 16 Ki allocations with the real stack as roots, and once more (returning pages) when
// the heap is full, as the runtime's allocation path does.
struct TreesInOneTransaction {
  BenchHeap& bench;
  Collector collector{bench.heap->memoryManager()};
  uintptr_t stackBase = 0;
  size_t sinceCollection = 0;
  size_t peakBytes = 0;
  size_t collections = 0;

  void collect(StackCollection kind) {
    collectSparingThisStack(collector, stackBase, kind);
    sinceCollection = 0;
    ++collections;
  }
  ObjectHeader* allocate() {
    if (++sinceCollection >= kCollectAfterAllocations) {
      peakBytes = std::max(peakBytes, bench.usedBytes());
      collect(StackCollection::kFreeGarbage);
    }
    ObjectHeader* node = bench.heap->allocateInstance(bench.node);
    if (node == nullptr) {
      collect(StackCollection::kFreeGarbageAndReturnPages);
      node = bench.heap->allocateInstance(bench.node);
      if (node == nullptr) platform::fatal("binary trees: the heap is full even after collecting");
    }
    return node;
  }
  ObjectHeader* build(int depth) {
    ObjectHeader* tree = allocate();
    if (depth > 0) {
      ObjectHeader* left = build(depth - 1);
      storeReference(child(tree, 0), left);
      ObjectHeader* right = build(depth - 1);
      storeReference(child(tree, 1), right);
    }
    return tree;
  }
  static long check(ObjectHeader* tree) {
    ObjectHeader* left = child(tree, 0)->target;
    return left == nullptr ? 1 : 1 + check(left) + check(child(tree, 1)->target);
  }
  [[gnu::noinline]] long run(int maxDepth) {
    stackBase = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
    constexpr int kMinDepth = 4;
    long total = check(build(maxDepth + 1));  // the stretch tree
    ObjectHeader* longLived = build(maxDepth);
    for (int depth = kMinDepth; depth <= maxDepth; depth += 2) {
      for (long i = 0; i < 1L << (maxDepth - depth + kMinDepth); ++i) total += check(build(depth));
    }
    total += check(longLived);
    benchmark::DoNotOptimize(longLived);
    return total;
  }
};

void BM_BinaryTreesInOneTransaction(benchmark::State& state) {
  BenchHeap bench(static_cast<size_t>(state.range(1)) << 20);
  size_t peak = 0;
  size_t collections = 0;
  for (auto _ : state) {
    TreesInOneTransaction trees{bench};
    benchmark::DoNotOptimize(trees.run(static_cast<int>(state.range(0))));
    peak = std::max(trees.peakBytes, bench.usedBytes());
    collections = trees.collections;
    trees.stackBase = 0;
    Collector(bench.heap->memoryManager()).collectAll();  // the transaction ended
  }
  state.counters["heap_MiB"] = static_cast<double>(state.range(1));
  state.counters["peak_MiB"] = static_cast<double>(peak) / (1 << 20);
  state.counters["collections"] = static_cast<double>(collections);
}
BENCHMARK(BM_BinaryTreesInOneTransaction)
    ->Args({16, 64})
    ->Args({18, 64})
    ->Args({20, 320})
    ->Iterations(1)
    ->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace plurix::heap::bench
