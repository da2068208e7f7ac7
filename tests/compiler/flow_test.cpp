// The flow checks (reachability, definite assignment, blank finals) on small
// classes. Every case was compiled with javac 17, and its expected errors are
// javac's, as "line: message"; tests/compiler/flow_cases_javac.py re-checks
// them. Each case runs twice: attributed by a test-only stand-in for sema, to
// test the flow checks alone, and through the whole front end.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <string>
#include <tuple>
#include <vector>

#include "compiler/diag/diagnostics.h"
#include "compiler/diag/source_manager.h"
#include "compiler/flow/flow_checker.h"
#include "compiler/front_end.h"
#include "compiler/parse/parser.h"
#include "flow_test_attribution.h"

namespace plurix::compiler::flow {
namespace {

struct FlowCase {
  const char* name;
  const char* source;
  std::vector<std::string> errors;  // "line: message", in line order
};

void checkAllClasses(const ast::ClassDecl& cls, DiagnosticEngine& diags) {
  checkClassFlow(cls, diags);
  for (const auto& member : cls.members) {
    if (member != nullptr && member->is<ast::ClassDecl>()) checkAllClasses(*member->as<ast::ClassDecl>(), diags);
  }
}

std::vector<std::string> render(std::vector<Diagnostic> diagnostics) {
  std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.location.line, a.location.column) < std::tie(b.location.line, b.location.column);
  });
  std::vector<std::string> lines;
  for (const Diagnostic& d : diagnostics) lines.push_back(std::to_string(d.location.line) + ": " + d.message);
  return lines;
}

// The flow errors of `source`, attributed by the test stand-in.
std::vector<std::string> flowErrors(const std::string& source) {
  SourceManager sources;
  DiagnosticEngine diags;
  FileId file = sources.addFile("T.java", source);
  auto unit = parse::parseCompilationUnit(sources, file, diags);
  if (diags.hasErrors()) return render(diags.diagnostics());
  FlowTestAttribution attribution;
  attribution.attribute(*unit);
  for (const auto& cls : unit->types) checkAllClasses(*cls, diags);
  return render(diags.diagnostics());
}

// The errors of `source` in its own file through the whole front end (the
// real sema attributes it and calls the flow checks).
std::vector<std::string> frontEndErrors(const std::string& source) {
  FrontEnd frontEnd;
  frontEnd.addSource("T.java", source);
  frontEnd.check();
  std::vector<Diagnostic> mine;
  for (const Diagnostic& d : frontEnd.diagnostics().diagnostics()) {
    if (d.severity == Severity::Error && d.location.file == frontEnd.userUnits().front()->file) mine.push_back(d);
  }
  return render(mine);
}

