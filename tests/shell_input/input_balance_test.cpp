#include "shell/input_balance.h"

#include <gtest/gtest.h>

namespace plurix::shell {
namespace {

BalanceState stateOf(std::string_view input) {
  return balanceInput(input).state;
}

TEST(InputBalance, BlankInputIsComplete) {
  EXPECT_EQ(stateOf(""), BalanceState::kComplete);
  EXPECT_EQ(stateOf("  \n\t\n"), BalanceState::kComplete);
}

TEST(InputBalance, StatementWithClosedBracketsIsComplete) {
  EXPECT_EQ(stateOf("int[] a = new int[] {1, 2}; f(a[0]);"), BalanceState::kComplete);
}

TEST(InputBalance, OpenBracketsOfEachKindNeedMore) {
  for (const char* input :
       {"class A {", "f(1,", "int[] a = b[", "{ ( [", "void f() {\n  if (x) {\n  }"}) {
    EXPECT_EQ(stateOf(input), BalanceState::kNeedsMore) << input;
  }
}

TEST(InputBalance, CountsBracketsStillOpen) {
  const InputBalance balance = balanceInput("class A {\n  void f() {\n    g(");
  EXPECT_EQ(balance.state, BalanceState::kNeedsMore);
  EXPECT_EQ(balance.openBrackets, 3u);
  EXPECT_FALSE(balance.openComment);
  EXPECT_FALSE(balance.openLiteral);
}

TEST(InputBalance, ClassOverSeveralLinesBecomesComplete) {
  EXPECT_EQ(stateOf("class A {\n  int f() {\n    return 1;\n  }\n}"), BalanceState::kComplete);
}

TEST(InputBalance, BracketsInStringLiteralsAreIgnored) {
  EXPECT_EQ(stateOf("String s = \"{(\";"), BalanceState::kComplete);
  EXPECT_EQ(stateOf("String s = \")}]\";"), BalanceState::kComplete);
}

TEST(InputBalance, EscapedQuoteDoesNotEndAString) {
  EXPECT_EQ(stateOf("s = \"a\\\"{\";"), BalanceState::kComplete);
  EXPECT_EQ(stateOf("s = \"a\\\\\"; f("), BalanceState::kNeedsMore);  // "a\\" ends; f( is open
}

TEST(InputBalance, BracketsInCharLiteralsAreIgnored) {
  EXPECT_EQ(stateOf("char c = '{';"), BalanceState::kComplete);
  EXPECT_EQ(stateOf("char c = ')';"), BalanceState::kComplete);
  EXPECT_EQ(stateOf("char c = '\\''; f("), BalanceState::kNeedsMore);
  EXPECT_EQ(stateOf("char c = '\"'; g();"), BalanceState::kComplete);
}

TEST(InputBalance, QuoteInCharLiteralDoesNotOpenAString) {
  EXPECT_EQ(stateOf("if (c == '\"') {"), BalanceState::kNeedsMore);
  EXPECT_EQ(balanceInput("if (c == '\"') {").openLiteral, false);
}

TEST(InputBalance, BracketsInLineCommentsAreIgnored) {
  EXPECT_EQ(stateOf("f(); // { ( [ ) }"), BalanceState::kComplete);
  EXPECT_EQ(stateOf("// }\nclass A {"), BalanceState::kNeedsMore);
}

TEST(InputBalance, LineCommentEndsAtTheLineEnd) {
  EXPECT_EQ(stateOf("f( // open\n1);"), BalanceState::kComplete);
}

TEST(InputBalance, BracketsInBlockCommentsAreIgnored) {
  EXPECT_EQ(stateOf("/* { */ f();"), BalanceState::kComplete);
  EXPECT_EQ(stateOf("f(/* ) */ 1);"), BalanceState::kComplete);
}

TEST(InputBalance, UnterminatedBlockCommentNeedsMore) {
  const InputBalance balance = balanceInput("/* a comment\n that goes on");
  EXPECT_EQ(balance.state, BalanceState::kNeedsMore);
  EXPECT_TRUE(balance.openComment);
  EXPECT_EQ(balance.openBrackets, 0u);
  EXPECT_EQ(stateOf("/* a comment\n that ends */"), BalanceState::kComplete);
}

TEST(InputBalance, SlashStarSlashDoesNotCloseItself) {
  EXPECT_EQ(stateOf("/*/ f();"), BalanceState::kNeedsMore);
  EXPECT_EQ(stateOf("/*/ f(); */"), BalanceState::kComplete);
}

TEST(InputBalance, CommentMarkersInStringsAreText) {
  EXPECT_EQ(stateOf("s = \"/*\"; f("), BalanceState::kNeedsMore);
  EXPECT_EQ(stateOf("s = \"//\"; f("), BalanceState::kNeedsMore);
  EXPECT_EQ(stateOf("s = \"http://x\";"), BalanceState::kComplete);
}

TEST(InputBalance, QuotesInCommentsAreText) {
  EXPECT_EQ(stateOf("// it's \"here\"\nf();"), BalanceState::kComplete);
  EXPECT_EQ(stateOf("/* it's */ f();"), BalanceState::kComplete);
}

TEST(InputBalance, UnterminatedStringNeedsMore) {
  const InputBalance balance = balanceInput("s = \"no end");
  EXPECT_EQ(balance.state, BalanceState::kNeedsMore);
  EXPECT_TRUE(balance.openLiteral);
  EXPECT_EQ(stateOf("s = \"no end\nhere\";"), BalanceState::kComplete);
}

TEST(InputBalance, UnterminatedCharLiteralNeedsMore) {
  EXPECT_TRUE(balanceInput("c = '").openLiteral);
}

TEST(InputBalance, TripleQuoteIsAnEmptyStringThenAnOpenOne) {
  // No text blocks in the dialect: """ is "" followed by an unterminated string.
  EXPECT_EQ(stateOf("s = \"\"\";"), BalanceState::kNeedsMore);
  EXPECT_EQ(stateOf("s = \"\"\"\";"), BalanceState::kComplete);
}

TEST(InputBalance, UnmatchedClosingBracketIsAnErrorWithItsPosition) {
  const InputBalance balance = balanceInput("f();\n  g());");
  EXPECT_EQ(balance.state, BalanceState::kError);
  EXPECT_EQ(balance.errorLine, 2u);
  EXPECT_EQ(balance.errorColumn, 6u);
  EXPECT_EQ(balance.errorMessage, "unmatched ')'");
}

TEST(InputBalance, MismatchedClosingBracketNamesTheOpeningOne) {
  const InputBalance balance = balanceInput("int[] a = b[f(1];");
  EXPECT_EQ(balance.state, BalanceState::kError);
  EXPECT_EQ(balance.errorLine, 1u);
  EXPECT_EQ(balance.errorColumn, 16u);
  EXPECT_EQ(balance.errorMessage, "']' does not match '(' at 1:14");
}

TEST(InputBalance, ErrorWinsOverLaterOpenBrackets) {
  EXPECT_EQ(stateOf("} class A {"), BalanceState::kError);
}

TEST(InputBalance, ColumnsCountCharactersNotBytes) {
  // "é" is two bytes in UTF-8 but one column.
  const InputBalance balance = balanceInput("s = \"é\"; )");
  EXPECT_EQ(balance.state, BalanceState::kError);
  EXPECT_EQ(balance.errorColumn, 10u);
}

TEST(InputBalance, ColumnsAfterABlockCommentAreRight) {
  const InputBalance balance = balanceInput("/* x */ ]");
  EXPECT_EQ(balance.errorColumn, 9u);
}

TEST(InputBalance, BackslashAtLineEndInsideStringKeepsLineCount) {
  const InputBalance balance = balanceInput("s = \"a\\\n\"; )");
  EXPECT_EQ(balance.state, BalanceState::kError);
  EXPECT_EQ(balance.errorLine, 2u);
  EXPECT_EQ(balance.errorColumn, 4u);
}

}  // namespace
}  // namespace plurix::shell
