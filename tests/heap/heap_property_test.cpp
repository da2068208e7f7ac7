// Property tests over random object graphs: a model of the graph (ids and edges) is kept beside
// the heap, and after every burst of random stores, relocations and collections the heap must
// show exactly the model's reachable graph.
#include <gtest/gtest.h>

#include <functional>
#include <map>
#include <random>
#include <set>
#include <vector>

#include "heap/collector.h"
#include "heap/heap_image.h"
#include "heap/heap_walk.h"
#include "heap/relocation.h"
#include "heap/root_set.h"
#include "heap_fixture.h"

namespace plurix::heap {
namespace {

using testing::HeapTest;
using testing::kNodeReferences;

struct ModelNode {
  ObjectHeader* address;
  int64_t edges[kNodeReferences];  // ids, -1 for null
  int rootHandle;                  // -1: not a root
};

class RandomGraph {
 public:
  RandomGraph(HeapTest& test, std::function<ObjectHeader*(int64_t)> make, std::function<Slot*(ObjectHeader*, size_t)> ref,
              uint64_t seed)
      : make_(make), ref_(ref), random_(seed) {
    (void)test;
  }

  std::map<int64_t, ModelNode> nodes;

  int64_t pickNode() { return ids_[random_() % ids_.size()]; }
  uint64_t next() { return random_(); }

  int64_t allocate() {
    int64_t id = nextId_++;
    nodes[id] = ModelNode{make_(id), {-1, -1, -1}, -1};
    ids_.push_back(id);
    return id;
  }
  void store(int64_t from, size_t index, int64_t to) {
    storeReference(ref_(nodes[from].address, index), to < 0 ? nullptr : nodes[to].address);
    nodes[from].edges[index] = to;
  }

  std::set<int64_t> reachable() const {
    std::set<int64_t> seen;
    std::vector<int64_t> work;
    for (auto& [id, node] : nodes) {
      if (node.rootHandle >= 0 && seen.insert(id).second) work.push_back(id);
    }
    while (!work.empty()) {
      int64_t id = work.back();
      work.pop_back();
      for (int64_t edge : nodes.at(id).edges) {
        if (edge >= 0 && seen.insert(edge).second) work.push_back(edge);
      }
    }
    return seen;
  }
  // After a collection only reachable nodes may be used again: forget the rest.
  void forgetUnreachable() {
    std::set<int64_t> live = reachable();
    for (auto it = nodes.begin(); it != nodes.end();) it = live.count(it->first) ? std::next(it) : nodes.erase(it);
    ids_.assign(live.begin(), live.end());
  }

 private:
  std::function<ObjectHeader*(int64_t)> make_;
  std::function<Slot*(ObjectHeader*, size_t)> ref_;
  std::mt19937_64 random_;
  int64_t nextId_ = 0;
  std::vector<int64_t> ids_;  // the keys of nodes, for picking one at random
};

class HeapPropertyTest : public HeapTest {
 protected:
  RandomGraph makeGraph(uint64_t seed) {
    return RandomGraph(
        *this, [this](int64_t id) { return newNode(id); }, [this](ObjectHeader* n, size_t i) { return ref(n, i); }, seed);
  }

  // The heap holds exactly the model's nodes, each with the model's edges, and every backchain
  // holds exactly the references the model says there are.
  void expectHeapMatchesModel(const RandomGraph& graph) {
    std::map<int64_t, ObjectHeader*> inHeap;
    forEachObject(heap().memoryManager(), [&](ObjectHeader* object) {
      if (typeOf(object) == node_) inHeap[*idField(object)] = object;
    });
    ASSERT_EQ(inHeap.size(), graph.nodes.size());
    std::map<int64_t, size_t> incoming;
    for (auto& [id, node] : graph.nodes) {
      ASSERT_EQ(inHeap.count(id), 1u) << "node " << id << " missing";
      ASSERT_EQ(inHeap[id], node.address);
      for (size_t i = 0; i < kNodeReferences; ++i) {
        ObjectHeader* target = ref(node.address, i)->target;
        if (node.edges[i] < 0) {
          ASSERT_EQ(target, nullptr);
        } else {
          ASSERT_EQ(target, graph.nodes.at(node.edges[i]).address);
          ASSERT_EQ(*idField(target), node.edges[i]);
          ++incoming[node.edges[i]];
        }
      }
      if (node.rootHandle >= 0) ++incoming[id];
    }
    for (auto& [id, node] : graph.nodes) {
      size_t length = 0;
      forEachReferrer(node.address, [&](Slot* slot) {
        EXPECT_EQ(slot->target, node.address);
        ++length;
      });
      ASSERT_EQ(length, incoming[id]) << "backchain of node " << id;
    }
  }

