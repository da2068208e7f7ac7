// Body attribution through the whole front end: each program is checked by
// FrontEnd (with the embedded standard library) and must produce exactly the
// error javac 17 reports on the same line (messages in javac's words, the
// details javac prints on further lines joined with "; "), or none at all.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "compiler/ast/ast.h"
#include "compiler/front_end.h"
#include "compiler/sema/constant_folding.h"

namespace plurix::compiler {
namespace {

struct Reported {
  uint32_t line;
  std::string message;
};

std::vector<Reported> errorsOf(const std::string& source) {
  FrontEnd frontEnd;
  frontEnd.addSource("T.java", source);
  frontEnd.check();
  std::vector<Reported> errors;
  for (const Diagnostic& d : frontEnd.diagnostics().diagnostics())
    if (d.severity == Severity::Error) errors.push_back({d.location.line, d.message});
  return errors;
}

std::string describe(const std::vector<Reported>& errors) {
  std::string text;
  for (const Reported& e : errors) text += "  " + std::to_string(e.line) + ": " + e.message + "\n";
  return text;
}

void expectNoErrors(const std::string& source) {
  std::vector<Reported> errors = errorsOf(source);
  EXPECT_TRUE(errors.empty()) << describe(errors);
}

// Exactly one error, on `line`, whose message contains `message`.
void expectOneError(const std::string& source, uint32_t line, const std::string& message) {
  std::vector<Reported> errors = errorsOf(source);
  ASSERT_EQ(errors.size(), 1u) << describe(errors);
  EXPECT_EQ(errors[0].line, line) << describe(errors);
  EXPECT_NE(errors[0].message.find(message), std::string::npos) << describe(errors);
}

TEST(Attribution, LossyConversionFromLongToInt) {
  expectOneError(R"java(class T {
  void m() {
    long l = 1;
    int i = l;
  }
}
)java", 4, "incompatible types: possible lossy conversion from long to int");
}

TEST(Attribution, StringToIntIsIncompatible) {
  expectOneError(R"java(class T {
  void m() {
    int i = "a";
  }
}
)java", 3, "incompatible types: String cannot be converted to int");
}

TEST(Attribution, BoxingIsNotSupportedYet) {
  expectOneError(R"java(class T {
  void m() {
    Integer i = 1;
  }
}
)java", 3, "incompatible types: int cannot be converted to Integer (boxing is not supported yet)");
}

TEST(Attribution, ConstantNarrowsToByteWhenItFits) {
  expectNoErrors(R"java(class T {
  void m() {
    byte b = 100;
    char c = 'a' + 1;
    short s = (short) 1 + 2;
    final int k = 10;
    byte d = k;
  }
}
)java");
}

TEST(Attribution, ConstantTooLargeForByte) {
  expectOneError(R"java(class T {
  void m() {
    byte b = 200;
  }
}
)java", 3, "incompatible types: possible lossy conversion from int to byte");
}

TEST(Attribution, BadOperandTypesForMinus) {
  expectOneError(R"java(class T {
  void m() {
    boolean b = true;
    int i = b - 1;
  }
}
)java", 4, "bad operand types for binary operator '-'; first type: boolean, second type: int");
}

TEST(Attribution, BadOperandTypeForNot) {
  expectOneError(R"java(class T {
  void m() {
    String s = "";
    boolean b = !s;
  }
}
)java", 4, "bad operand type String for unary operator '!'");
}

TEST(Attribution, IncomparableReferenceTypes) {
  expectOneError(R"java(class T {
  void m() {
    String s = "";
    Integer i = null;
    boolean b = s == i;
  }
}
)java", 5, "incomparable types: String and Integer");
}

TEST(Attribution, StringEqualsIntIsBadOperands) {
  expectOneError(R"java(class T {
  void m() {
    String s = "";
    boolean b = s == 1;
  }
}
)java", 4, "bad operand types for binary operator '=='; first type: String, second type: int");
}

