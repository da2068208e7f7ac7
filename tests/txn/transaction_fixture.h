// Shared set-up for the transaction tests: the heap tests' heap and node type (a smaller heap,
// the same in every test so the tracked ranges stay registered), steps written as lambdas, and
// a raw object of whole pages whose pages the tests touch one by one.
#pragma once

#include <gtest/gtest.h>

#include <atomic>
#include <cstdint>
#include <cstring>
#include <type_traits>
#include <vector>

#include "heap/address_space.h"
#include "heap/memory_manager.h"
#include "heap/station_local.h"
#include "runtime/platform/memory.h"
#include "tests/heap/heap_fixture.h"
#include "txn/transaction.h"

namespace plurix::txn::testing {

inline constexpr size_t kTestHeapBytes = size_t{32} << 20;
inline constexpr size_t kPageBytes = platform::kPageSize;

class TransactionTest : public heap::testing::HeapTest {
 protected:
  // Tracking once at the start: the first startTransactions commits the rest of the heap (a
  // field of the memory manager changes), which must not show up in a test's before/after copy.
  void SetUp() override {
    openHeap(kTestHeapBytes);
    track();
    untrack();
  }
  void TearDown() override {
    injectAbortAfter(0);
    platform::Status stopped = stopTransactions();
    EXPECT_TRUE(stopped.isOk()) << stopped.message();
    HeapTest::TearDown();
  }

  // Requires no transaction open. Guarantees the heap tracked: from here on the test touches it
  // only inside run().
  void track() {
    platform::Status started = startTransactions(heap());
    ASSERT_TRUE(started.isOk()) << started.message();
  }
  // Requires no transaction open. Guarantees the heap freely readable (to compare it) until the
  // next track().
  void untrack() {
    platform::Status stopped = stopTransactions();
    ASSERT_TRUE(stopped.isOk()) << stopped.message();
  }

  // Runs body() as one transaction and returns how it ended; a machinery error fails the test.
  template <typename Body>
  Outcome run(Body&& body) {
    using Callable = std::remove_reference_t<Body>;
    platform::Result<Outcome> ran =
        runTransaction([](void* callable) { (*static_cast<Callable*>(callable))(); }, &body);
    EXPECT_TRUE(ran.isOk()) << ran.status().message();
    return ran.isOk() ? ran.value() : Outcome{};
  }

  // Requires tracking off. Guarantees a zeroed raw object covering pages whole pages, the first
  // starting at its header (large objects are page-aligned).
  heap::ObjectHeader* newPages(size_t pages) {
    heap::ObjectHeader* object = heap().allocateBytes(
        pages * kPageBytes - sizeof(heap::ObjectHeader), heap::AllocatorKind::kReadWrite);
    EXPECT_NE(object, nullptr);
    EXPECT_EQ(reinterpret_cast<uintptr_t>(object) % kPageBytes, 0u);
    return object;
  }
  // A byte of page index of object, past the header.
  static volatile char* byteOnPage(heap::ObjectHeader* object, size_t index) {
    return reinterpret_cast<volatile char*>(object->bytes() + index * kPageBytes + 64);
  }
  // A step's first touch of a page faults, and the handler adds to the read and write sets
  // behind the compiler's back: the signal fence keeps a later look at the sets from reusing a
  // count loaded before the access.
  static char readPage(heap::ObjectHeader* object, size_t index) {
    char value = *byteOnPage(object, index);
    std::atomic_signal_fence(std::memory_order_seq_cst);
    return value;
  }
  static void writePage(heap::ObjectHeader* object, size_t index, char value) {
    *byteOnPage(object, index) = value;
    std::atomic_signal_fence(std::memory_order_seq_cst);
  }
  // A doomed step's read through a garbage pointer; the volatile hides the constant address
  // from the compiler's bounds warnings.
  static void readWildAddress(uintptr_t address) {
    volatile uintptr_t wild = address;
    (void)*reinterpret_cast<volatile char*>(wild);
  }
  static uintptr_t pageAddress(heap::ObjectHeader* object, size_t index) {
    return reinterpret_cast<uintptr_t>(object) + index * kPageBytes;
  }

