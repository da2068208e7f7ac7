// The fault-injection test of transactions (txn/transaction.h, injectAbortAfter): thousands of
// random steps that allocate nodes, store references and write fields, each aborted at a random
// tracked page fault — in the allocator, halfway through a backchain update, anywhere. After
// every aborted step the used heap and the collector's queues are byte-identical to before;
// after every committed step the heap holds exactly the model's graph with consistent backchains.
#include <gtest/gtest.h>

#include <random>
#include <unordered_map>
#include <vector>

#include "heap/backchain.h"
#include "heap/heap_walk.h"
#include "transaction_fixture.h"

namespace plurix::txn {
namespace {

using heap::testing::kNodeReferences;
using testing::TransactionTest;

constexpr int kRuns = 5000;
constexpr size_t kMaxNodes = 1200;
constexpr int kMaxNewNodes = 4;
constexpr int kMaxStores = 8;
constexpr int kMaxIdWrites = 3;
// Above the tracked faults of most steps, so that about a quarter of the runs commit.
constexpr uint64_t kMaxAbortPoint = 40;

struct ModelNode {
  heap::ObjectHeader* address;
  int64_t id;
  int64_t edges[kNodeReferences];  // indices into the model, -1 for null
};

// One step's work, drawn before it runs (the step itself allocates nothing outside the heap).
// Node indices below the model's size name committed nodes; the rest name the step's new nodes.
struct StepPlan {
  struct Store {
    size_t from;
    size_t field;
    int64_t to;  // -1: store null
  };
  struct IdWrite {
    size_t node;
    int64_t id;
  };
  int newNodes = 0;
  int64_t firstNewId = 0;
  Store stores[kMaxStores];
  int storeCount = 0;
  IdWrite idWrites[kMaxIdWrites];
  int idWriteCount = 0;
  heap::ObjectHeader* created[kMaxNewNodes] = {};
};

class AbortInjectionTest : public TransactionTest {
 protected:
  StepPlan drawPlan(std::mt19937_64& random) {
    StepPlan plan;
    plan.newNodes = model_.size() < kMaxNodes ? static_cast<int>(random() % (kMaxNewNodes + 1)) : 0;
    if (model_.empty() && plan.newNodes == 0) plan.newNodes = 1;
    plan.firstNewId = nextId_;
    size_t nodes = model_.size() + static_cast<size_t>(plan.newNodes);
    plan.storeCount = static_cast<int>(random() % (kMaxStores + 1));
    for (int i = 0; i < plan.storeCount; ++i) {
      int64_t to = random() % 8 == 0 ? -1 : static_cast<int64_t>(random() % nodes);
      plan.stores[i] = StepPlan::Store{random() % nodes, random() % kNodeReferences, to};
    }
    plan.idWriteCount = static_cast<int>(random() % (kMaxIdWrites + 1));
    for (int i = 0; i < plan.idWriteCount; ++i) {
      plan.idWrites[i] =
          StepPlan::IdWrite{random() % nodes, static_cast<int64_t>(random() % 1000000)};
    }
    return plan;
  }

  heap::ObjectHeader* nodeOf(StepPlan& plan, size_t index) {
    return index < model_.size() ? model_[index].address : plan.created[index - model_.size()];
  }

  void runPlan(StepPlan& plan) {
    for (int i = 0; i < plan.newNodes; ++i) plan.created[i] = newNode(plan.firstNewId + i);
    for (int i = 0; i < plan.storeCount; ++i) {
      const StepPlan::Store& store = plan.stores[i];
      heap::ObjectHeader* target =
          store.to < 0 ? nullptr : nodeOf(plan, static_cast<size_t>(store.to));
      link(nodeOf(plan, store.from), store.field, target);
    }
    for (int i = 0; i < plan.idWriteCount; ++i)
      *idField(nodeOf(plan, plan.idWrites[i].node)) = plan.idWrites[i].id;
  }

  void commitToModel(const StepPlan& plan) {
    for (int i = 0; i < plan.newNodes; ++i)
      model_.push_back(ModelNode{plan.created[i], plan.firstNewId + i, {-1, -1, -1}});
    nextId_ += plan.newNodes;
    for (int i = 0; i < plan.storeCount; ++i)
      model_[plan.stores[i].from].edges[plan.stores[i].field] = plan.stores[i].to;
    for (int i = 0; i < plan.idWriteCount; ++i)
      model_[plan.idWrites[i].node].id = plan.idWrites[i].id;
  }