TEST(Attribution, StringConcatenationWithVoid) {
  expectOneError(R"java(class T {
  void v() {}
  void m() {
    String s = "a" + v();
  }
}
)java", 4, "'void' type not allowed here");
}

TEST(Attribution, StringConcatenationAcceptsAnyValue) {
  expectNoErrors(R"java(class T {
  void m(int[] a, Object o, char c, double d) {
    String s = "a" + a + o + c + d + null + true;
    s += 1;
    s += o;
  }
}
)java");
}

TEST(Attribution, NotAStatement) {
  expectOneError(R"java(class T {
  void m() {
    int i = 1;
    i + 1;
  }
}
)java", 4, "not a statement");
}

TEST(Attribution, AssignmentToValue) {
  expectOneError(R"java(class T {
  void m() {
    int i = 1;
    (i + 1) = 2;
  }
}
)java", 4, "unexpected type; required: variable; found: value");
}

TEST(Attribution, ArrayRequired) {
  expectOneError(R"java(class T {
  void m() {
    String s = "";
    char c = s[0];
  }
}
)java", 4, "array required, but String found");
}

TEST(Attribution, CannotFindVariable) {
  expectOneError(R"java(class T {
  void m() {
    y = 1;
  }
}
)java", 3, "cannot find symbol: variable y");
}

TEST(Attribution, CannotFindMethod) {
  expectOneError(R"java(class T {
  void m() {
    foo(1);
  }
}
)java", 3, "cannot find symbol: method foo(int)");
}

TEST(Attribution, MethodCannotBeApplied) {
  expectOneError(R"java(class T {
  void m(int a) {}
  void n() {
    m(1, 2);
  }
}
)java", 4, "method m in class T cannot be applied to given types; required: int; found: int,int; reason: actual and formal argument lists differ in length");
}

TEST(Attribution, NoSuitableMethod) {
  expectOneError(R"java(class T {
  void m(int a) {}
  void m(double a, int b) {}
  void n() {
    m("x");
  }
}
)java", 5, "no suitable method found for m(String)");
}

TEST(Attribution, AmbiguousCall) {
  expectOneError(R"java(class T {
  void m(int a, double b) {}
  void m(double a, int b) {}
  void n() {
    m(1, 1);
  }
}
)java", 5, "reference to m is ambiguous; both method m(int,double) in T and method m(double,int) in T match");
}

TEST(Attribution, MostSpecificOverloadIsChosen) {
  expectNoErrors(R"java(class T {
  static int f(long a) { return 1; }
  static String f(int a) { return ""; }
  static int g(Object o) { return 1; }
  static String g(String s) { return s; }
  void m() {
    String s = f(1);
    int i = f(1L);
    String t = g("x");
    String u = g(null);
  }
}
)java");
}

TEST(Attribution, AbstractClassCannotBeInstantiated) {
  expectOneError(R"java(class T {
  static abstract class A {}
  void n() {
    Object o = new A();
  }
}
)java", 4, "A is abstract; cannot be instantiated");
}

TEST(Attribution, InterfaceCannotBeInstantiated) {
  expectOneError(R"java(class T {
  interface I {}
  void n() {
    Object o = new I();
  }
}
)java", 4, "I is abstract; cannot be instantiated");
}

TEST(Attribution, NonStaticVariableFromStaticContext) {
  expectOneError(R"java(class T {
  int x;
  static void n() {
    x = 1;
  }
}
)java", 4, "non-static variable x cannot be referenced from a static context");
}

TEST(Attribution, NonStaticMethodFromStaticContext) {
  expectOneError(R"java(class T {
  void q() {}
  static void n() {
    q();
  }
}
)java", 4, "non-static method q() cannot be referenced from a static context");
}

TEST(Attribution, ThisInStaticContext) {
  expectOneError(R"java(class T {
  static void n() {
    Object o = this;
  }
}
)java", 3, "non-static variable this cannot be referenced from a static context");
}

TEST(Attribution, LocalMayNotShadowParameter) {
  expectOneError(R"java(class T {
  void m(int x) {
    int x = 1;
  }
}
)java", 3, "variable x is already defined in method m(int)");
}