const FlowCase kCases[] = {
    // ------------------------------------------------------------ reachability
    {"StatementAfterReturn", R"(class T {
  int f() { return 1; x(); }
  void x() {}
})", {"2: unreachable statement"}},
    {"OnlyFirstOfARunIsReported", R"(class T {
  void f() { return; x(); x(); }
  void x() {}
})", {"2: unreachable statement"}},
    {"ReportedAgainAfterTheNextJump", R"(class T {
  void f() { return; x(); return; x(); }
  void x() {}
})", {"2: unreachable statement", "2: unreachable statement"}},
    {"EmptyStatementDoesNotRecover", R"(class T {
  void f() {
    return;
    ;
    x();
  }
  void x() {}
})", {"4: unreachable statement", "5: unreachable statement"}},
    {"LocalDeclarationAfterThrow", R"(class T {
  void f() {
    throw new RuntimeException();
    int y = 2;
  }
})", {"4: unreachable statement"}},
    {"WhileFalseBody", R"(class T {
  void f() {
    while (false) {
      x();
    }
    for (; false; ) x();
  }
  void x() {}
})", {"3: unreachable statement", "6: unreachable statement"}},
    {"AfterInfiniteLoop", R"(class T {
  void f() {
    while (true) { }
    x();
  }
  void g() {
    for (;;) { }
  }
  int h() {
    do { continue; } while (true);
  }
  void x() {}
})", {"4: unreachable statement"}},
    {"BreakMakesLoopComplete", R"(class T {
  int f(int a) {
    while (true) {
      if (a > 0) break;
    }
  }
  int g() {
    L: while (true) {
      while (true) { break L; }
    }
  }
  int h() {
    L: for (;;) {
      for (;;) { continue L; }
    }
  }
})", {"6: missing return statement", "11: missing return statement"}},
    {"IfIsSpecial", R"(class T {
  static final boolean DEBUG = false;
  int f() {
    if (true) return 1;
  }
  void g() {
    if (DEBUG) { x(); }
    if (false) return; else return;
  }
  void x() {}
})", {"5: missing return statement"}},
    {"IfBothBranchesReturn", R"(class T {
  int f(int a) {
    if (a > 0) return 1; else return 2;
  }
  void g(int a) {
    if (a > 0) return; else throw new RuntimeException();
    x();
  }
  void x() {}
})", {"7: unreachable statement"}},
    {"BlockEndingInReturn", R"(class T {
  void f() {
    { return; }
    x();
  }
  void x() {}
})", {"4: unreachable statement"}},
    {"SwitchRules", R"(class T {
  int withDefault(int a) {
    switch (a) { default: return 1; }
  }
  int noDefault(int a) {
    switch (a) { case 1: return 1; }
  }
  int breakOut(int a) {
    switch (a) { case 1: break; default: return 1; }
  }
  int fallThrough(int a) {
    switch (a) { case 1: a++; default: return 1; }
  }
  int trailingLabel(int a) {
    switch (a) { default: return 1; case 2: }
  }
  void deadInGroup(int a) {
    switch (a) { case 1: break; a++; case 2: a--; }
  }
})", {"7: missing return statement", "10: missing return statement", "16: missing return statement",
      "18: unreachable statement"}},
    {"TryCatchFinally", R"(class T {
  int tryReturns() {
    try { return 1; } finally { }
  }
  int catchCompletes() {
    try { return 1; } catch (RuntimeException e) { }
  }
  int finallyThrows() {
    try { } finally { throw new RuntimeException(); }
  }
  int finallySwallowsBreak() {
    while (true) {
      try { break; } finally { return 1; }
    }
  }
  void afterFinallyThrow() {
    try { x(); } finally { throw new RuntimeException(); }
    x();
  }
  void x() {}
})", {"7: missing return statement", "18: unreachable statement"}},
    {"DoWhileFalseWithContinue", R"(class T {
  int f() {
    do { continue; } while (false);
  }
  int g() {
    do { return 1; } while (false);
  }
})", {"4: missing return statement"}},
    {"NoMissingReturnAfterUnreachable", R"(class T {
  int f() { return 1; x(); }
  void x() {}
})", {"2: unreachable statement"}},
    {"InitializerMustComplete", R"(class T {
  {
    throw new RuntimeException();
  }
  static {
    if (true) throw new RuntimeException();
  }
})", {"2: initializer must be able to complete normally"}},
    {"LabeledBlockBreak", R"(class T {
  int f(boolean c) {
    L: {
      if (c) break L;
      return 1;
    }
  }
})", {"7: missing return statement"}},

    // ------------------------------------------------------- definite assignment
    {"ReadBeforeAssignment", R"(class T {
  void f(boolean c) {
    int x;
    if (c) x = 1;
    System.out.println(x);
  }
  void g() {
    int x;
    x++;
  }
  void h() {
    int x;
    x += 1;
  }
  void i() {
    int x;
    x = x + 1;
  }
  void j() {
    int x;
    int[] a = new int[2];
    a[x] = 1;
  }
})", {"5: variable x might not have been initialized", "9: variable x might not have been initialized",
      "13: variable x might not have been initialized", "17: variable x might not have been initialized",
      "22: variable x might not have been initialized"}},
    {"ReportedOncePerVariable", R"(class T {
  void f() {
    int x;
    System.out.println(x);
    System.out.println(x);
  }
})", {"4: variable x might not have been initialized"}},
    {"BooleanOperators", R"(class T {
  void and(boolean c) {
    int x;
    if (c && (x = 1) > 0) System.out.println(x);
  }
  void or(boolean c) {
    int x;
    if (c || (x = 1) > 0) System.out.println(x);
  }
  void not(boolean c) {
    int x;
    if (!(c || (x = 1) > 0)) System.out.println(x);
  }
  void conditional(boolean c) {
    int x;
    boolean r = c ? (x = 1) > 0 : (x = 2) > 0;
    System.out.println(x);
  }
  void conditionalCondition(boolean c) {
    int x;
    if (c ? (x = 1) > 0 : false) System.out.println(x);
  }
  void constantFalse() {
    int x;
    boolean b = false && x > 0;
    if (false) System.out.println(x);
    if (true || x > 0) { }
  }
  void orElse(boolean c) {
    int x;
    if (c || (x = 1) > 0) { } else System.out.println(x);
  }
})", {"8: variable x might not have been initialized"}},
    {"Loops", R"(class T {
  boolean c() { return true; }
  void whileTrueBreak() {
    int x;
    while (true) { x = 1; break; }
    System.out.println(x);
  }
  void whileCond() {
    int x;
    while (c()) { x = 1; }
    System.out.println(x);
  }
  void forBreak() {
    int x;
    for (;;) { if (c()) { x = 1; break; } }
    System.out.println(x);
  }
  void doBody() {
    int x;
    do { x = 1; } while (c());
    System.out.println(x);
  }
  void forEach() {
    int x;
    for (int i : new int[3]) { x = i; }
    System.out.println(x);
  }
  void whileFalse() {
    int x;
    while (false) { System.out.println(x); }
  }
  void readInBody() {
    int x;
    while (c()) { System.out.println(x); x = 1; }
  }
})", {"11: variable x might not have been initialized", "26: variable x might not have been initialized",
      "30: unreachable statement", "34: variable x might not have been initialized"}},
    {"LabelsAndSwitch", R"(class T {
  boolean c() { return true; }
  void labeled() {
    int x;
    L: { if (c()) break L; x = 1; }
    System.out.println(x);
  }
  void withDefault(int k) {
    int x;
    switch (k) { case 1: x = 1; break; default: x = 2; }
    System.out.println(x);
  }
  void noDefault(int k) {
    int x;
    switch (k) { case 1: x = 1; break; case 2: x = 2; }
    System.out.println(x);
  }
  void fallInto(int k) {
    int x;
    switch (k) { case 1: x = 1; case 2: System.out.println(x); }
  }
  void groupLocal(int k) {
    switch (k) { case 1: int y = 1; break; case 2: y = 2; System.out.println(y); }
  }
  void continueOuter() {
    int x;
    L: while (c()) {
      while (c()) { if (c()) continue L; x = 1; break; }
      System.out.println(x);
    }
  }
})", {"6: variable x might not have been initialized", "16: variable x might not have been initialized",
      "20: variable x might not have been initialized", "29: variable x might not have been initialized"}},
    {"SwitchGroupLocalsInALoop", R"(class T {
  boolean c() { return true; }
  void f(int k) {
    int z;
    while (c()) {
      z = 1;
      switch (k) {
        case 1: final int y; y = 1; break;
        case 2: y = 2; System.out.println(y + z); break;
        default: y = 3; y = 4;
      }
    }
  }
})", {"10: variable y might already have been assigned"}},
    {"TryRules", R"(class T {
  void catchMayMiss() {
    int x;
    try { x = 1; } catch (RuntimeException e) { }
    System.out.println(x);
  }
  void tryFinally() {
    int x;
    try { x = 1; } finally { }
    System.out.println(x);
  }
  void finallyAssigns() {
    int x;
    try { } finally { x = 1; }
    System.out.println(x);
  }
  void readInFinally() {
    int x;
    try { x = 1; } finally { System.out.println(x); }
  }
  void catchReturns() {
    int x;
    try { x = 1; } catch (RuntimeException e) { return; }
    System.out.println(x);
  }
})", {"5: variable x might not have been initialized", "19: variable x might not have been initialized"}},

    // ------------------------------------------------------------ final locals
    {"FinalLocals", R"(class T {
  boolean c() { return true; }
  void twice() {
    final int x;
    x = 1;
    x = 2;
  }
  void inLoop() {
    final int x;
    while (true) { x = 1; }
  }
  void inForLoop(int p) {
    final int x;
    for (int i = 0; i < p; i++) { x = 1; }
  }
  void onceInLoopThenBreak() {
    final int x;
    while (c()) { x = 1; break; }
  }
  void eitherBranch() {
    final int x;
    if (c()) x = 1; else x = 2;
    System.out.println(x);
  }
  void maybeTwice() {
    final int x;
    if (c()) x = 1;
    x = 2;
  }
  void fallThrough(int k) {
    final int y;
    switch (k) { case 1: y = 1; case 2: y = 2; }
  }
  void tryThenCatch() {
    final int q;
    try { q = 1; } catch (RuntimeException e) { q = 2; }
  }
  void onlyInCatch() {
    final int q;
    try { c(); } catch (RuntimeException e) { q = 2; }
  }
  void incrementFinal() {
    final int x;
    x = 1;
    x++;
  }
  void afterLoopIsNotReported() {
    final int x;
    while (c()) { x = 1; }
    x = 2;
  }
})", {"6: variable x might already have been assigned", "10: variable x might be assigned in loop",
      "14: variable x might be assigned in loop", "28: variable x might already have been assigned",
      "32: variable y might already have been assigned", "36: variable q might already have been assigned",
      "45: variable x might already have been assigned", "49: variable x might be assigned in loop"}},

    // ------------------------------------------------------------ blank final fields
    {"ConstructorsMustAssign", R"(class T {
  final int a;
  final int b;
  T() { a = 1; b = 2; }
  T(int x) { a = x; }
  T(String s) { this(); }
  T(long l) { a = 1; b = 2; a = 3; }
  T(char c) { this(); b = 1; }
  T(boolean z) {
    if (z) return;
    a = 1;
    b = 2;
  }
  T(double d) { throw new RuntimeException(); }
})", {"5: variable b might not have been initialized", "7: variable a might already have been assigned",
      "8: variable b might already have been assigned", "10: variable a might not have been initialized"}},
    {"InitializersRunBeforeConstructors", R"(class T {
  final int a;
  final int b;
  { a = 1; }
  T() { b = a + 1; }
  T(int x) { a = 2; b = 1; }
})", {"6: variable a might already have been assigned"}},
    {"FieldReadBeforeAssignment", R"(class T {
  final int a = this.b + 1;
  final int b;
  { System.out.println(b); b = 1; }
  T() { System.out.println(this.b); }
  void m() { System.out.println(b); }
})", {"2: variable b might not have been initialized"}},
    {"ThisQualifiedAssignment", R"(class T {
  final int b;
  final int c;
  T() { this.b = 1; c = this.b; this.c = 2; }
})", {"4: variable c might already have been assigned"}},
    {"DefaultConstructor", R"(class T {
  final int b;
  static class Inner {
    static final int S;
  }
})", {"2: variable b not initialized in the default constructor",
      "4: variable S not initialized in the default constructor"}},
    {"StaticBlankFinals", R"(class T {
  static final int S;
  static final int U;
  static { S = 1; }
  static { U = S + 1; }
  T() { }
})", {}},
    {"StaticBlankFinalReportedAtConstructor", R"(class T {
  static final int S;
  static { }
  T() { }
})", {"4: variable S might not have been initialized"}},
    {"StaticBlankFinalAssignedTwice", R"(class T {
  static final int S;
  static { S = 1; }
  static { S = 2; }
})", {"4: variable S might already have been assigned"}},

    // ------------------------------------------------------------ clean code
    {"CleanCode", R"(class T {
  final int a;
  static final int S;
  static { S = 3; }
  T(int k) {
    int x;
    switch (k) {
      case 1: x = 1; break;
      case 2: { x = 2; break; }
      default: throw new IllegalArgumentException();
    }
    a = x;
  }
  int find(int[] xs, int v) {
    for (int i = 0; i < xs.length; i++) {
      if (xs[i] == v) return i;
    }
    return -1;
  }
  int loopForever() {
    while (true) { }
  }
  int sign(int v) {
    final int s;
    if (v > 0) s = 1; else if (v < 0) s = -1; else s = 0;
    return s;
  }
  void nested(boolean c) {
    outer:
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        if (c) continue outer;
        if (!c) break outer;
      }
    }
  }
  int tryAll() {
    try {
      return 1;
    } catch (RuntimeException e) {
      return 2;
    } finally {
      a();
    }
  }
  void a() {}
})", {}},
};