  // Requires tracking off. The heap's nodes are exactly the model's, with its ids and edges, and
  // each node's backchain lists exactly the slots that refer to it.
  ::testing::AssertionResult heapMatchesModel() {
    std::unordered_map<heap::ObjectHeader*, size_t> indexOf;
    for (size_t i = 0; i < model_.size(); ++i) indexOf[model_[i].address] = i;
    size_t nodesInHeap = 0;
    heap::forEachObject(heap().memoryManager(), [&](heap::ObjectHeader* object) {
      if (heap::typeOf(object) == node_) ++nodesInHeap;
    });
    if (nodesInHeap != model_.size()) {
      return ::testing::AssertionFailure()
             << nodesInHeap << " nodes in the heap, " << model_.size() << " committed";
    }
    std::vector<size_t> incoming(model_.size(), 0);
    for (size_t i = 0; i < model_.size(); ++i) {
      const ModelNode& node = model_[i];
      if (*idField(node.address) != node.id)
        return ::testing::AssertionFailure() << "node " << i << " lost its id";
      for (size_t field = 0; field < kNodeReferences; ++field) {
        heap::ObjectHeader* expected =
            node.edges[field] < 0 ? nullptr : model_[node.edges[field]].address;
        if (ref(node.address, field)->target != expected) {
          return ::testing::AssertionFailure()
                 << "node " << i << " field " << field << " points elsewhere";
        }
        if (expected != nullptr) ++incoming[node.edges[field]];
      }
    }
    for (size_t i = 0; i < model_.size(); ++i) {
      size_t length = 0;
      bool consistent = true;
      heap::forEachReferrer(model_[i].address, [&](heap::Slot* slot) {
        ++length;
        consistent = consistent && slot->target == model_[i].address;
      });
      if (!consistent || length != incoming[i]) {
        return ::testing::AssertionFailure() << "backchain of node " << i << " has " << length
                                             << " slots, expected " << incoming[i];
      }
    }
    return ::testing::AssertionSuccess();
  }

  // Requires tracking off. Runs plan as one transaction that aborts at its abortPoint-th tracked
  // fault if it makes that many; sets committed, and fails if an abort left any trace.
  ::testing::AssertionResult runAbortingAt(StepPlan& plan, uint64_t abortPoint, bool* committed) {
    std::vector<unsigned char> before = copyUsedHeap();
    CollectorQueues queuesBefore = copyCollectorQueues();
    if (platform::Status started = startTransactions(heap()); !started.isOk()) {
      return ::testing::AssertionFailure() << started.message();
    }
    injectAbortAfter(abortPoint);
    Outcome outcome = run([&] { runPlan(plan); });
    injectAbortAfter(0);
    if (platform::Status stopped = stopTransactions(); !stopped.isOk()) {
      return ::testing::AssertionFailure() << stopped.message();
    }
    *committed = outcome.committed;
    if (outcome.committed) return ::testing::AssertionSuccess();
    if (outcome.reason != AbortReason::kInjected) {
      return ::testing::AssertionFailure() << "aborted for " << abortReasonName(outcome.reason);
    }
    ::testing::AssertionResult sameHeap = sameBytes(before, copyUsedHeap());
    if (!sameHeap) return sameHeap;
    return sameQueues(queuesBefore, copyCollectorQueues());
  }

  std::vector<ModelNode> model_;
  int64_t nextId_ = 0;
};

TEST_F(AbortInjectionTest, AbortAtAnyTrackedFaultLeavesNoTraceAndCommitsKeepTheHeapConsistent) {
  std::mt19937_64 random(20240611);
  int aborted = 0;
  int committed = 0;
  for (int attempt = 0; attempt < kRuns; ++attempt) {
    StepPlan plan = drawPlan(random);
    uint64_t abortPoint = 1 + random() % kMaxAbortPoint;
    bool stepCommitted = false;
    ASSERT_TRUE(runAbortingAt(plan, abortPoint, &stepCommitted))
        << "run " << attempt << ", abort point " << abortPoint;
    if (!stepCommitted) {
      ++aborted;
      continue;
    }
    ++committed;
    commitToModel(plan);
    ASSERT_TRUE(heapMatchesModel()) << "run " << attempt;
  }
  // Both paths must have been exercised many times for the test to mean anything.
  EXPECT_GT(aborted, kRuns / 4);
  EXPECT_GT(committed, kRuns / 10);
  EXPECT_GT(model_.size(), 300u);
}

// The same steps with every abort point from 1 up to the step's last fault: no fault of a step
// is a place where an abort leaves a trace.
TEST_F(AbortInjectionTest, EveryFaultOfOneStepIsASafeAbortPoint) {
  std::mt19937_64 random(7);
  for (int i = 0; i < 40; ++i) {  // a graph to store into
    StepPlan plan = drawPlan(random);
    runPlan(plan);
    commitToModel(plan);
  }
  StepPlan plan = drawPlan(random);
  plan.newNodes = kMaxNewNodes;
  uint64_t abortPoint = 1;
  for (bool committed = false; !committed; ++abortPoint) {
    ASSERT_LT(abortPoint, 1000u) << "the step never commits";
    ASSERT_TRUE(runAbortingAt(plan, abortPoint, &committed)) << "abort point " << abortPoint;
  }
  commitToModel(plan);
  EXPECT_TRUE(heapMatchesModel());
  EXPECT_GT(abortPoint, 5u);  // the step made several tracked faults, each tried
}

}  // namespace
}  // namespace plurix::txn