TEST(Attribution, LocalMayNotShadowLocalInNestedBlock) {
  expectOneError(R"java(class T {
  void m() {
    int y = 1;
    {
      int y = 2;
    }
  }
}
)java", 5, "variable y is already defined in method m()");
}

TEST(Attribution, LocalsInSiblingBlocksAndFieldShadowing) {
  expectNoErrors(R"java(class T {
  int x;
  void m() {
    { int y = 1; }
    { int y = 2; }
    int x = 3;
    x++;
    this.x = x;
  }
}
)java");
}

TEST(Attribution, CastBetweenUnrelatedClasses) {
  expectOneError(R"java(class T {
  void m() {
    String s = "";
    Integer i = (Integer) s;
  }
}
)java", 4, "incompatible types: String cannot be converted to Integer");
}

TEST(Attribution, InstanceofUnrelatedClasses) {
  expectOneError(R"java(class T {
  void m() {
    String s = "";
    boolean b = s instanceof Integer;
  }
}
)java", 4, "incompatible types: String cannot be converted to Integer");
}

TEST(Attribution, ConditionMustBeBoolean) {
  expectOneError(R"java(class T {
  void m() {
    int i = 1;
    if (i) {}
  }
}
)java", 4, "incompatible types: int cannot be converted to boolean");
}

TEST(Attribution, DuplicateCaseLabel) {
  expectOneError(R"java(class T {
  void m(int i) {
    switch (i) {
      case 1:
      case 1:
    }
  }
}
)java", 5, "duplicate case label");
}

TEST(Attribution, CaseLabelMustBeConstant) {
  expectOneError(R"java(class T {
  void m(int i, int j) {
    switch (i) {
      case j:
    }
  }
}
)java", 4, "constant expression required");
}

TEST(Attribution, DuplicateDefaultLabel) {
  expectOneError(R"java(class T {
  void m(int i) {
    switch (i) {
      default:
      default:
    }
  }
}
)java", 5, "duplicate default label");
}

TEST(Attribution, CaseLabelMustFitSelector) {
  expectOneError(R"java(class T {
  void m(byte b) {
    switch (b) {
      case 300:
    }
  }
}
)java", 4, "incompatible types: possible lossy conversion from int to byte");
}

TEST(Attribution, SwitchOnStringAndChar) {
  expectNoErrors(R"java(class T {
  static final String A = "a";
  void m(String s, char c) {
    switch (s) { case A: break; case "b" + "c": break; default: }
    switch (c) { case 'x': case 65: break; }
  }
}
)java");
}

TEST(Attribution, ForEachNeedsArray) {
  expectOneError(R"java(class T {
  void m() {
    String s = "";
    for (char c : s) {}
  }
}
)java", 4, "for-each not applicable to expression type; required: array; found: String");
}

TEST(Attribution, UnexpectedReturnValue) {
  expectOneError(R"java(class T {
  void m() {
    return 1;
  }
}
)java", 3, "incompatible types: unexpected return value");
}

TEST(Attribution, MissingReturnValue) {
  expectOneError(R"java(class T {
  int m() {
    return;
  }
}
)java", 3, "incompatible types: missing return value");
}

TEST(Attribution, ThrowNeedsThrowable) {
  expectOneError(R"java(class T {
  void m() {
    throw "x";
  }
}
)java", 3, "incompatible types: String cannot be converted to Throwable");
}

TEST(Attribution, CatchNeedsThrowable) {
  expectOneError(R"java(class T {
  void m() {
    try {
    } catch (String e) {
    }
  }
}
)java", 4, "incompatible types: String cannot be converted to Throwable");
}

TEST(Attribution, UndefinedLabel) {
  expectOneError(R"java(class T {
  void m() {
    while (true) {
      break foo;
    }
  }
}
)java", 4, "undefined label: foo");
}

TEST(Attribution, BreakOutsideLoop) {
  expectOneError(R"java(class T {
  void m() {
    break;
  }
}
)java", 3, "break outside switch or loop");
}

