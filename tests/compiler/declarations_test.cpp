// The declaration pass through the whole front end: small programs of one or
// more files, checked with the embedded library, and the errors they must
// (or must not) produce, as "File.java:line: message".
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "compiler/front_end.h"
#include "compiler/sema/class_table.h"
#include "compiler/sema/type_resolution.h"

namespace plurix::compiler {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

using Files = std::vector<std::pair<std::string, std::string>>;

// Checks `files` and returns the errors reported in them (or in the library),
// each as "File.java:line: message", ordered by file and line as rendered.
std::vector<std::string> errorsOf(const Files& files) {
  FrontEnd frontEnd;
  for (const auto& [path, text] : files) frontEnd.addSource(path, text);
  frontEnd.check();
  std::vector<Diagnostic> sorted = frontEnd.diagnostics().diagnostics();
  std::stable_sort(sorted.begin(), sorted.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.location.file, a.location.line) < std::tie(b.location.file, b.location.line);
  });
  std::vector<std::string> errors;
  for (const Diagnostic& d : sorted) {
    if (d.severity != Severity::Error) continue;
    std::string where = d.location.file < files.size() ? files[d.location.file].first : "<library>";
    errors.push_back(where + ":" + std::to_string(d.location.line) + ": " + d.message);
  }
  return errors;
}

std::vector<std::string> errorsOf(const std::string& path, const std::string& text) {
  return errorsOf(Files{{path, text}});
}

TEST(DeclarationsTest, ValidMultiFileProgramHasNoErrors) {
  Files files = {
      {"app/Main.java",
       "package app;\n"
       "import shapes.*;\n"
       "import java.util.Random;\n"
       "public class Main {\n"
       "  static class Counter { int n; }\n"
       "  public static void main(String[] args) {\n"
       "    Shape s = new Circle(2.0);\n"
       "    Random r = new Random(42);\n"
       "    Counter c = new Counter();\n"
       "    System.out.println(s.area() + r.nextInt(10) + c.n);\n"
       "  }\n"
       "}\n"},
      {"shapes/Shape.java",
       "package shapes;\n"
       "public abstract class Shape implements Comparable {\n"
       "  public abstract double area();\n"
       "  public int compareTo(Object o) { return 0; }\n"
       "}\n"},
      {"shapes/Circle.java",
       "package shapes;\n"
       "public class Circle extends Shape {\n"
       "  private final double r;\n"
       "  public Circle(double r) { this.r = r; }\n"
       "  @Override public double area() { return Math.PI * r * r; }\n"
       "  @Override public String toString() { return \"circle\"; }\n"
       "}\n"},
  };
  EXPECT_THAT(errorsOf(files), IsEmpty());
}

TEST(DeclarationsTest, UnknownTypeIsReported) {
  EXPECT_THAT(errorsOf("A.java", "class A {\n  Missing m;\n}\n"),
              ElementsAre("A.java:2: cannot find symbol: class Missing"));
}

TEST(DeclarationsTest, ImportsOfMissingPackagesAndClassesAreReported) {
  EXPECT_THAT(errorsOf("A.java",
                       "import a.b.C;\n"
                       "import java.util.Nope;\n"
                       "import nowhere.*;\n"
                       "class A {}\n"),
              ElementsAre("A.java:1: package a.b does not exist", "A.java:2: cannot find symbol: class Nope",
                          "A.java:3: package nowhere does not exist"));
}

// Packages p and q, each with a public class Thing, and then `user`.
Files twoThingsAnd(std::string user) {
  return {{"p/Thing.java", "package p;\npublic class Thing {}\n"},
          {"q/Thing.java", "package q;\npublic class Thing {}\n"},
          {"A.java", std::move(user)}};
}

TEST(DeclarationsTest, TwoOnDemandImportsMakeASimpleNameAmbiguous) {
  EXPECT_THAT(errorsOf(twoThingsAnd("import p.*;\nimport q.*;\nclass A {\n  Thing t;\n}\n")),
              ElementsAre("A.java:4: reference to Thing is ambiguous"));
}

TEST(DeclarationsTest, SingleTypeImportShadowsOnDemandImports) {
  EXPECT_THAT(errorsOf(twoThingsAnd("import p.*;\nimport q.*;\nimport q.Thing;\nclass A {\n  Thing t;\n}\n")),
              IsEmpty());
}

TEST(DeclarationsTest, SingleTypeImportsMayNotClash) {
  EXPECT_THAT(errorsOf(twoThingsAnd("import p.Thing;\nimport q.Thing;\nimport p.Thing;\nclass A {}\n")),
              ElementsAre("A.java:2: a type with the same simple name is already defined by the "
                          "single-type-import of Thing"));
  EXPECT_THAT(errorsOf(twoThingsAnd("import p.Thing;\nclass Thing {}\n")),
              ElementsAre("A.java:1: Thing is already defined in this compilation unit"));
}