class FlowCaseTest : public ::testing::TestWithParam<FlowCase> {};

TEST_P(FlowCaseTest, ReportsWhatJavacReports) {
  EXPECT_EQ(flowErrors(GetParam().source), GetParam().errors);
}

TEST_P(FlowCaseTest, FrontEndReportsTheSame) {
  EXPECT_EQ(frontEndErrors(GetParam().source), GetParam().errors);
}

INSTANTIATE_TEST_SUITE_P(Javac17, FlowCaseTest, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<FlowCase>& info) { return info.param.name; });

// Each loop assigns a variable declared just outside it, so each needs a
// second pass for DU, and again in every pass of the loop around it: without
// a bound that is 2^depth passes.
TEST(FlowLimitsTest, DeeplyNestedLoopsFinishQuickly) {
  std::string source = "class T {\n  boolean c() { return true; }\n  void f() {\n    int v0;\n";
  const int depth = 120;
  for (int i = 1; i <= depth; ++i) {
    source += "while (c()) { v" + std::to_string(i - 1) + " = 1; int v" + std::to_string(i) + ";\n";
  }
  for (int i = 0; i < depth; ++i) source += "}\n";
  source += "  }\n}\n";
  auto start = std::chrono::steady_clock::now();
  EXPECT_EQ(flowErrors(source), std::vector<std::string>{});
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(10));
}