TEST(Attribution, ContinueOutsideLoop) {
  expectOneError(R"java(class T {
  void m() {
    continue;
  }
}
)java", 3, "continue outside of loop");
}

TEST(Attribution, ContinueNeedsLoopLabel) {
  expectOneError(R"java(class T {
  void m() {
    a: {
      while (true) {
        continue a;
      }
    }
  }
}
)java", 5, "not a loop label: a");
}

TEST(Attribution, FinalFieldWithInitializer) {
  expectOneError(R"java(class T {
  final int x = 1;
  void m() {
    x = 2;
  }
}
)java", 4, "cannot assign a value to final variable x");
}

TEST(Attribution, FinalParameter) {
  expectOneError(R"java(class T {
  void m(final int p) {
    p = 2;
  }
}
)java", 3, "final parameter p may not be assigned");
}

TEST(Attribution, ArrayLengthIsFinal) {
  expectOneError(R"java(class T {
  void m() {
    int[] a = new int[1];
    a.length = 2;
  }
}
)java", 4, "cannot assign a value to final variable length");
}

TEST(Attribution, BlankFinalAssignedInConstructor) {
  expectNoErrors(R"java(class T {
  final int x;
  static final int Y;
  static { Y = 2; }
  T() {
    this.x = 1;
  }
}
)java");
}

TEST(Attribution, UnreportedCheckedException) {
  expectOneError(R"java(class T {
  void m() {
    throw new Exception();
  }
}
)java", 3, "unreported exception Exception; must be caught or declared to be thrown");
}

TEST(Attribution, UnreportedExceptionFromCall) {
  expectOneError(R"java(class T {
  void f() throws Exception {}
  void m() {
    f();
  }
}
)java", 4, "unreported exception Exception; must be caught or declared to be thrown");
}

TEST(Attribution, CheckedExceptionsCaughtOrDeclared) {
  expectNoErrors(R"java(class T {
  static class E extends Exception {}
  void f() throws E {}
  void m() throws E { f(); }
  void n() {
    try { f(); } catch (E e) {}
    try { f(); } catch (Exception e) {}
    throw new RuntimeException();
  }
}
)java");
}

TEST(Attribution, CatchOfExceptionNeverThrown) {
  expectOneError(R"java(class T {
  static class E extends Exception {}
  void m() {
    try {
    } catch (E e) {
    }
  }
}
)java", 5, "exception E is never thrown in body of corresponding try statement");
}

TEST(Attribution, SuperCallMustBeFirst) {
  expectOneError(R"java(class T {
  static class A { A() {} }
  static class B extends A {
    B() {
      int x = 1;
      super();
    }
  }
}
)java", 6, "call to super must be first statement in constructor");
}

TEST(Attribution, ImplicitSuperNeedsNoArgConstructor) {
  expectOneError(R"java(class T {
  static class A { A(int x) {} }
  static class B extends A {
    B() {
    }
  }
}
)java", 4, "constructor A in class T.A cannot be applied to given types; required: int; found: no arguments; reason: actual and formal argument lists differ in length");
}

TEST(Attribution, IncrementNeedsNumericVariable) {
  expectOneError(R"java(class T {
  void m() {
    boolean b = true;
    b++;
  }
}
)java", 4, "bad operand type boolean for unary operator '++'");
}

TEST(Attribution, PrivateFieldOfOtherClass) {
  expectOneError(R"java(class T {
  void m(U u) {
    int y = u.x;
  }
}
class U {
  private int x;
}
)java", 3, "x has private access in U");
}

TEST(Attribution, ConditionalWithMixedTypes) {
  expectOneError(R"java(class T {
  void m(boolean c) {
    int x = c ? "a" : 1;
  }
}
)java", 3, "incompatible types: bad type in conditional expression");
}

TEST(Attribution, ArraysAndInitializers) {
  expectNoErrors(R"java(class T {
  void m() {
    int[][] a = {{1, 2}, {3}};
    long[] b = new long[] {1, 2L, 'c'};
    Object o = a;
    Object[] os = new String[3];
    int n = a.length + a[0].length;
    int[] c = a[0].clone();
    char ch = 'x';
    int v = a[ch][0];
  }
}
)java");
}

