#include "shell/line_reader.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>

namespace plurix::shell {
namespace {

TEST(LineReader, ScriptOnStandardInputGetsTheStreamReader) {
  // Standard input made a file for the duration, whatever ctest was started from.
  const int saved = dup(STDIN_FILENO);
  const int devNull = open("/dev/null", O_RDONLY);
  ASSERT_GE(devNull, 0);
  dup2(devNull, STDIN_FILENO);
  std::unique_ptr<LineReader> reader = openStandardInput("");
  dup2(saved, STDIN_FILENO);
  close(devNull);
  close(saved);
  ASSERT_NE(reader, nullptr);
  EXPECT_FALSE(reader->interactive());
}

TEST(LineReader, DefaultHistoryIsInTheHomeDirectory) {
  const char* home = std::getenv("HOME");
  const std::string savedHome = home != nullptr ? home : "";
  setenv("HOME", "/home/someone", 1);
  EXPECT_EQ(defaultHistoryPath(), "/home/someone/.plurix_history");
  unsetenv("HOME");
  EXPECT_EQ(defaultHistoryPath(), ".plurix_history");
  if (home != nullptr) setenv("HOME", savedHome.c_str(), 1);
}

}  // namespace
}  // namespace plurix::shell