TEST(FlowLimitsTest, LongConditionChains) {
  std::string source = "class T {\n  void f(boolean c) {\n    int x;\n    if (c";
  for (int i = 0; i < 900; ++i) source += " && c";
  source += " && (x = 1) > 0) { System.out.println(x); } else { System.out.println(x); }\n  }\n}\n";
  EXPECT_EQ(flowErrors(source), std::vector<std::string>{"4: variable x might not have been initialized"});
}

// Sema's errors come first: a file with them gets no flow errors (javac
// does not run flow analysis then either), so no cascade follows a mistake.
TEST(FlowFrontEndTest, SemaErrorsSuppressFlowErrors) {
  std::vector<std::string> errors = frontEndErrors(R"(class T {
  int f() {
    int x;
    undefined(x);
  }
})");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_THAT(errors[0], ::testing::HasSubstr("cannot find symbol"));
}

// A construct the parser rejects is missing from the tree; flow must not
// mistake `int y = switch…` for `int y;`.
TEST(FlowFrontEndTest, RejectedConstructsDoNotCauseFlowErrors) {
  std::vector<std::string> errors = frontEndErrors(R"(class T {
  int f(int k) {
    int y = switch (k) { default: yield 1; };
    return y;
  }
})");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_THAT(errors[0], ::testing::HasSubstr("not supported yet"));
}

}  // namespace
}  // namespace plurix::compiler::flow