TEST(Attribution, ArrayIndexMustBeInt) {
  expectOneError(R"java(class T {
  void m(int[] a, long i) {
    int v = a[i];
  }
}
)java", 3, "incompatible types: possible lossy conversion from long to int");
}

TEST(Attribution, CompoundAssignmentCastsImplicitly) {
  expectNoErrors(R"java(class T {
  void m() {
    byte b = 1;
    b += 300;
    char c = 'a';
    c *= 2.5;
    int s = 1;
    s <<= 3L;
  }
}
)java");
}

TEST(Attribution, StaticFieldThroughTypeName) {
  expectNoErrors(R"java(class T {
  static int count;
  void m() {
    int n = T.count + Integer.MAX_VALUE;
  }
}
)java");
}

TEST(Attribution, StructCannotBeInstantiated) {
  expectOneError(R"java(import plurix.*;
class T {
  static class S extends STRUCT { int a; }
  void m() {
    Object o = new S();
  }
}
)java", 5, "STRUCT types cannot be instantiated with new; use MAGIC.cast2Struct");
}

// ---------------------------------------------------------------- constants

std::u16string u16(const char* ascii) { return std::u16string(ascii, ascii + std::char_traits<char>::length(ascii)); }

TEST(ConstantFolding, DoubleToStringMatchesJava) {
  EXPECT_EQ(sema::javaDoubleToString(1.0), "1.0");
  EXPECT_EQ(sema::javaDoubleToString(1e10), "1.0E10");
  EXPECT_EQ(sema::javaDoubleToString(1e-5), "1.0E-5");
  EXPECT_EQ(sema::javaDoubleToString(0.001), "0.001");
  EXPECT_EQ(sema::javaDoubleToString(1234567.0), "1234567.0");
  EXPECT_EQ(sema::javaDoubleToString(12345678.0), "1.2345678E7");
  EXPECT_EQ(sema::javaDoubleToString(0.1 + 0.2), "0.30000000000000004");
  EXPECT_EQ(sema::javaDoubleToString(-0.0), "-0.0");
  EXPECT_EQ(sema::javaDoubleToString(0.0 / 0.0), "NaN");
  EXPECT_EQ(sema::javaDoubleToString(-1.0 / 0.0), "-Infinity");
  EXPECT_EQ(sema::javaFloatToString(0.1f), "0.1");
  EXPECT_EQ(sema::javaFloatToString(1.0f / 3), "0.33333334");
  // Java 17 prints an integral value's exact digits, not the shortest form.
  EXPECT_EQ(sema::javaFloatToString(3e10f), "3.0000001E10");
  EXPECT_EQ(sema::javaFloatToString(123456789.0f), "1.23456792E8");
  EXPECT_EQ(sema::javaFloatToString(2147483648.0f), "2.14748365E9");
  EXPECT_EQ(sema::javaDoubleToString(1152921504606847744.0), "1.15292150460684774E18");
  // The E form has two digits at least, even past the shortest form.
  EXPECT_EQ(sema::javaDoubleToString(4.9e-324), "4.9E-324");
  EXPECT_EQ(sema::javaFloatToString(1.4e-45f), "1.4E-45");
  // Java 17's digit loop is not the shortest form in big-integer arithmetic
  // or for subnormals either.
  EXPECT_EQ(sema::javaDoubleToString(1e23), "9.999999999999999E22");
  EXPECT_EQ(sema::javaDoubleToString(7.81e21), "7.809999999999999E21");
  EXPECT_EQ(sema::javaDoubleToString(2 * 4.9e-324), "1.0E-323");
  EXPECT_EQ(sema::javaFloatToString(-5.3683995e25f), "-5.3683995E25");
}