  // One random burst: stores, allocations, root changes and relocations.
  void mutate(RandomGraph& graph, RootSet& roots, int operations) {
    for (int op = 0; op < operations; ++op) {
      uint64_t choice = graph.next() % 100;
      if (graph.nodes.size() < 4 || choice < 15) {
        int64_t id = graph.allocate();
        if (graph.nodes.size() < 4 || graph.next() % 8 == 0) {
          auto handle = roots.add(graph.nodes[id].address);
          ASSERT_TRUE(handle.isOk());
          graph.nodes[id].rootHandle = static_cast<int>(handle.value());
        } else {
          graph.store(graph.pickNode(), graph.next() % kNodeReferences, id);
        }
      } else if (choice < 85) {
        int64_t target = graph.next() % 10 == 0 ? -1 : graph.pickNode();
        graph.store(graph.pickNode(), graph.next() % kNodeReferences, target);
      } else if (choice < 90) {
        ModelNode& node = graph.nodes[graph.pickNode()];
        if (node.rootHandle >= 0) {
          roots.remove(static_cast<uint32_t>(node.rootHandle));
          node.rootHandle = -1;
        }
      } else {
        ModelNode& node = graph.nodes[graph.pickNode()];
        auto moved = relocate(heap(), node.address);
        ASSERT_TRUE(moved.isOk()) << moved.status().message();
        node.address = moved.value();
      }
    }
  }
};

TEST_F(HeapPropertyTest, RelocationNeverChangesTheGraphSeenThroughReferences) {
  RandomGraph graph = makeGraph(1);
  RootSet roots(heap());
  for (int i = 0; i < 2000; ++i) graph.allocate();
  for (int i = 0; i < 2000; ++i) graph.store(i, i % kNodeReferences, graph.pickNode());
  for (int i = 0; i < 20; ++i) {
    auto handle = roots.add(graph.nodes[i].address);
    ASSERT_TRUE(handle.isOk());
    graph.nodes[i].rootHandle = static_cast<int>(handle.value());
  }
  for (int round = 0; round < 20; ++round) {
    for (int i = 0; i < 5000; ++i) {
      ModelNode& node = graph.nodes[graph.pickNode()];
      auto moved = relocate(heap(), node.address);
      ASSERT_TRUE(moved.isOk());
      node.address = moved.value();
    }
    ASSERT_NO_FATAL_FAILURE(expectHeapMatchesModel(graph));
  }
}

TEST_F(HeapPropertyTest, CollectionFreesExactlyTheUnreachableObjectsCyclesIncluded) {
  RandomGraph graph = makeGraph(2);
  RootSet roots(heap());
  Collector collector(heap().memoryManager());
  for (int round = 0; round < 150; ++round) {
    ASSERT_NO_FATAL_FAILURE(mutate(graph, roots, 2000));
    collector.collectAll();
    graph.forgetUnreachable();
    ASSERT_NO_FATAL_FAILURE(expectHeapMatchesModel(graph));
  }
}

TEST_F(HeapPropertyTest, IncrementalStepsBetweenMutationsConvergeToTheSameHeap) {
  RandomGraph graph = makeGraph(3);
  RootSet roots(heap());
  Collector collector(heap().memoryManager());
  for (int round = 0; round < 100; ++round) {
    ASSERT_NO_FATAL_FAILURE(mutate(graph, roots, 1000));
    // Steps interleave with later mutations: unreachable nodes may or may not be gone yet, so the
    // model forgets them (no one can reach them again).
    collector.step(300);
    graph.forgetUnreachable();
  }
  collector.collectAll();
  ASSERT_NO_FATAL_FAILURE(expectHeapMatchesModel(graph));
}

TEST_F(HeapPropertyTest, ImageSavedAndLoadedIsIdentical) {
  RandomGraph graph = makeGraph(4);
  RootSet roots(heap());
  ASSERT_NO_FATAL_FAILURE(mutate(graph, roots, 20000));
  Collector(heap().memoryManager()).collectAll();
  graph.forgetUnreachable();
  std::string path = tempPath(".heap");
  ASSERT_TRUE(saveHeapImage(heap(), path.c_str()).isOk());
  std::vector<char> before(reinterpret_cast<char*>(heap().base()),
                           reinterpret_cast<char*>(heap().base()) + heap().memoryManager()->topPage * kPageSize);
  heap_.reset();
  auto loaded = loadHeapImage(path.c_str(), kDefaultHeapBase, 0);
  ASSERT_TRUE(loaded.isOk()) << loaded.status().message();
  heap_.emplace(std::move(loaded.value()));
  ASSERT_EQ(heap().memoryManager()->topPage * kPageSize, before.size());
  EXPECT_EQ(memcmp(before.data(), reinterpret_cast<char*>(heap().base()), before.size()), 0);
  ASSERT_NO_FATAL_FAILURE(expectHeapMatchesModel(graph));
  // The loaded heap works on: more mutation and collection.
  RootSet loadedRoots(heap());
  ASSERT_NO_FATAL_FAILURE(mutate(graph, loadedRoots, 5000));
  Collector(heap().memoryManager()).collectAll();
  graph.forgetUnreachable();
  ASSERT_NO_FATAL_FAILURE(expectHeapMatchesModel(graph));
  std::remove(path.c_str());
}

}  // namespace
}  // namespace plurix::heap
