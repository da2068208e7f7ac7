// The parser through its contract, parseCompilationUnit: AST shapes and
// positions, precedence, literals, the unsupported-feature and syntax-error
// messages, and every hard-coded limit.
#include "compiler/parse/parser.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace plurix::compiler::parse {
namespace {

using namespace ast;

struct Parsed {
  SourceManager sources;
  DiagnosticEngine diags;
  std::unique_ptr<CompilationUnit> unit;

  // Every diagnostic as "line:col: message".
  std::vector<std::string> errors() const {
    std::vector<std::string> out;
    for (const Diagnostic& d : diags.diagnostics()) {
      out.push_back(std::to_string(d.location.line) + ":" + std::to_string(d.location.column) + ": " + d.message);
    }
    return out;
  }
};

std::unique_ptr<Parsed> parse(const std::string& text) {
  auto parsed = std::make_unique<Parsed>();
  FileId file = parsed->sources.addFile("T.java", text);
  parsed->unit = parseCompilationUnit(parsed->sources, file, parsed->diags);
  return parsed;
}

// The initializer of the only field of `class A { T x = <expr>; }`.
const Expr* fieldInit(const Parsed& p) {
  const auto* field = p.unit->types.at(0)->members.at(0)->as<FieldDecl>();
  return field->initializer.get();
}

std::unique_ptr<Parsed> parseExpr(const std::string& expr) { return parse("class A {\n int x = " + expr + ";\n}"); }

// Prints an expression tree fully parenthesized, to check shape.
std::string shape(const Expr* e) {
  if (e == nullptr) return "null";
  switch (e->kind) {
    case NodeKind::Name: return e->as<NameExpr>()->name;
    case NodeKind::Literal: return e->as<LiteralExpr>()->text;
    case NodeKind::Binary: {
      const auto* b = e->as<BinaryExpr>();
      static const char* kOps[] = {"*", "/", "%", "+", "-", "<<", ">>", ">>>", "<", ">", "<=", ">=", "==", "!=",
                                   "&", "^", "|", "&&", "||"};
      return "(" + shape(b->left.get()) + kOps[static_cast<int>(b->op)] + shape(b->right.get()) + ")";
    }
    case NodeKind::Assign: {
      const auto* a = e->as<AssignExpr>();
      return "(" + shape(a->target.get()) + (a->compoundOp ? "op=" : "=") + shape(a->value.get()) + ")";
    }
    case NodeKind::Conditional: {
      const auto* c = e->as<ConditionalExpr>();
      return "(" + shape(c->condition.get()) + "?" + shape(c->thenExpr.get()) + ":" + shape(c->elseExpr.get()) + ")";
    }
    case NodeKind::Unary: {
      const auto* u = e->as<UnaryExpr>();
      static const char* kOps[] = {"+", "-", "~", "!", "++", "--", "post++", "post--"};
      return std::string("(") + kOps[static_cast<int>(u->op)] + shape(u->operand.get()) + ")";
    }
    case NodeKind::Cast: return "(cast " + shape(e->as<CastExpr>()->operand.get()) + ")";
    case NodeKind::InstanceOf: return "(" + shape(e->as<InstanceOfExpr>()->operand.get()) + " instanceof)";
    case NodeKind::FieldAccess: return shape(e->as<FieldAccessExpr>()->target.get()) + "." + e->as<FieldAccessExpr>()->name;
    case NodeKind::MethodCall: {
      const auto* m = e->as<MethodCallExpr>();
      return (m->target ? shape(m->target.get()) + "." : "") + m->name + "()";
    }
    case NodeKind::ArrayAccess: {
      const auto* a = e->as<ArrayAccessExpr>();
      return shape(a->array.get()) + "[" + shape(a->index.get()) + "]";
    }
    default: return "?";
  }
}

std::string exprShape(const std::string& expr) {
  auto p = parseExpr(expr);
  EXPECT_TRUE(p->errors().empty()) << expr << ": " << (p->errors().empty() ? "" : p->errors()[0]);
  if (p->unit->types.empty()) return "no unit";
  return shape(fieldInit(*p));
}

// ---------------------------------------------------------------- declarations

TEST(Parser, BuildsPackageImportsAndClassMembersInSourceOrder) {
  auto p = parse(
      "package a.b;\nimport java.util.Random;\nimport c.*;\n"
      "public abstract class A extends B implements C, D {\n"
      "  static int x, y[] = {1};\n  A(int n) { super(n); }\n  abstract int f()[];\n  static { }\n}\n");
  ASSERT_TRUE(p->errors().empty()) << p->errors()[0];
  const CompilationUnit& unit = *p->unit;
  EXPECT_EQ(unit.packageName, (std::vector<std::string>{"a", "b"}));
  ASSERT_EQ(unit.imports.size(), 2u);
  EXPECT_EQ(unit.imports[0].name, (std::vector<std::string>{"java", "util", "Random"}));
  EXPECT_TRUE(unit.imports[1].isOnDemand);
  const ClassDecl& a = *unit.types.at(0);
  EXPECT_EQ(a.name, "A");
  EXPECT_EQ(a.modifiers, kPublic | kAbstract);
  EXPECT_EQ(a.location, (SourceLocation{0, 4, 1}));
  EXPECT_EQ(a.nameLocation, (SourceLocation{0, 4, 23}));
  EXPECT_EQ(a.superclass->name, (std::vector<std::string>{"B"}));
  EXPECT_EQ(a.interfaces.size(), 2u);
  ASSERT_EQ(a.members.size(), 5u);
  // `int x, y[]` is two fields; y's C-style dims fold into its type.
  const auto* x = a.members[0]->as<FieldDecl>();
  const auto* y = a.members[1]->as<FieldDecl>();
  EXPECT_EQ(x->name, "x");
  EXPECT_EQ(x->type->arrayDims, 0);
  EXPECT_EQ(y->type->arrayDims, 1);
  EXPECT_EQ(y->location, (SourceLocation{0, 5, 17}));
  EXPECT_EQ(x->owner, &a);
  EXPECT_TRUE(y->initializer->is<ArrayInitializerExpr>());
  const auto* ctor = a.members[2]->as<MethodDecl>();
  EXPECT_TRUE(ctor->isConstructor);
  EXPECT_TRUE(ctor->body->statements.at(0)->as<ExplicitConstructorCallStmt>()->isSuper);
  const auto* f = a.members[3]->as<MethodDecl>();
  EXPECT_EQ(f->returnType->arrayDims, 1);  // int f()[]
  EXPECT_EQ(f->body, nullptr);
  EXPECT_TRUE(a.members[4]->as<InitializerDecl>()->isStatic);
}

TEST(Parser, NestedStaticClassKnowsItsEnclosingClass) {
  auto p = parse("class A { static class B { } interface I { class C { } } }");
  ASSERT_TRUE(p->errors().empty()) << p->errors()[0];
  const ClassDecl& a = *p->unit->types[0];
  const auto* b = a.members[0]->as<ClassDecl>();
  EXPECT_EQ(b->enclosing, &a);
  EXPECT_EQ(b->owner, &a);
  const auto* i = a.members[1]->as<ClassDecl>();
  EXPECT_EQ(i->classKind, ClassKind::Interface);
  EXPECT_EQ(i->members[0]->as<ClassDecl>()->enclosing, i);
}

TEST(Parser, MemberClassWithoutStaticIsRejectedAsInnerClass) {
  auto p = parse("class A {\n  class Inner { }\n}");
  EXPECT_EQ(p->errors(), (std::vector<std::string>{"2:9: inner classes are not supported yet; declare Inner static"}));
}

TEST(Parser, ParametersLocalsAndBlocksCarryPositions) {
  auto p = parse("class A {\n  void f(final int a, String[] b) {\n    int c[] = new int[3][];\n  }\n}");
  ASSERT_TRUE(p->errors().empty()) << p->errors()[0];
  const auto* f = p->unit->types[0]->members[0]->as<MethodDecl>();
  EXPECT_EQ(f->nameLocation, (SourceLocation{0, 2, 8}));
  EXPECT_EQ(f->parameters[0]->modifiers, kFinal);
  EXPECT_EQ(f->parameters[1]->type->arrayDims, 1);
  EXPECT_EQ(f->body->closingBrace, (SourceLocation{0, 4, 3}));
  const auto* locals = f->body->statements[0]->as<LocalVarsStmt>();
  EXPECT_EQ(locals->variables[0]->type->arrayDims, 1);
  const auto* array = locals->variables[0]->initializer->as<NewArrayExpr>();
  EXPECT_EQ(array->dimensions.size(), 1u);
  EXPECT_EQ(array->extraDims, 1);
}

TEST(Parser, StatementsBuildTheirShapes) {
  auto p = parse(
      "class A { void f(int[] a) {\n"
      "  outer: for (int i = 0, j = 1; i < 3; i++, j--) { continue outer; }\n"
      "  for (int v : a) break;\n"
      "  switch (a[0]) { case 1: case 2: f(a); break; default: }\n"
      "  try { f(a); } catch (RuntimeException | Error e) { } finally { }\n"
      "  do { } while (false);\n"
      "}}");
  ASSERT_TRUE(p->errors().empty()) << p->errors()[0];
  const auto& s = p->unit->types[0]->members[0]->as<MethodDecl>()->body->statements;
  const auto* labeled = s[0]->as<LabeledStmt>();
  EXPECT_EQ(labeled->label, "outer");
  const auto* loop = labeled->body->as<ForStmt>();
  EXPECT_EQ(loop->init[0]->as<LocalVarsStmt>()->variables.size(), 2u);
  EXPECT_EQ(loop->updates.size(), 2u);
  EXPECT_EQ(s[1]->as<ForEachStmt>()->variable->variableKind, VariableKind::ForEachVariable);
  const auto* sw = s[2]->as<SwitchStmt>();
  ASSERT_EQ(sw->groups.size(), 2u);
  EXPECT_EQ(sw->groups[0].labels.size(), 2u);
  EXPECT_EQ(sw->groups[0].statements.size(), 2u);
  EXPECT_TRUE(sw->groups[1].hasDefault);
  const auto* tryStmt = s[3]->as<TryStmt>();
  EXPECT_EQ(tryStmt->catches[0].parameter->alternatives.size(), 2u);
  EXPECT_NE(tryStmt->finallyBlock, nullptr);
  EXPECT_TRUE(s[4]->is<DoWhileStmt>());
}

// ---------------------------------------------------------------- expressions

TEST(Parser, OperatorsFollowJavaPrecedence) {
  EXPECT_EQ(exprShape("a + b * c"), "(a+(b*c))");
  EXPECT_EQ(exprShape("a << b + c"), "(a<<(b+c))");
  EXPECT_EQ(exprShape("a < b == c > d"), "((a<b)==(c>d))");
  EXPECT_EQ(exprShape("a & b ^ c | d"), "(((a&b)^c)|d)");
  EXPECT_EQ(exprShape("a || b && c"), "(a||(b&&c))");
  EXPECT_EQ(exprShape("-a * b"), "((-a)*b)");
  EXPECT_EQ(exprShape("!a.b()"), "(!a.b())");
  EXPECT_EQ(exprShape("a++ + ++b"), "((post++a)+(++b))");
  EXPECT_EQ(exprShape("a instanceof B == c"), "((a instanceof)==c)");
  EXPECT_EQ(exprShape("a < b instanceof C"), "((a<b) instanceof)");
}

TEST(Parser, BinaryOperatorsAreLeftAndAssignmentsRightAssociative) {
  EXPECT_EQ(exprShape("a - b - c"), "((a-b)-c)");
  EXPECT_EQ(exprShape("a / b * c"), "((a/b)*c)");
  EXPECT_EQ(exprShape("a = b += c"), "(a=(bop=c))");
  EXPECT_EQ(exprShape("a ? b : c ? d : e"), "(a?b:(c?d:e))");
}

TEST(Parser, AdjacentGreaterThansFormShiftOperators) {
  EXPECT_EQ(exprShape("a >> b"), "(a>>b)");
  EXPECT_EQ(exprShape("a >>> b"), "(a>>>b)");
  EXPECT_EQ(exprShape("a >> b > c"), "((a>>b)>c)");
  auto assign = parseExpr("a >>>= 2");
  ASSERT_TRUE(assign->errors().empty());
  EXPECT_EQ(fieldInit(*assign)->as<AssignExpr>()->compoundOp, BinaryOp::Ushr);
  EXPECT_EQ(parseExpr("a > > b")->errors(), (std::vector<std::string>{"2:14: illegal start of expression"}));
}

TEST(Parser, CastTakesAnyOperandOnlyForPrimitiveTypes) {
  EXPECT_EQ(exprShape("(a) - b"), "(a-b)");    // reference type: a subtraction
  EXPECT_EQ(exprShape("(int) -b"), "(cast (-b))");
  EXPECT_EQ(exprShape("(int) a * b"), "((cast a)*b)");
  EXPECT_EQ(exprShape("(A) b.c"), "(cast b.c)");
  EXPECT_EQ(exprShape("(int[]) b"), "(cast b)");
}

TEST(Parser, OperatorNodesArePlacedAtTheirOperator) {
  auto p = parseExpr("a.b(c) + d.e");
  ASSERT_TRUE(p->errors().empty());
  const auto* plus = fieldInit(*p)->as<BinaryExpr>();
  EXPECT_EQ(plus->location, (SourceLocation{0, 2, 17}));
  const auto* call = plus->left->as<MethodCallExpr>();
  EXPECT_EQ(call->location, (SourceLocation{0, 2, 13}));  // the '(', as javac places a call
  EXPECT_EQ(call->nameLocation, (SourceLocation{0, 2, 12}));
  const auto* access = plus->right->as<FieldAccessExpr>();
  EXPECT_EQ(access->nameLocation, (SourceLocation{0, 2, 21}));
  EXPECT_TRUE(parseExpr("(a)")->unit->types[0]->members[0]->as<FieldDecl>()->initializer->parenthesized);
}

TEST(Parser, OnlyStatementExpressionsStandAsStatements) {
  auto p = parse("class A { void f() {\n  a + 1;\n  (a = 1);\n  a;\n  a = 1; a++; f(); new A();\n}}");
  EXPECT_EQ(p->errors(), (std::vector<std::string>{"2:5: not a statement", "3:3: not a statement",
                                                   "4:3: not a statement"}));
}

// ---------------------------------------------------------------- literals

const LiteralExpr* literalOf(const Parsed& p) {
  const Expr* e = fieldInit(p);
  if (e->is<UnaryExpr>()) e = e->as<UnaryExpr>()->operand.get();
  return e->as<LiteralExpr>();
}

template <typename T>
T valueOf(const std::string& literal) {
  auto p = parseExpr(literal);
  EXPECT_TRUE(p->errors().empty()) << literal << ": " << (p->errors().empty() ? "" : p->errors()[0]);
  if (p->unit->types.empty()) return T{};
  return std::get<T>(literalOf(*p)->value);
}

std::string literalError(const std::string& literal) {
  auto errors = parseExpr(literal)->errors();
  return errors.empty() ? "" : errors[0];
}

TEST(Parser, IntegerLiteralsDecodeEveryRadixAndBoundary) {
  EXPECT_EQ(valueOf<int32_t>("2147483647"), 2147483647);
  EXPECT_EQ(valueOf<int32_t>("0x7fff_ffff"), 0x7fffffff);
  EXPECT_EQ(valueOf<int32_t>("0xFFFFFFFF"), -1);
  EXPECT_EQ(valueOf<int32_t>("017"), 15);
  EXPECT_EQ(valueOf<int32_t>("0b1010"), 10);
  EXPECT_EQ(valueOf<int32_t>("1_000"), 1000);
  EXPECT_EQ(valueOf<int64_t>("9223372036854775807L"), INT64_MAX);
  EXPECT_EQ(valueOf<int64_t>("0xFFFFFFFFFFFFFFFFL"), -1);
  EXPECT_EQ(literalError("2147483648"), "2:10: integer number too large");
  EXPECT_EQ(literalError("0x1_0000_0000"), "2:10: integer number too large");
  EXPECT_EQ(literalError("9223372036854775808L"), "2:10: integer number too large");
  EXPECT_EQ(literalError("1_"), "2:10: illegal underscore");
  EXPECT_EQ(literalError("0x"), "2:10: hexadecimal numbers must contain at least one hexadecimal digit");
  EXPECT_EQ(literalError("09"), "2:10: illegal digit in an octal literal");
}

TEST(Parser, MinimumIntegersAreLegalOnlyUnderUnaryMinus) {
  auto p = parseExpr("-2147483648");
  ASSERT_TRUE(p->errors().empty());
  EXPECT_TRUE(literalOf(*p)->negatedByParent);
  EXPECT_EQ(std::get<int32_t>(literalOf(*p)->value), INT32_MIN);
  EXPECT_EQ(valueOf<int64_t>("-9223372036854775808L"), INT64_MIN);
  EXPECT_EQ(literalError("-(2147483648)"), "2:12: integer number too large");
}

TEST(Parser, FloatingLiteralsRoundAsJavaDoes) {
  EXPECT_EQ(valueOf<double>("1.5e3"), 1500.0);
  EXPECT_EQ(valueOf<double>(".5"), 0.5);
  EXPECT_EQ(valueOf<double>("1e0d"), 1.0);
  EXPECT_EQ(valueOf<float>("0.1f"), 0.1f);
  EXPECT_EQ(valueOf<double>("0x1.8p1"), 3.0);
  EXPECT_EQ(valueOf<double>("4.9e-324"), 4.9e-324);  // Double.MIN_VALUE: subnormal, not "too small"
  EXPECT_EQ(valueOf<float>("3.4028235e38f"), 3.4028235e38f);
  EXPECT_EQ(literalError("1e400"), "2:10: floating-point number too large");
  EXPECT_EQ(literalError("1e39f"), "2:10: floating-point number too large");
  EXPECT_EQ(literalError("1e-400"), "2:10: floating-point number too small");
  EXPECT_EQ(literalError("1e"), "2:10: malformed floating-point literal");
  EXPECT_TRUE(literalError("0.0e-999").empty());  // zero is never too small
}

TEST(Parser, CharAndStringLiteralsDecodeEveryEscape) {
  EXPECT_EQ(valueOf<int32_t>("'a'"), 'a');
  EXPECT_EQ(valueOf<int32_t>("'\\n'"), '\n');
  EXPECT_EQ(valueOf<int32_t>("'\\''"), '\'');
  EXPECT_EQ(valueOf<int32_t>("'\\377'"), 0377);
  EXPECT_EQ(valueOf<int32_t>("'\\u00e9'"), 0xe9);
  EXPECT_EQ(valueOf<int32_t>("'\xc3\xa9'"), 0xe9);  // UTF-8 source
  EXPECT_EQ(valueOf<std::u16string>("\"a\\tb\\\\\\\"\\0\\s\""), std::u16string(u"a\tb\\\"\0 ", 7));
  EXPECT_EQ(valueOf<std::u16string>("\"\xf0\x9f\x98\x80\""), u"\U0001F600");  // a surrogate pair
  EXPECT_EQ(literalError("\"\\q\""), "2:12: illegal escape character");  // at the q, as javac
  EXPECT_EQ(literalError("''"), "2:10: empty character literal");
  EXPECT_EQ(literalError("'ab'"), "2:10: unclosed character literal");
  EXPECT_EQ(literalError("\"\\u12\""), "2:15: illegal unicode escape");  // at the first non-hex digit
}

// ---------------------------------------------------------------- unsupported features

struct Unsupported {
  const char* source;
  const char* error;
};

TEST(Parser, EveryUnsupportedFeatureIsNamedAtItsPosition) {
  const Unsupported cases[] = {
      {"class A<T> { }", "1:8: generic types are not supported yet"},
      {"class A { java.util.List<String> x; }", "1:25: generic types are not supported yet"},
      {"class A { <T> void f() { } }", "1:11: generic types are not supported yet"},
      {"class A { Object o = new B<>(); }", "1:27: generic types are not supported yet"},
      {"class A { Runnable r = () -> { }; }", "1:24: lambda expressions are not supported yet"},
      {"class A { Object r = String::valueOf; }", "1:28: method references are not supported yet"},
      {"class A { void f() { class L { } } }", "1:22: local classes are not supported yet"},
      {"class A { Object o = new Object() { }; }", "1:35: anonymous classes are not supported yet"},
      {"enum E { X }", "1:1: enums are not supported yet"},
      {"record R(int x) { }", "1:1: records are not supported yet"},
      {"@interface N { }", "1:1: annotation type declarations are not supported yet"},
      {"class A { void f(int... a) { } }", "1:21: varargs are not supported yet"},
      {"interface I { default void f() { } }", "1:15: default methods are not supported yet"},
      {"interface I { static void f() { } }", "1:15: static interface methods are not supported yet"},
      {"interface I { private void f() { } }", "1:15: private interface methods are not supported yet"},
      {"class A { void f() { var x = 1; } }", "1:22: 'var' is not supported yet; declare the variable's type"},
      {"class A { int f(int x) { return switch (x) { default -> 1; }; } }",
       "1:33: switch expressions are not supported yet"},
      {"class A { void f(int x) { switch (x) { case 1 -> f(2); } } }",
       "1:47: switch rules (case ->) are not supported yet"},
      {"class A { String s = \"\"\"\n  hi\"\"\"; }", "1:22: text blocks are not supported yet"},
      {"class A { void f() { assert true; } }", "1:22: assert is not supported yet"},
      {"class A { synchronized void f() { } }",
       "1:11: synchronized is not supported; Plurix runs every step as a transaction"},
      {"class A { void f() { synchronized (this) { } } }",
       "1:22: synchronized is not supported; Plurix runs every step as a transaction"},
      {"class A { void f() { try (R r = g()) { } } }", "1:22: try-with-resources is not supported yet"},
      {"import static java.lang.Math.max;\nclass A { }", "1:8: static imports are not supported yet"},
      {"class A { boolean f(Object o) { return o instanceof String s; } }",
       "1:42: instanceof patterns are not supported yet"},
      {"class A { Object c = String.class; }", "1:22: class literals are not supported yet"},
      {"class A { Object c = int[].class; }", "1:22: class literals are not supported yet"},
      {"class A { Object c = A.this; }",
       "1:22: qualified this (A.this) is not supported yet: inner classes are not supported"},
  };
  for (const Unsupported& c : cases) {
    auto p = parse(c.source);
    EXPECT_EQ(p->errors(), (std::vector<std::string>{c.error})) << c.source;
  }
}

TEST(Parser, RecordsThePositionsJavacReportsAt) {
  auto p = parse("import a.b.C;\nimport d.*;\npublic final class A {\n  void f(int[] x, A y) {\n    y.g(x[0]);\n"
                 "    switch (x[0]) { case 1: default: }\n  }\n}");
  ASSERT_TRUE(p->errors().empty());
  EXPECT_EQ(p->unit->imports[0].lastDotLocation, (SourceLocation{0, 1, 11}));
  EXPECT_EQ(p->unit->imports[1].lastDotLocation, (SourceLocation{0, 2, 9}));
  const ClassDecl& cls = *p->unit->types[0];
  EXPECT_EQ(cls.keywordLocation, (SourceLocation{0, 3, 14}));
  const auto* body = cls.members[0]->as<MethodDecl>()->body.get();
  const auto* call = body->statements[0]->as<ExprStmt>()->expr->as<MethodCallExpr>();
  EXPECT_EQ(call->dotLocation, (SourceLocation{0, 5, 6}));
  EXPECT_EQ(call->argumentsLocation, (SourceLocation{0, 5, 8}));
  EXPECT_EQ(call->args[0]->location, (SourceLocation{0, 5, 10}));  // an array access at its '['
  const auto* sw = body->statements[1]->as<SwitchStmt>();
  EXPECT_EQ(sw->groups[0].labelLocations, (std::vector<SourceLocation>{SourceLocation{0, 6, 21}}));
  EXPECT_EQ(sw->groups[0].defaultLocation, (SourceLocation{0, 6, 36}));
}

TEST(Parser, RejectedExpressionStaysAsAnErroneousNode) {
  auto p = parse("class A {\n  Object f() {\n    return String.class;\n  }\n}");
  ASSERT_EQ(p->errors(), std::vector<std::string>{"3:12: class literals are not supported yet"});
  const auto* method = p->unit->types[0]->members[0]->as<MethodDecl>();
  const auto* ret = method->body->statements[0]->as<ReturnStmt>();
  ASSERT_NE(ret->value, nullptr);
  EXPECT_TRUE(ret->value->is<ErroneousExpr>());
}

TEST(Parser, RejectedTypeParametersAreRecordedOnTheirClass) {
  auto p = parse("class A<T> {\n  <U, V> void f(U u) { }\n}");
  EXPECT_EQ(p->errors().size(), 2u);
  EXPECT_EQ(p->unit->types[0]->rejectedTypeParameters, (std::vector<std::string>{"T", "U", "V"}));
}

TEST(Parser, ReportsEveryUnsupportedFeatureOfAFileAndKeepsTheRest) {
  auto p = parse("class A {\n  void f() { assert true; }\n  void g(int... a) { }\n  int h() { return 1; }\n}");
  EXPECT_EQ(p->errors().size(), 2u);
  EXPECT_EQ(p->unit->types[0]->members.size(), 3u);
}

// ---------------------------------------------------------------- syntax errors

struct SyntaxCase {
  const char* source;
  std::vector<std::string> errors;
};

TEST(Parser, SyntaxErrorsUseJavacWordsAndPositions) {
  const SyntaxCase cases[] = {
      {"class A {\n  int x = 1\n  int y;\n}", {"2:12: ';' expected"}},
      {"class A { void f() {\n  if (x > 0 { }\n} }", {"2:12: ')' expected"}},
      {"class A { void f() {\n  int x = );\n} }", {"2:11: illegal start of expression"}},
      {"class A { }\nint stray;", {"2:1: class, interface, or enum expected"}},
      {"class A {\n  void f() {\n  }", {"3:4: reached end of file while parsing"}},
      {"class A {\n  int ;\n}", {"2:6: <identifier> expected"}},
      {"class A {\n  String s = \"open;\n}", {"2:14: unclosed string literal"}},
      {"class A { }\n/* open", {"2:1: unclosed comment"}},
      {"class A {\n  int x = 1 # 2;\n}", {"2:13: illegal character: '#'"}},
      {"class A { int x = 1 \x01; }", {"1:21: illegal character: '\\u0001'"}},
      {"class A { void f(int x) {\n  x++;\n  else { }\n} }", {"3:3: 'else' without 'if'"}},
      {"class A {\n  Object o = new String[][];\n}", {"2:28: array dimension missing"}},
      {"class A { void f(boolean b) {\n  if (b) int x = 1;\n} }", {"2:14: variable declaration not allowed here"}},
      {"class A { void f(boolean b) {\n  while (b) java.lang.String[] s;\n} }",
       {"2:32: variable declaration not allowed here"}},
  };
  for (const SyntaxCase& c : cases) {
    auto p = parse(c.source);
    EXPECT_EQ(p->errors(), c.errors) << c.source;
  }
}

TEST(Parser, FileWithSyntaxErrorsYieldsAnEmptyUnitAndEveryError) {
  auto p = parse("class A {\n  int x = 1\n  void f() { int y = ; }\n}");
  EXPECT_EQ(p->errors().size(), 2u);
  EXPECT_TRUE(p->unit->types.empty());
}

TEST(Parser, InvalidUtf8IsReportedAtItsLine) {
  auto p = parse("class A {\n  int x; \xff\xfe\n}");
  EXPECT_EQ(p->errors(), (std::vector<std::string>{"2:10: invalid UTF-8 byte sequence"}));
  EXPECT_TRUE(p->unit->types.empty());
}

TEST(Parser, NulBytesAreIllegalCharacters) {
  auto p = parse(std::string("class A {\0}", 11));
  EXPECT_EQ(p->errors(), (std::vector<std::string>{"1:10: illegal character: '\\u0000'"}));
}

// ---------------------------------------------------------------- limits

TEST(Parser, BracketNestingIsLimitedTo256) {
  auto nested = [](int depth) { return "class A { int x = " + std::string(depth, '(') + "1" + std::string(depth, ')') + "; }"; };
  EXPECT_TRUE(parse(nested(250))->errors().empty());  // plus the class's own '{'
  auto p = parse(nested(256));
  EXPECT_EQ(p->errors(), (std::vector<std::string>{"1:274: too deeply nested (limit 256)"}));
  EXPECT_EQ(parse(std::string(1 << 20, '('))->errors().size(), 1u);
}

TEST(Parser, UnmatchedAnglesPerStatementAreLimitedTo256) {
  auto chain = [](int n) {
    std::string s = "class A { boolean x = ";
    for (int i = 0; i < n; ++i) s += "a < ";
    return s + "b; }";
  };
  EXPECT_TRUE(parse(chain(200))->errors().empty());
  EXPECT_EQ(parse(chain(257))->errors(),
            (std::vector<std::string>{"1:1049: too many unmatched '<' in one statement (limit 256)"}));
}

TEST(Parser, ExpressionDepthIsLimitedTo1000) {
  auto sum = [](int terms) {
    std::string s = "class A { int x = a";
    for (int i = 1; i < terms; ++i) s += "+a";
    return s + "; }";
  };
  EXPECT_TRUE(parse(sum(1000))->errors().empty());
  EXPECT_EQ(parse(sum(100000))->errors(),
            (std::vector<std::string>{"1:19: expression too complex (nesting limit 1000)"}));
}

TEST(Parser, StatementDepthIsLimitedTo1000) {
  auto ifs = [](int n) {
    std::string s = "class A { void f() { ";
    for (int i = 0; i < n; ++i) s += "if (a) ";
    return s + "f(); } }";
  };
  EXPECT_TRUE(parse(ifs(999))->errors().empty());
  auto p = parse(ifs(1001));
  ASSERT_EQ(p->errors().size(), 1u);
  EXPECT_NE(p->errors()[0].find("statement too deeply nested (nesting limit 1000)"), std::string::npos);
}

TEST(Parser, DeepRecursionWithoutBracketsIsAnErrorNotACrash) {
  // Unary and right-associative chains recurse in the parser itself; its
  // stack budget turns them into an error.
  auto p = parse("class A { int x = " + std::string(200000, '-') + "1; }");
  ASSERT_EQ(p->errors().size(), 1u);
  EXPECT_NE(p->errors()[0].find("too deeply nested"), std::string::npos);
  std::string assigns = "class A { void f() { ";
  for (int i = 0; i < 100000; ++i) assigns += "a = ";
  EXPECT_EQ(parse(assigns + "1; } }")->errors().size(), 1u);
}

}  // namespace
}  // namespace plurix::compiler::parse
