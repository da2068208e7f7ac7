#include "shell/stream_line_reader.h"

#include <gtest/gtest.h>

#include <sstream>

namespace plurix::shell {
namespace {

std::optional<std::string> next(StreamLineReader& reader) {
  return reader.readInput("> ", ".. ");
}

TEST(StreamLineReader, EachCompleteLineIsOneInput) {
  std::istringstream script("int x = 1;\nx + 1\n");
  StreamLineReader reader(script);
  EXPECT_EQ(next(reader), "int x = 1;");
  EXPECT_EQ(reader.lineNumber(), 1u);
  EXPECT_EQ(next(reader), "x + 1");
  EXPECT_EQ(reader.lineNumber(), 2u);
  EXPECT_EQ(next(reader), std::nullopt);
}

TEST(StreamLineReader, OpenBracesContinueOverLines) {
  std::istringstream script("f();\nclass A {\n  void g() {\n  }\n}\nh();\n");
  StreamLineReader reader(script);
  EXPECT_EQ(next(reader), "f();");
  EXPECT_EQ(next(reader), "class A {\n  void g() {\n  }\n}");
  EXPECT_EQ(reader.lineNumber(), 2u);
  EXPECT_EQ(next(reader), "h();");
  EXPECT_EQ(reader.lineNumber(), 6u);
}

TEST(StreamLineReader, BlankLinesBetweenInputsAreSkippedButCounted) {
  std::istringstream script("\n\n   \na();\n\n\tb();\n\n");
  StreamLineReader reader(script);
  EXPECT_EQ(next(reader), "a();");
  EXPECT_EQ(reader.lineNumber(), 4u);
  EXPECT_EQ(next(reader), "\tb();");
  EXPECT_EQ(reader.lineNumber(), 6u);
  EXPECT_EQ(next(reader), std::nullopt);
}

TEST(StreamLineReader, BlankLinesInsideAnInputAreKept) {
  std::istringstream script("class A {\n\n}\n");
  StreamLineReader reader(script);
  EXPECT_EQ(next(reader), "class A {\n\n}");
}

TEST(StreamLineReader, BlockCommentContinuesOverLines) {
  std::istringstream script("/* a {\n b */ f();\ng();\n");
  StreamLineReader reader(script);
  EXPECT_EQ(next(reader), "/* a {\n b */ f();");
  EXPECT_EQ(next(reader), "g();");
  EXPECT_EQ(reader.lineNumber(), 3u);
}

TEST(StreamLineReader, UnmatchedClosingBracketEndsTheInputAtOnce) {
  std::istringstream script("f());\ng();\n");
  StreamLineReader reader(script);
  EXPECT_EQ(next(reader), "f());");
  EXPECT_EQ(next(reader), "g();");
}

TEST(StreamLineReader, UnfinishedInputAtEndIsReturnedThenEnd) {
  std::istringstream script("a();\nclass A {\n  int x;\n");
  StreamLineReader reader(script);
  EXPECT_EQ(next(reader), "a();");
  EXPECT_EQ(next(reader), "class A {\n  int x;");
  EXPECT_EQ(reader.lineNumber(), 2u);
  EXPECT_EQ(next(reader), std::nullopt);
}

TEST(StreamLineReader, LastLineWithoutNewlineIsRead) {
  std::istringstream script("a();\nb();");
  StreamLineReader reader(script);
  EXPECT_EQ(next(reader), "a();");
  EXPECT_EQ(next(reader), "b();");
  EXPECT_EQ(next(reader), std::nullopt);
}

TEST(StreamLineReader, CarriageReturnsOfWindowsLineEndsAreDropped) {
  std::istringstream script("class A {\r\n}\r\nb();\r\n");
  StreamLineReader reader(script);
  EXPECT_EQ(next(reader), "class A {\n}");
  EXPECT_EQ(next(reader), "b();");
}

TEST(StreamLineReader, EmptyScriptEndsAtOnce) {
  std::istringstream script("");
  StreamLineReader reader(script);
  EXPECT_EQ(next(reader), std::nullopt);
  EXPECT_EQ(reader.lineNumber(), 0u);
  EXPECT_FALSE(reader.interactive());
}

TEST(StreamLineReader, PrintsNoPrompt) {
  std::istringstream script("a();\n");
  testing::internal::CaptureStdout();
  StreamLineReader reader(script);
  EXPECT_EQ(next(reader), "a();");
  EXPECT_EQ(testing::internal::GetCapturedStdout(), "");
}

}  // namespace
}  // namespace plurix::shell
