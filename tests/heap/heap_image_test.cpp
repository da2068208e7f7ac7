// Fault injection for heap images: a truncated, bit-flipped or foreign image must be refused
// with a message naming what is wrong, and nothing may stay mapped.
#include "heap/heap_image.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

#include "heap/collector.h"
#include "heap/name_service.h"
#include "heap_fixture.h"

namespace plurix::heap {
namespace {

using testing::HeapTest;

class HeapImageTest : public HeapTest {
 protected:
  void SetUp() override {
    HeapTest::SetUp();
    path_ = tempPath(".heap");
    ASSERT_TRUE(NameService::roots(heap()).bind("list", 4, newList(300)).isOk());
    Collector(heap().memoryManager()).collectAll();
    ASSERT_TRUE(saveHeapImage(heap(), path_.c_str()).isOk());
    heap_.reset();
    image_ = readFile();
  }
  void TearDown() override {
    HeapTest::TearDown();
    std::remove(path_.c_str());
  }

  std::vector<char> readFile() {
    std::ifstream in(path_, std::ios::binary);
    return std::vector<char>(std::istreambuf_iterator<char>(in), {});
  }
  void writeFile(const std::vector<char>& bytes) {
    std::ofstream out(path_, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  }
  std::string refusal(uintptr_t base = kDefaultHeapBase) {
    auto loaded = loadHeapImage(path_.c_str(), base, 0);
    if (loaded.isOk()) return "";
    EXPECT_NE(loaded.status().code(), platform::ErrorCode::kOk);
    return loaded.status().message();
  }
  // After a refusal the address range must be free again: a fresh heap can be created.
  void expectNothingLeftMapped() {
    HeapConfig config;
    config.size = size_t{64} << 20;
    auto fresh = Heap::create(config);
    EXPECT_TRUE(fresh.isOk()) << fresh.status().message();
  }

  std::string path_;
  std::vector<char> image_;
};

TEST_F(HeapImageTest, IntactImageLoadsWithItsNamedRoots) {
  auto loaded = loadHeapImage(path_.c_str(), kDefaultHeapBase, 0);
  ASSERT_TRUE(loaded.isOk()) << loaded.status().message();
  heap_.emplace(std::move(loaded.value()));
  ObjectHeader* node = NameService::roots(heap()).lookup("list", 4);
  ASSERT_NE(node, nullptr);
  int count = 0;
  for (; node != nullptr; node = ref(node, 0)->target) EXPECT_EQ(*idField(node), count++);
  EXPECT_EQ(count, 300);
}

TEST_F(HeapImageTest, TruncatedImageIsRefused) {
  for (size_t length : {size_t{0}, size_t{20}, sizeof(ImageHeader), image_.size() / 2, image_.size() - 1}) {
    writeFile(std::vector<char>(image_.begin(), image_.begin() + static_cast<long>(length)));
    std::string message = refusal();
    EXPECT_NE(message.find("truncated"), std::string::npos) << length << ": " << message;
  }
  expectNothingLeftMapped();
}

TEST_F(HeapImageTest, EveryFlippedByteIsDetected) {
  std::mt19937_64 random(5);
  std::vector<size_t> offsets = {0, 8, 12, 16, 24, 32, 44, sizeof(ImageHeader), sizeof(ImageHeader) + 4};
  for (int i = 0; i < 40; ++i) offsets.push_back(random() % image_.size());
  for (size_t offset : offsets) {
    std::vector<char> corrupt = image_;
    corrupt[offset] = static_cast<char>(corrupt[offset] ^ (1 << (random() % 8)));
    writeFile(corrupt);
    std::string message = refusal();
    EXPECT_FALSE(message.empty()) << "flip at " << offset << " went unnoticed";
  }
  expectNothingLeftMapped();
}

TEST_F(HeapImageTest, ImageForAnotherBaseAddressIsRefusedAsForeign) {
  std::string message = refusal(kDefaultHeapBase + (uintptr_t{1} << 40));
  EXPECT_NE(message.find("built for a heap at 0x100000000000"), std::string::npos) << message;
  expectNothingLeftMapped();
}

TEST_F(HeapImageTest, NonImageFileIsRefusedAsNotAnImage) {
  std::vector<char> text(4096, 'x');
  writeFile(text);
  EXPECT_NE(refusal().find("not a Plurix heap image"), std::string::npos);
}

TEST_F(HeapImageTest, MissingFileIsReportedByName) {
  std::remove(path_.c_str());
  std::string message = refusal();
  EXPECT_NE(message.find(path_), std::string::npos) << message;
}

}  // namespace
}  // namespace plurix::heap
