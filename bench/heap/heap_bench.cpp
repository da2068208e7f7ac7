// Micro-benchmarks of the heap's core paths (figures in docs/BENCHMARKS.md, "Heap").
#include <benchmark/benchmark.h>

#include <vector>

#include "bench_heap.h"
#include "heap/backchain.h"
#include "heap/collector.h"
#include "heap/relocation.h"
#include "heap/root_set.h"

namespace plurix::heap::bench {
namespace {

// Small-object allocation: a 64-byte object with two references (the binary-trees node).
void BM_AllocateSmallObject(benchmark::State& state) {
  Heap& heap = benchHeap();
  const TypeDescriptor* type = referenceType(2);
  Collector collector(heap.memoryManager());
  size_t sinceCollection = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(heap.allocateInstance(type));
    if (++sinceCollection == 1 << 20) {  // between "transactions": drop the garbage (not timed)
      state.PauseTiming();
      collector.collectAll();
      sinceCollection = 0;
      state.ResumeTiming();
    }
  }
  collector.collectAll();  // after the loop: not timed
}
BENCHMARK(BM_AllocateSmallObject);

// Reference store with backchain upkeep: each store unlinks the slot from one target's chain
// and links it into another's; the targets each have range(0) other referrers.
void BM_StoreReference(benchmark::State& state) {
  Heap& heap = benchHeap();
  const TypeDescriptor* type = referenceType(1);
  RootSet roots(heap);
  ObjectHeader* targets[2] = {heap.allocateInstance(type), heap.allocateInstance(type)};
  std::vector<ObjectHeader*> holders;
  for (int i = 0; i < 1024; ++i) holders.push_back(heap.allocateInstance(type));
  std::vector<ObjectHeader*> extra;
  for (int64_t i = 0; i < state.range(0); ++i) {
    extra.push_back(heap.allocateInstance(type));
    storeReference(field(extra.back(), 0), targets[i % 2]);
  }
  uint32_t handle = roots.add(holders[0]).value();
  size_t i = 0;
  for (auto _ : state) {
    storeReference(field(holders[i & 1023], 0), targets[(i >> 10) & 1]);  // always a change
    ++i;
  }
  for (ObjectHeader* holder : holders) storeReference(field(holder, 0), nullptr);
  roots.remove(handle);
  Collector(heap.memoryManager()).collectAll();
}
BENCHMARK(BM_StoreReference)->Arg(0)->Arg(1000);

// Relocation: cost per incoming reference of moving an object with range(0) referrers.
void BM_RelocatePerIncomingReference(benchmark::State& state) {
  Heap& heap = benchHeap();
  const TypeDescriptor* type = referenceType(1);
  ObjectHeader* target = heap.allocateInstance(type);
  std::vector<ObjectHeader*> referrers;
  for (int64_t i = 0; i < state.range(0); ++i) {
    referrers.push_back(heap.allocateInstance(type));
    storeReference(field(referrers.back(), 0), target);
  }
  for (auto _ : state) target = relocate(heap, target).value();
  state.counters["ns_per_reference"] = benchmark::Counter(
      static_cast<double>(state.iterations() * state.range(0)), benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
  for (ObjectHeader* referrer : referrers) storeReference(field(referrer, 0), nullptr);
  Collector(heap.memoryManager()).collectAll();
}
BENCHMARK(BM_RelocatePerIncomingReference)->Arg(1)->Arg(16)->Arg(1024);

// Collection throughput: freeing a dropped list (reference counting) or a dropped ring (the
// backward search must prove it unreachable), per object.
void BM_CollectGarbage(benchmark::State& state, bool ring) {
  Heap& heap = benchHeap();
  const TypeDescriptor* type = referenceType(1);
  Collector collector(heap.memoryManager());
  const int64_t count = state.range(0);
  for (auto _ : state) {
    state.PauseTiming();
    RootSet roots(heap);
    ObjectHeader* head = heap.allocateInstance(type);
    ObjectHeader* last = head;
    for (int64_t i = 1; i < count; ++i) {
      ObjectHeader* next = heap.allocateInstance(type);
      storeReference(field(last, 0), next);
      last = next;
    }
    if (ring) storeReference(field(last, 0), head);
    uint32_t handle = roots.add(head).value();
    collector.collectAll();  // the new objects' own checks, not the work measured
    roots.remove(handle);
    state.ResumeTiming();
    collector.collectAll();
  }
  state.SetItemsProcessed(state.iterations() * count);
}
BENCHMARK_CAPTURE(BM_CollectGarbage, list, false)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_CollectGarbage, ring, true)->Arg(100000)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace plurix::heap::bench