  // Requires tracking off. Guarantees a copy of every page the heap has handed out, its memory
  // manager and page map included: what an aborted step must leave exactly as it was.
  std::vector<unsigned char> copyUsedHeap() {
    const auto* start = reinterpret_cast<const unsigned char*>(heap().base());
    return std::vector<unsigned char>(start,
                                      start + size_t{heap().memoryManager()->topPage} * kPageBytes);
  }

  // The collector's queues: their descriptors (station-local, restored by hand on abort) and
  // their entries (on tracked pages, restored from shadows).
  struct CollectorQueues {
    heap::ObjectQueue descriptors[heap::kStationLocalQueues];
    std::vector<heap::ObjectHeader*> entries[heap::kStationLocalQueues];
  };
  // Requires tracking off (the entries lie on tracked pages).
  static CollectorQueues copyCollectorQueues() {
    CollectorQueues copy;
    const heap::ObjectQueue* queues = &heap::stationLocal()->zeroList;
    for (size_t i = 0; i < heap::kStationLocalQueues; ++i) {
      copy.descriptors[i] = queues[i];
      copy.entries[i].assign(queues[i].begin, queues[i].top);
    }
    return copy;
  }
  static ::testing::AssertionResult sameQueues(const CollectorQueues& before,
                                               const CollectorQueues& after) {
    for (size_t i = 0; i < heap::kStationLocalQueues; ++i) {
      if (memcmp(&before.descriptors[i], &after.descriptors[i], sizeof(heap::ObjectQueue)) != 0) {
        return ::testing::AssertionFailure() << "descriptor of collector queue " << i << " changed";
      }
      if (before.entries[i] != after.entries[i]) {
        return ::testing::AssertionFailure() << "entries of collector queue " << i << " changed";
      }
    }
    return ::testing::AssertionSuccess();
  }

  // Names the first differing page, so a failure says which structure an abort forgot.
  ::testing::AssertionResult sameBytes(const std::vector<unsigned char>& before,
                                       const std::vector<unsigned char>& after) {
    if (before.size() != after.size()) {
      return ::testing::AssertionFailure()
             << "used heap grew from " << before.size() << " to " << after.size() << " bytes";
    }
    for (size_t offset = 0; offset < before.size(); offset += kPageBytes) {
      if (memcmp(before.data() + offset, after.data() + offset, kPageBytes) == 0) continue;
      size_t byte = offset;
      while (before[byte] == after[byte]) ++byte;
      return ::testing::AssertionFailure()
             << "heap page " << offset / kPageBytes << " differs first at offset " << byte - offset
             << " (address " << reinterpret_cast<const void*>(heap().base() + byte) << ")";
    }
    return ::testing::AssertionSuccess();
  }
};

// For the prediction tests: steps of a transaction named by a step key no other test used (what
// an earlier test's steps touched, at the same addresses of a heap made anew, must not be
// remembered for it), on pages_ of pageCount pages, page i filled with fill + i past the header.
class PredictionTest : public TransactionTest {
 protected:
  void setUpPages(size_t pageCount, int fill) {
    TransactionTest::SetUp();
    static uintptr_t lastKey = 0x1000;
    key_ = ++lastKey;
    pages_ = newPages(pageCount);
    for (size_t page = 0; page < pageCount; ++page) {
      memset(pages_->bytes() + page * kPageBytes + sizeof(heap::ObjectHeader), fill + static_cast<int>(page),
             kPageBytes - sizeof(heap::ObjectHeader));
    }
  }
  void TearDown() override {
    setStepKey(0);
    TransactionTest::TearDown();
  }

  heap::ObjectHeader* pages_ = nullptr;
  uintptr_t key_ = 0;
};

}  // namespace plurix::txn::testing