TEST(DeclarationsTest, QualifiedAndNestedTypeNamesResolve) {
  Files files = {
      {"p/Outer.java", "package p;\npublic class Outer {\n  public static class Inner {}\n}\n"},
      {"A.java",
       "class A extends p.Outer {\n"
       "  java.util.Random r;\n"
       "  p.Outer.Inner i;\n"
       "  Inner inherited;\n"
       "  B.Nested n;\n"
       "}\n"
       "class B { static class Nested {} }\n"},
  };
  EXPECT_THAT(errorsOf(files), IsEmpty());
}

TEST(DeclarationsTest, QualifiedNameWithMissingPackageIsReported) {
  EXPECT_THAT(errorsOf("A.java", "class A {\n  nowhere.Thing t;\n  java.util.Nope n;\n}\n"),
              ElementsAre("A.java:2: package nowhere does not exist", "A.java:3: cannot find symbol: class Nope"));
}

TEST(DeclarationsTest, InaccessibleClassesCannotBeNamed) {
  Files files = {
      {"p/Hidden.java", "package p;\nclass Hidden {}\n"},
      {"p/Box.java", "package p;\npublic class Box {\n  private static class Secret {}\n  static class Shared {}\n}\n"},
      {"A.java", "class A {\n  p.Hidden h;\n  p.Box.Secret s;\n  p.Box.Shared t;\n}\n"},
  };
  EXPECT_THAT(errorsOf(files),
              ElementsAre("A.java:2: Hidden is not public in p; cannot be accessed from outside package",
                          "A.java:3: Secret has private access in Box",
                          "A.java:4: Shared is not public in Box; cannot be accessed from outside package"));
}

TEST(DeclarationsTest, DuplicateClassIsReported) {
  Files files = {{"A.java", "class A {}\n"}, {"B.java", "class B {}\nclass A {}\n"}};
  EXPECT_THAT(errorsOf(files), ElementsAre("B.java:2: duplicate class: A"));
}

TEST(DeclarationsTest, NestedClassMayNotReuseAnEnclosingOrSiblingName) {
  EXPECT_THAT(errorsOf("A.java",
                       "class A {\n"
                       "  static class Dup {}\n"
                       "  static class Dup {}\n"
                       "  static class A {}\n"
                       "  static class B { static class B {} }\n"
                       "}\n"),
              ElementsAre("A.java:3: class Dup is already defined in class A",
                          "A.java:4: class A is already defined in package unnamed package",
                          "A.java:5: class B is already defined in class A"));
}

TEST(DeclarationsTest, PublicClassMustBeInItsFile) {
  EXPECT_THAT(errorsOf("Foo.java", "public class Bar {}\n"),
              ElementsAre("Foo.java:1: class Bar is public, should be declared in a file named Bar.java"));
}

TEST(DeclarationsTest, SupertypeKindsAreChecked) {
  EXPECT_THAT(errorsOf("A.java",
                       "class A {\n"
                       "  interface I {}\n"
                       "  static class F {}\n"
                       "  static final class K {}\n"
                       "  static class G extends F implements F {}\n"
                       "  static class H extends I {}\n"
                       "  static class L extends K {}\n"
                       "  interface J extends F {}\n"
                       "}\n"),
              ElementsAre("A.java:5: interface expected here", "A.java:6: no interface expected here",
                          "A.java:7: cannot inherit from final K", "A.java:8: interface expected here"));
}

TEST(DeclarationsTest, CyclicInheritanceIsReportedOnce) {
  EXPECT_THAT(errorsOf("A.java", "class A extends B {}\nclass B extends C {}\nclass C extends A {}\n"),
              ElementsAre("A.java:1: cyclic inheritance involving A"));
}

TEST(DeclarationsTest, DuplicateMembersAreReported) {
  EXPECT_THAT(errorsOf("A.java",
                       "class A {\n"
                       "  int x;\n"
                       "  String x;\n"
                       "  void m(int a) {}\n"
                       "  int m(int b) { return 0; }\n"
                       "  A(int a) {}\n"
                       "  A(int b) {}\n"
                       "}\n"),
              ElementsAre("A.java:3: variable x is already defined in class A",
                          "A.java:5: method m(int) is already defined in class A",
                          "A.java:7: constructor A(int) is already defined in class A"));
}

