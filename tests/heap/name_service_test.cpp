#include "heap/name_service.h"

#include <gtest/gtest.h>

#include <string>

#include "heap/collector.h"
#include "heap/relocation.h"
#include "heap_fixture.h"

namespace plurix::heap {
namespace {

using testing::HeapTest;

class NameServiceTest : public HeapTest {};

TEST_F(NameServiceTest, BoundNameFindsItsObject) {
  NameService names = NameService::classes(heap());
  ObjectHeader* object = newNode(1);
  ASSERT_TRUE(names.bind("java.lang.Object", 16, object).isOk());
  EXPECT_EQ(names.lookup("java.lang.Object", 16), object);
  EXPECT_EQ(names.lookup("java.lang.Objec", 15), nullptr);
  EXPECT_EQ(names.count(), 1u);
}

TEST_F(NameServiceTest, ClassesAndRootsAreSeparateNamespaces) {
  ObjectHeader* object = newNode(1);
  ASSERT_TRUE(NameService::classes(heap()).bind("x", 1, object).isOk());
  EXPECT_EQ(NameService::roots(heap()).lookup("x", 1), nullptr);
}

TEST_F(NameServiceTest, RebindingReplacesAndUnbindingRemoves) {
  NameService names = NameService::roots(heap());
  ObjectHeader* first = newNode(1);
  ObjectHeader* second = newNode(2);
  ASSERT_TRUE(names.bind("a", 1, first).isOk());
  ASSERT_TRUE(names.bind("a", 1, second).isOk());
  EXPECT_EQ(names.lookup("a", 1), second);
  EXPECT_EQ(names.count(), 1u);
  ASSERT_TRUE(names.unbind("a", 1).isOk());
  EXPECT_EQ(names.lookup("a", 1), nullptr);
  auto missing = names.unbind("a", 1);
  EXPECT_EQ(missing.code(), platform::ErrorCode::kNotFound);
}

TEST_F(NameServiceTest, ThousandsOfNamesSurviveGrowthCollectionAndRelocation) {
  NameService names = NameService::roots(heap());
  std::vector<ObjectHeader*> objects;
  for (int i = 0; i < 5000; ++i) {
    objects.push_back(newNode(i));
    std::string name = "root." + std::to_string(i);
    ASSERT_TRUE(names.bind(name.data(), name.size(), objects.back()).isOk());
  }
  Collector(heap().memoryManager()).collectAll();
  for (int i = 0; i < 5000; i += 3) {
    auto moved = relocate(heap(), objects[i]);
    ASSERT_TRUE(moved.isOk());
    objects[i] = moved.value();
  }
  for (int i = 0; i < 5000; ++i) {
    std::string name = "root." + std::to_string(i);
    ObjectHeader* found = names.lookup(name.data(), name.size());
    ASSERT_EQ(found, objects[i]) << name;
    ASSERT_EQ(*idField(found), i);
  }
  EXPECT_EQ(names.count(), 5000u);
}

}  // namespace
}  // namespace plurix::heap
