// Binary trees (the Benchmarks Game program) on the Plurix heap and on Boehm GC in the same
// binary. Each tree built and checked is one "transaction"; the Plurix collector runs between
// transactions once enough new objects have piled up, as a system transaction would.
#include <benchmark/benchmark.h>
#include <gc.h>

#include <cstdint>

#include "bench_heap.h"
#include "heap/address_space.h"
#include "heap/backchain.h"
#include "heap/collector.h"
#include "heap/root_set.h"

namespace plurix::heap::bench {
namespace {

constexpr int kMinDepth = 4;
// Collect once this many objects have been allocated since the last collection: 16 Ki nodes of
// 48 bytes (768 KiB) stay within a 1 MiB L2, so freed cells are reused while still cached;
// 256 Ki (12 MiB) ran 7-13% slower (docs/HEAP.md, "When to collect").
constexpr size_t kCollectAfterObjects = size_t{1} << 14;

struct PlurixTrees {
  Heap& heap = benchHeap();
  const TypeDescriptor* node = referenceType(2);
  Collector collector{heap.memoryManager()};

  ObjectHeader* build(int depth) {
    ObjectHeader* tree = heap.allocateInstance(node);
    if (depth > 0) {
      storeReference(field(tree, 0), build(depth - 1));
      storeReference(field(tree, 1), build(depth - 1));
    }
    return tree;
  }
  static long check(ObjectHeader* tree) {
    ObjectHeader* left = field(tree, 0)->target;
    return left == nullptr ? 1 : 1 + check(left) + check(field(tree, 1)->target);
  }
  void betweenTransactions() {
    if (stationLocal()->zeroList.size() >= kCollectAfterObjects) collector.step(SIZE_MAX);
  }
  long run(int maxDepth) {
    long total = check(build(maxDepth + 1));  // the stretch tree
    betweenTransactions();
    RootSet roots(heap);
    uint32_t longLived = roots.add(build(maxDepth)).value();
    for (int depth = kMinDepth; depth <= maxDepth; depth += 2) {
      for (long i = 0; i < 1L << (maxDepth - depth + kMinDepth); ++i) {
        total += check(build(depth));
        betweenTransactions();
      }
    }
    total += check(roots.get(longLived));
    roots.remove(longLived);
    collector.collectAll();
    return total;
  }
};

struct BoehmNode {
  BoehmNode* left;
  BoehmNode* right;
};

BoehmNode* buildBoehm(int depth) {
  auto* tree = static_cast<BoehmNode*>(GC_MALLOC(sizeof(BoehmNode)));
  if (depth > 0) {
    tree->left = buildBoehm(depth - 1);
    tree->right = buildBoehm(depth - 1);
  }
  return tree;
}

long checkBoehm(const BoehmNode* tree) {
  return tree->left == nullptr ? 1 : 1 + checkBoehm(tree->left) + checkBoehm(tree->right);
}

long runBoehm(int maxDepth) {
  long total = checkBoehm(buildBoehm(maxDepth + 1));
  BoehmNode* longLived = buildBoehm(maxDepth);
  for (int depth = kMinDepth; depth <= maxDepth; depth += 2) {
    for (long i = 0; i < 1L << (maxDepth - depth + kMinDepth); ++i) total += checkBoehm(buildBoehm(depth));
  }
  return total + checkBoehm(longLived);
}

void BM_BinaryTreesPlurix(benchmark::State& state) {
  PlurixTrees trees;
  for (auto _ : state) benchmark::DoNotOptimize(trees.run(static_cast<int>(state.range(0))));
}
BENCHMARK(BM_BinaryTreesPlurix)->Arg(16)->Arg(18)->Unit(benchmark::kMillisecond);

void BM_BinaryTreesBoehm(benchmark::State& state) {
  static bool initialised = false;
  if (!initialised) {
    GC_INIT();
    initialised = true;
  }
  for (auto _ : state) benchmark::DoNotOptimize(runBoehm(static_cast<int>(state.range(0))));
}
BENCHMARK(BM_BinaryTreesBoehm)->Arg(16)->Arg(18)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace plurix::heap::bench