TEST(DeclarationsTest, ModifierLegalityIsChecked) {
  EXPECT_THAT(errorsOf("A.java",
                       "abstract class A {\n"
                       "  abstract final void q();\n"
                       "  void r();\n"
                       "  abstract void s() {}\n"
                       "  native void t();\n"
                       "  public private int x;\n"
                       "}\n"
                       "abstract final class B {}\n"),
              ElementsAre("A.java:2: illegal combination of modifiers: abstract and final",
                          "A.java:3: missing method body, or declare abstract",
                          "A.java:4: abstract methods cannot have a body",
                          "A.java:5: native methods are not supported outside the standard library",
                          "A.java:6: illegal combination of modifiers: public and private",
                          "A.java:8: illegal combination of modifiers: abstract and final"));
}

TEST(DeclarationsTest, ConstructorNamedDifferentlyNeedsAReturnType) {
  EXPECT_THAT(errorsOf("A.java", "class A {\n  foo() {}\n}\n"),
              ElementsAre("A.java:2: invalid method declaration; return type required"));
}

TEST(DeclarationsTest, ConcreteClassMustImplementAbstractMethods) {
  EXPECT_THAT(errorsOf("A.java",
                       "abstract class R { abstract void m(int x); }\n"
                       "class S extends R {}\n"
                       "interface I { void run(); }\n"
                       "class T implements I {}\n"
                       "class U { abstract void f(); }\n"
                       "abstract class V implements I {}\n"
                       "class W extends V { public void run() {} }\n"),
              ElementsAre("A.java:2: S is not abstract and does not override abstract method m(int) in R",
                          "A.java:4: T is not abstract and does not override abstract method run() in I",
                          "A.java:5: U is not abstract and does not override abstract method f() in U"));
}

TEST(DeclarationsTest, OverridingRulesAreChecked) {
  EXPECT_THAT(
      errorsOf("A.java",
               "class P {\n"
               "  void f() {}\n"
               "  public void g() {}\n"
               "  final void h() {}\n"
               "  static void s() {}\n"
               "  void t() {}\n"
               "  void u() throws Exception {}\n"
               "  Object v() { return null; }\n"
               "}\n"
               "class Q extends P {\n"
               "  private void f() {}\n"
               "  public int g() { return 0; }\n"
               "  void h() {}\n"
               "  void s() {}\n"
               "  static void t() {}\n"
               "  void u() throws Throwable {}\n"
               "  String v() { return null; }\n"
               "}\n"),
      ElementsAre("A.java:11: f() in Q cannot override f() in P; attempting to assign weaker access privileges; was package",
                  "A.java:12: g() in Q cannot override g() in P; return type int is not compatible with void",
                  "A.java:13: h() in Q cannot override h() in P; overridden method is final",
                  "A.java:14: s() in Q cannot override s() in P; overridden method is static",
                  "A.java:15: t() in Q cannot override t() in P; overriding method is static",
                  "A.java:16: u() in Q cannot override u() in P; overridden method does not throw Throwable"));
}

TEST(DeclarationsTest, ImplementingAnInterfaceMethodMustStayPublic) {
  EXPECT_THAT(errorsOf("A.java", "interface I { void run(); }\nclass C implements I {\n  void run() {}\n}\n"),
              ElementsAre("A.java:3: run() in C cannot implement run() in I; attempting to assign weaker access "
                          "privileges; was public"));
}

TEST(DeclarationsTest, InheritedImplementationMustStayPublic) {
  EXPECT_THAT(errorsOf("A.java", "interface I { void run(); }\nclass B { void run() {} }\nclass C extends B implements I {}\n"),
              ElementsAre("A.java:3: run() in B cannot implement run() in I; attempting to assign weaker access "
                          "privileges; was public"));
}

TEST(DeclarationsTest, OverrideAnnotationMustOverrideSomething) {
  EXPECT_THAT(errorsOf("A.java",
                       "class A {\n"
                       "  @Override public String toStrin() { return \"\"; }\n"
                       "  @Override public String toString() { return \"\"; }\n"
                       "  @Override public boolean equals(Object o) { return true; }\n"
                       "}\n"
                       "interface I {\n"
                       "  @Override int hashCode();\n"
                       "}\n"
                       "class B extends A {\n"
                       "  @Override static void s() {}\n"
                       "  transient void t() {}\n"
                       "}\n"),
              ElementsAre("A.java:2: method does not override or implement a method from a supertype",
                          "A.java:10: static methods cannot be annotated with @Override",
                          "A.java:11: modifier transient not allowed here"));
}