// The values of constant fields, read back from the attributed tree.
std::vector<ast::ConstantValue> fieldConstants(FrontEnd& frontEnd) {
  std::vector<ast::ConstantValue> values;
  for (ast::CompilationUnit* unit : frontEnd.userUnits())
    for (auto& cls : unit->types)
      for (auto& member : cls->members)
        if (member->is<ast::FieldDecl>()) {
          auto* field = member->as<ast::FieldDecl>();
          EXPECT_TRUE(field->initializer && field->initializer->constant) << field->name;
          if (field->initializer && field->initializer->constant) values.push_back(*field->initializer->constant);
        }
  return values;
}

TEST(ConstantFolding, FollowsJavaArithmetic) {
  FrontEnd frontEnd;
  frontEnd.addSource("T.java", R"java(class T {
  static final int WRAP = Integer.MAX_VALUE + 1;
  static final long LONG_WRAP = Long.MIN_VALUE - 1;
  static final int DIV = Integer.MIN_VALUE / -1;
  static final int SHIFT = 1 << 33;
  static final long LSHIFT = 1L << 33;
  static final int USHR = -1 >>> 28;
  static final float F = 1.0f / 3;
  static final double D = 1.0 / 3;
  static final String S = "a" + 'b' + 1 + 2L + 1.5f + 0.1 + true + U.C;
  static final char CH = (char) 65.7;
  static final int NAN_TO_INT = (int) (0.0 / 0.0);
  static final byte B = (byte) 200;
  static final boolean CMP = 1.0f == 1.0;
}
class U { static final String C = "c" + T.B; }
)java");
  ASSERT_TRUE(frontEnd.check()) << frontEnd.diagnostics().diagnostics().size();
  std::vector<ast::ConstantValue> v = fieldConstants(frontEnd);
  ASSERT_EQ(v.size(), 14u);  // T's thirteen constants, then U.C
  EXPECT_EQ(std::get<int32_t>(v[0]), INT32_MIN);
  EXPECT_EQ(std::get<int64_t>(v[1]), INT64_MAX);
  EXPECT_EQ(std::get<int32_t>(v[2]), INT32_MIN);
  EXPECT_EQ(std::get<int32_t>(v[3]), 2);
  EXPECT_EQ(std::get<int64_t>(v[4]), int64_t{1} << 33);
  EXPECT_EQ(std::get<int32_t>(v[5]), 15);
  EXPECT_EQ(std::get<float>(v[6]), 1.0f / 3);
  EXPECT_EQ(std::get<double>(v[7]), 1.0 / 3);
  EXPECT_EQ(std::get<std::u16string>(v[8]), u16("ab121.50.1truec-56"));
  EXPECT_EQ(std::get<int32_t>(v[9]), 65);
  EXPECT_EQ(std::get<int32_t>(v[10]), 0);
  EXPECT_EQ(std::get<int32_t>(v[11]), -56);
  EXPECT_EQ(std::get<bool>(v[12]), true);
  EXPECT_EQ(std::get<std::u16string>(v[13]), u16("c-56"));
}

TEST(ConstantFolding, DivisionByZeroIsNotAConstantNorAnError) {
  expectNoErrors("class T {\n  void m() {\n    int x = 1 / 0;\n    long y = 1L % 0L;\n  }\n}\n");
  expectOneError("class T {\n  static final int Z = 1 / 0;\n  void m(int i) {\n    switch (i) {\n      case Z:\n    }\n  }\n}\n", 5,
                 "constant expression required");
}

TEST(ConstantFolding, CyclicConstantsEndWithoutAValue) {
  expectNoErrors("class T {\n  static final int A = U.B + 1;\n}\nclass U {\n  static final int B = T.A + 1;\n}\n");
}

TEST(Attribution, DeeplyNestedExpressionDoesNotCrash) {
  std::string expr = "1";
  for (int i = 0; i < 900; ++i) expr = "(" + expr + " + 1)";
  FrontEnd frontEnd;
  frontEnd.addSource("T.java", "class T { int x = " + expr + "; }\n");
  frontEnd.check();
  SUCCEED();
}

}  // namespace
}  // namespace plurix::compiler
