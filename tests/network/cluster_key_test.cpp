// Key files: created owner-only with fresh random bytes; loading refuses missing, short, long and
// world-readable files with a message that names the file.
#include "drivers/network/cluster_key.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <string>

namespace plurix::network {
namespace {

class ClusterKeyTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char pattern[] = "/tmp/plurix-key-XXXXXX";
    ASSERT_NE(::mkdtemp(pattern), nullptr);
    dir_ = pattern;
    path_ = dir_ + "/cluster.key";
  }
  void TearDown() override {
    ::unlink(path_.c_str());
    ::rmdir(dir_.c_str());
  }
  void writeFile(const std::string& contents, mode_t mode) {
    FILE* file = std::fopen(path_.c_str(), "wb");
    ASSERT_NE(file, nullptr);
    std::fwrite(contents.data(), 1, contents.size(), file);
    std::fclose(file);
    ::chmod(path_.c_str(), mode);
  }
  std::string dir_;
  std::string path_;
};

TEST_F(ClusterKeyTest, CreateWritesAnOwnerOnlyFileThatLoadsAsTheSameKey) {
  platform::Result<ClusterKey> created = ClusterKey::create(path_.c_str());
  ASSERT_TRUE(created.isOk()) << created.status().message();
  struct stat info;
  ASSERT_EQ(::stat(path_.c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 0777, 0600u);
  EXPECT_EQ(info.st_size, static_cast<off_t>(ClusterKey::kBytes));
  platform::Result<ClusterKey> loaded = ClusterKey::load(path_.c_str());
  ASSERT_TRUE(loaded.isOk()) << loaded.status().message();
  EXPECT_EQ(std::memcmp(created.value().bytes(), loaded.value().bytes(), ClusterKey::kBytes), 0);
}

TEST_F(ClusterKeyTest, TwoCreatedKeysDiffer) {
  platform::Result<ClusterKey> first = ClusterKey::create(path_.c_str());
  ASSERT_TRUE(first.isOk());
  ::unlink(path_.c_str());
  platform::Result<ClusterKey> second = ClusterKey::create(path_.c_str());
  ASSERT_TRUE(second.isOk());
  EXPECT_NE(std::memcmp(first.value().bytes(), second.value().bytes(), ClusterKey::kBytes), 0);
}

TEST_F(ClusterKeyTest, CreateNeverOverwritesAnExistingKey) {
  ASSERT_TRUE(ClusterKey::create(path_.c_str()).isOk());
  platform::Result<ClusterKey> again = ClusterKey::create(path_.c_str());
  ASSERT_FALSE(again.isOk());
  EXPECT_EQ(again.status().code(), platform::ErrorCode::kAlreadyExists);
  EXPECT_NE(std::string(again.status().message()).find(path_), std::string::npos);
}

TEST_F(ClusterKeyTest, LoadNamesAMissingFile) {
  platform::Result<ClusterKey> loaded = ClusterKey::load(path_.c_str());
  ASSERT_FALSE(loaded.isOk());
  EXPECT_EQ(loaded.status().code(), platform::ErrorCode::kNotFound);
  EXPECT_NE(std::string(loaded.status().message()).find(path_), std::string::npos);
}

TEST_F(ClusterKeyTest, LoadRefusesAFileOfTheWrongSize) {
  for (size_t size : {size_t{0}, ClusterKey::kBytes - 1, ClusterKey::kBytes + 1}) {
    writeFile(std::string(size, 'k'), 0600);
    platform::Result<ClusterKey> loaded = ClusterKey::load(path_.c_str());
    ASSERT_FALSE(loaded.isOk()) << size;
    EXPECT_EQ(loaded.status().code(), platform::ErrorCode::kCorrupt);
    std::string message = loaded.status().message();
    EXPECT_NE(message.find(path_), std::string::npos) << message;
    EXPECT_NE(message.find(std::to_string(size) + " bytes"), std::string::npos) << message;
  }
}

TEST_F(ClusterKeyTest, LoadRefusesAKeyOthersCanRead) {
  writeFile(std::string(ClusterKey::kBytes, 'k'), 0644);
  platform::Result<ClusterKey> loaded = ClusterKey::load(path_.c_str());
  ASSERT_FALSE(loaded.isOk());
  EXPECT_EQ(loaded.status().code(), platform::ErrorCode::kInvalidArgument);
  std::string message = loaded.status().message();
  EXPECT_NE(message.find(path_), std::string::npos) << message;
  EXPECT_NE(message.find("0644"), std::string::npos) << message;
}

}  // namespace
}  // namespace plurix::network