TEST(DeclarationsTest, InterfaceMembersGetTheirImplicitModifiers) {
  // Interface methods are public: a package-private implementation weakens
  // access; interface fields are static, so usable without an instance.
  EXPECT_THAT(errorsOf("A.java",
                       "interface Shape {\n"
                       "  int SIDES = 4;\n"
                       "  double area();\n"
                       "}\n"
                       "class Square implements Shape {\n"
                       "  public double area() { return SIDES; }\n"
                       "  static int sides() { return Shape.SIDES; }\n"
                       "}\n"),
              IsEmpty());
}

TEST(DeclarationsTest, ObjectIsTheDefaultSuperclass) {
  EXPECT_THAT(errorsOf("A.java",
                       "class A {\n"
                       "  String describe() { return toString() + hashCode(); }\n"
                       "  static Object up(A a) { return a; }\n"
                       "}\n"),
              IsEmpty());
}

TEST(DeclarationsTest, StructRulesAreChecked) {
  EXPECT_THAT(errorsOf("A.java",
                       "import plurix.*;\n"
                       "class Regs extends STRUCT {\n"
                       "  int status;\n"
                       "  long base;\n"
                       "  String name;\n"
                       "}\n"
                       "class Holder {\n"
                       "  Regs regs;\n"
                       "  Regs[] many;\n"
                       "  static void use(Regs r) {}\n"
                       "}\n"),
              ElementsAre("A.java:5: STRUCT fields must be of primitive type; name is of type String",
                          "A.java:8: field regs of STRUCT type Regs in non-STRUCT class Holder: a STRUCT is never "
                          "referenced from the heap",
                          "A.java:9: array of STRUCT type Regs: a STRUCT is never referenced from the heap"));
}

TEST(DeclarationsTest, NestedClassesAreNamedSimplyInMessages) {
  EXPECT_THAT(errorsOf("A.java",
                       "class A {\n"
                       "  abstract static class R { abstract void m(); }\n"
                       "  static class Q extends R {}\n"
                       "  static class O { int y; int y; }\n"
                       "}\n"),
              ElementsAre("A.java:3: Q is not abstract and does not override abstract method m() in R",
                          "A.java:4: variable y is already defined in class O"));
}

TEST(DeclarationsTest, ExtensionClassesAreUsableThroughImports) {
  EXPECT_THAT(errorsOf("Step.java",
                       "import plurix.*;\n"
                       "public class Step extends Transaction {\n"
                       "  int count;\n"
                       "  public void run() { count++; }\n"
                       "}\n"),
              IsEmpty());
}

TEST(DeclarationsTest, BrokenDeclarationsDoNotCrash) {
  // Half-declared programs (unknown supertypes, cycles, duplicates) must give
  // errors, never a crash or a hang, in every later pass.
  EXPECT_THAT(errorsOf("A.java",
                       "class A extends A { A a; void m() { m(); } }\n"
                       "interface I extends J {}\n"
                       "interface J extends I {}\n"
                       "class B extends Missing implements I { @Override void q() {} }\n"
                       "class C extends B { void m(Nope n) {} void m(Nope n) {} }\n"),
              ::testing::Not(IsEmpty()));
}

TEST(DeclarationsTest, ThrowsClauseNeedsThrowables) {
  EXPECT_THAT(errorsOf("A.java", "class A {\n  void m() throws String {}\n}\n"),
              ElementsAre("A.java:2: incompatible types: String cannot be converted to Throwable"));
}

TEST(DeclarationsTest, RejectedTypeParametersResolveSilentlyToTheErrorType) {
  // The parser reports `<T>` once; a later use of T must not add "cannot find
  // symbol: class T".
  ast::ClassDecl decl(SourceLocation{});
  decl.name = "Box";
  decl.rejectedTypeParameters = {"T"};
  ast::CompilationUnit unit(SourceLocation{});
  sema::TypeTable types;
  sema::ClassTable classes(types);
  DiagnosticEngine diags;
  sema::SemaContext ctx{types, classes, diags, {}};
  sema::ClassSymbol box;
  box.name = "Box";
  box.decl = &decl;
  box.unit = &unit;
  ast::TypeRef use(SourceLocation{});
  use.name = {"T"};
  use.arrayDims = 1;
  EXPECT_TRUE(sema::resolveTypeRef(ctx, sema::scopeOf(&box), use)->isError());
  EXPECT_FALSE(diags.hasErrors());
  ast::TypeRef other(SourceLocation{});
  other.name = {"U"};
  EXPECT_TRUE(sema::resolveTypeRef(ctx, sema::scopeOf(&box), other)->isError());
  EXPECT_EQ(diags.errorCount(), 1u);
}

}  // namespace
}  // namespace plurix::compiler
