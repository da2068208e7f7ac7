// Body attribution through the whole front end: each program is checked by
// FrontEnd (with the embedded standard library) and must produce exactly the
// error javac 17 reports on the same line (messages in javac's words, the
// details javac prints on further lines joined with "; "), or none at all.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "compiler/ast/ast.h"
#include "compiler/front_end.h"
#include "tests/compiler/front_end_test_support.h"

namespace plurix::compiler {
namespace {

using test_support::expectNoErrors;
using test_support::expectOneError;

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
