// The backchain layouts considered (docs/HEAP.md, "Backchain"), each reduced to its essentials
// so that only the layout differs: a slot is (target, next) in a singly linked chain, or
// (target, next, previous) in a doubly linked one. Measured: a reference store that moves a
// slot from one target's chain to another's, when each target has range(0) other referrers.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <random>
#include <vector>

namespace {

struct SinglySlot;
struct SinglyObject {
  SinglySlot* chain = nullptr;
};
struct SinglySlot {
  SinglyObject* target = nullptr;
  SinglySlot* next = nullptr;
};

// Unlinking needs the predecessor, found by walking the old target's chain from its head.
void storeSingly(SinglySlot* slot, SinglyObject* target) {
  if (SinglyObject* old = slot->target) {
    SinglySlot** link = &old->chain;
    while (*link != slot) link = &(*link)->next;
    *link = slot->next;
  }
  slot->target = target;
  if (target != nullptr) {
    slot->next = target->chain;
    target->chain = slot;
  }
}

struct DoublySlot;
struct DoublyObject {
  DoublySlot* chain = nullptr;
};
struct DoublySlot {
  DoublyObject* target = nullptr;
  DoublySlot* next = nullptr;
  DoublySlot** previous = nullptr;
};

void storeDoubly(DoublySlot* slot, DoublyObject* target) {
  if (slot->target != nullptr) {
    *slot->previous = slot->next;
    if (slot->next != nullptr) slot->next->previous = slot->previous;
  }
  slot->target = target;
  if (target != nullptr) {
    slot->next = target->chain;
    slot->previous = &target->chain;
    if (slot->next != nullptr) slot->next->previous = &slot->next;
    target->chain = slot;
  }
}

// Two targets with range(0) referrers each; every store moves a randomly chosen slot to the
// other target, so the slot being unlinked sits anywhere in its chain, as in a real heap.
template <typename Slot, typename Object, void (*Store)(Slot*, Object*)>
void storeBenchmark(benchmark::State& state) {
  const size_t perTarget = static_cast<size_t>(state.range(0));
  Object targets[2];
  std::vector<Slot> slots(2 * perTarget);
  std::mt19937_64 random(1);
  std::vector<size_t> order(slots.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::shuffle(order.begin(), order.end(), random);
  for (size_t i : order) Store(&slots[i], &targets[i % 2]);
  std::vector<uint32_t> picks(1 << 16);
  for (uint32_t& pick : picks) pick = static_cast<uint32_t>(random() % slots.size());
  size_t i = 0;
  for (auto _ : state) {
    Slot* slot = &slots[picks[i++ & 0xffff]];
    Store(slot, slot->target == &targets[0] ? &targets[1] : &targets[0]);
  }
  state.counters["bytes_per_slot"] = sizeof(Slot);
}

void BM_StoreSinglyLinked(benchmark::State& state) { storeBenchmark<SinglySlot, SinglyObject, storeSingly>(state); }
void BM_StoreDoublyLinked(benchmark::State& state) { storeBenchmark<DoublySlot, DoublyObject, storeDoubly>(state); }
BENCHMARK(BM_StoreSinglyLinked)->Arg(1)->Arg(4)->Arg(16)->Arg(256)->Arg(4096);
BENCHMARK(BM_StoreDoublyLinked)->Arg(1)->Arg(4)->Arg(16)->Arg(256)->Arg(4096);

// The whole-program view: build and drop binary trees of depth 16 under each layout (the
// node is two slots; the singly linked node is smaller, so this is where it could win).
template <typename Slot, typename Object, void (*Store)(Slot*, Object*)>
struct Trees {
  struct Node {
    Object object;
    Slot left, right;
  };
  std::vector<Node> pool;
  size_t used = 0;
  Node* build(int depth) {
    Node* node = &pool[used++];
    node->left = Slot{};
    node->right = Slot{};
    node->object = Object{};
    if (depth > 0) {
      Store(&node->left, &build(depth - 1)->object);
      Store(&node->right, &build(depth - 1)->object);
    }
    return node;
  }
  void drop(Node* node) {  // what the collector does: clear each slot, children first unlinked
    if (node->left.target == nullptr) return;
    Node* left = reinterpret_cast<Node*>(node->left.target);
    Node* right = reinterpret_cast<Node*>(node->right.target);
    Store(&node->left, nullptr);
    Store(&node->right, nullptr);
    drop(left);
    drop(right);
  }
};

template <typename Slot, typename Object, void (*Store)(Slot*, Object*)>
void treesBenchmark(benchmark::State& state) {
  Trees<Slot, Object, Store> trees;
  trees.pool.resize(size_t{1} << 17);
  for (auto _ : state) {
    trees.used = 0;
    trees.drop(trees.build(16));
  }
  state.counters["bytes_per_node"] = sizeof(typename Trees<Slot, Object, Store>::Node);
}
void BM_TreesSinglyLinked(benchmark::State& state) { treesBenchmark<SinglySlot, SinglyObject, storeSingly>(state); }
void BM_TreesDoublyLinked(benchmark::State& state) { treesBenchmark<DoublySlot, DoublyObject, storeDoubly>(state); }
BENCHMARK(BM_TreesSinglyLinked)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_TreesDoublyLinked)->Unit(benchmark::kMicrosecond);

}  // namespace
