// Shared set-up for the heap tests: a fresh heap per test and a "node" type with three
// references and an id, the shape the graph tests build from.
#pragma once

#include <gtest/gtest.h>

#include <cstdint>
#include <unistd.h>

#include <optional>
#include <string>

#include "heap/backchain.h"
#include "heap/heap.h"
#include "heap/type_descriptor.h"

namespace plurix::heap::testing {

inline constexpr size_t kNodeReferences = 3;

class HeapTest : public ::testing::Test {
 protected:
  void SetUp() override { openHeap(); }
  void TearDown() override { heap_.reset(); }

  void openHeap(size_t size = size_t{256} << 20) {
    HeapConfig config;
    config.size = size;
    auto created = Heap::create(config);
    ASSERT_TRUE(created.isOk()) << created.status().message();
    heap_.emplace(std::move(created.value()));
    defineNode();
  }

  void defineNode() {
    const FieldKind fields[] = {FieldKind::kReference, FieldKind::kReference, FieldKind::kReference,
                                FieldKind::kInt64};
    auto type = heap().defineType(fields, 4);
    ASSERT_TRUE(type.isOk()) << type.status().message();
    node_ = type.value();
  }

  Heap& heap() { return *heap_; }

  // A file name of this test's own: ctest runs tests in parallel processes.
  static std::string tempPath(const char* suffix) {
    return ::testing::TempDir() + "/plurix_" + ::testing::UnitTest::GetInstance()->current_test_info()->name() + "_" +
           std::to_string(getpid()) + suffix;
  }

  ObjectHeader* newNode(int64_t id) {
    ObjectHeader* node = heap().allocateInstance(node_);
    EXPECT_NE(node, nullptr);
    *idField(node) = id;
    return node;
  }
  int64_t* idField(ObjectHeader* node) {
    return reinterpret_cast<int64_t*>(node->bytes() + node_->fields()[3].offset);
  }
  Slot* ref(ObjectHeader* node, size_t index) { return slotAt(node, node_->fields()[index].offset); }
  void link(ObjectHeader* from, size_t index, ObjectHeader* to) { storeReference(ref(from, index), to); }

  // A list of count nodes with ids 0..count-1 linked through reference 0; returns the head.
  ObjectHeader* newList(int count) {
    ObjectHeader* head = newNode(0);
    ObjectHeader* last = head;
    for (int i = 1; i < count; ++i) {
      ObjectHeader* next = newNode(i);
      link(last, 0, next);
      last = next;
    }
    return head;
  }

  std::optional<Heap> heap_;
  const TypeDescriptor* node_ = nullptr;
};

}  // namespace plurix::heap::testing
