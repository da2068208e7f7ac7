#pragma once
// The abstract syntax tree of the Plurix Java dialect: ours, independent of
// the ANTLR parse tree, with an exact SourceLocation on every node.
//
// Ownership: a node owns its children through unique_ptr; a CompilationUnit
// owns everything below it. Dispatch is by `kind` plus static_cast (no RTTI
// needed; `as<T>()` asserts the kind in debug builds).
//
// The parser fills the syntax fields. Semantic analysis fills the fields under
// "filled by sema" (resolved types, symbols, constants); the flow checks and
// the code generator read them. Sema's types are only forward-declared here so
// the AST does not depend on sema.
#include <cassert>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "compiler/diag/source_location.h"

namespace plurix::compiler::sema {
class Type;
class ClassSymbol;
class FieldSymbol;
class MethodSymbol;
}  // namespace plurix::compiler::sema

namespace plurix::compiler::ast {

// ---------------------------------------------------------------- modifiers

enum Modifier : uint32_t {
  kPublic = 1u << 0,
  kProtected = 1u << 1,
  kPrivate = 1u << 2,
  kStatic = 1u << 3,
  kFinal = 1u << 4,
  kAbstract = 1u << 5,
  kNative = 1u << 6,
  kSynchronized = 1u << 7,
  kTransient = 1u << 8,
  kVolatile = 1u << 9,
  kStrictfp = 1u << 10,
  kDefault = 1u << 11,  // interface default method (rejected: not supported yet)
};
using Modifiers = uint32_t;

struct Annotation {
  SourceLocation location;
  std::string name;  // as written, e.g. "Override" or "java.lang.Override"
};

// ---------------------------------------------------------------- constants

// The value of a constant expression (JLS 15.29), filled by sema. byte, short,
// char and int constants are held as int32_t; the expression's type says which.
// Strings are UTF-16, as Java's.
using ConstantValue = std::variant<bool, int32_t, int64_t, float, double, std::u16string>;

// ---------------------------------------------------------------- nodes

enum class NodeKind : uint8_t {
  // types as written
  TypeRef,
  // expressions
  Literal, Name, FieldAccess, MethodCall, New, NewArray, ArrayInitializer, ArrayAccess, Unary,
  Binary, Assign, Conditional, InstanceOf, Cast, This, ClassLiteral, Erroneous,
  // statements
  Block, LocalVars, ExprStmt, If, While, DoWhile, For, ForEach, Labeled, Break, Continue, Return,
  Throw, Try, Switch, Empty, ExplicitConstructorCall,
  // declarations
  Variable, Field, Method, Initializer, Class, CompilationUnit,
};

struct Node {
  explicit Node(NodeKind k, SourceLocation loc) : kind(k), location(loc) {}
  virtual ~Node() = default;
  Node(const Node&) = delete;
  Node& operator=(const Node&) = delete;

  template <typename T>
  T* as() {
    assert(kind == T::kKind);
    return static_cast<T*>(this);
  }
  template <typename T>
  const T* as() const {
    assert(kind == T::kKind);
    return static_cast<const T*>(this);
  }
  template <typename T>
  bool is() const {
    return kind == T::kKind;
  }

  const NodeKind kind;
  SourceLocation location;  // first token of the construct (operators: the operator token)
};

template <typename T>
using Own = std::unique_ptr<T>;

// ---------------------------------------------------------------- types

enum class PrimitiveKind : uint8_t { Boolean, Byte, Short, Char, Int, Long, Float, Double, Void };

// A type as written in the source: a primitive or a (possibly qualified) class
// name, followed by array brackets.
struct TypeRef : Node {
  static constexpr NodeKind kKind = NodeKind::TypeRef;
  explicit TypeRef(SourceLocation loc) : Node(kKind, loc) {}

  bool isPrimitive = false;
  PrimitiveKind primitive = PrimitiveKind::Void;
  std::vector<std::string> name;  // qualified name parts, e.g. {"java","lang","String"}
  int arrayDims = 0;

  // filled by sema
  const sema::Type* resolved = nullptr;
};

// ---------------------------------------------------------------- expressions

struct Expr : Node {
  using Node::Node;
  // filled by sema
  const sema::Type* type = nullptr;         // the expression's static type
  std::optional<ConstantValue> constant;   // set iff a constant expression (JLS 15.29)
  bool parenthesized = false;               // written inside ( ), matters for a few checks
};

enum class LiteralKind : uint8_t { Int, Long, Float, Double, Char, String, Boolean, Null };

struct LiteralExpr : Expr {
  static constexpr NodeKind kKind = NodeKind::Literal;
  explicit LiteralExpr(SourceLocation loc) : Expr(kKind, loc) {}
  LiteralKind literalKind = LiteralKind::Null;
  std::string text;  // the token as written (for diagnostics)
  // The decoded value, set by the parser, which also reports malformed or
  // out-of-range literals (2147483648 is accepted only as the operand of
  // unary minus: `negatedByParent`).
  ConstantValue value = false;
  bool negatedByParent = false;
};

struct VariableDecl;
struct ClassDecl;
struct MethodDecl;

// What a simple or qualified name turned out to mean (JLS 6.5).
enum class NameMeaning : uint8_t { Unresolved, Local, Field, Type, Package, ArrayLength };

// A simple name in an expression: a local, a field, a type or a package prefix.
struct NameExpr : Expr {
  static constexpr NodeKind kKind = NodeKind::Name;
  explicit NameExpr(SourceLocation loc) : Expr(kKind, loc) {}
  std::string name;

  // filled by sema
  NameMeaning meaning = NameMeaning::Unresolved;
  VariableDecl* local = nullptr;               // meaning == Local: the declaring node
  const sema::FieldSymbol* field = nullptr;    // meaning == Field
  const sema::ClassSymbol* classSymbol = nullptr;  // meaning == Type
};

// target.name — a field access, a qualified type or package name, or
// array.length. `super.name` has a This target with `isSuper`.
struct FieldAccessExpr : Expr {
  static constexpr NodeKind kKind = NodeKind::FieldAccess;
  explicit FieldAccessExpr(SourceLocation loc) : Expr(kKind, loc) {}
  Own<Expr> target;
  std::string name;
  SourceLocation nameLocation;
  SourceLocation dotLocation;  // the '.' before name, where javac reports a bad selection

  // filled by sema
  NameMeaning meaning = NameMeaning::Unresolved;
  const sema::FieldSymbol* field = nullptr;
  const sema::ClassSymbol* classSymbol = nullptr;
};

// [target.]name(args); target is null for an unqualified call. `super.m()`
// has a This target with isSuper.
struct MethodCallExpr : Expr {
  static constexpr NodeKind kKind = NodeKind::MethodCall;
  explicit MethodCallExpr(SourceLocation loc) : Expr(kKind, loc) {}
  Own<Expr> target;
  std::string name;
  SourceLocation nameLocation;
  SourceLocation dotLocation;  // with a target: the '.' before name, where javac reports a bad call
  std::vector<Own<Expr>> args;
  SourceLocation argumentsLocation;  // the '(', where javac reports what the call may throw

  // filled by sema
  const sema::MethodSymbol* method = nullptr;
  bool targetIsType = false;  // Foo.m(): static call through a type name
};

// new T(args)
struct NewExpr : Expr {
  static constexpr NodeKind kKind = NodeKind::New;
  explicit NewExpr(SourceLocation loc) : Expr(kKind, loc) {}
  Own<TypeRef> classType;
  std::vector<Own<Expr>> args;
  // filled by sema
  const sema::MethodSymbol* constructor = nullptr;
};

struct ArrayInitializerExpr;

// new T[e1][e2][] or new T[]{...}
struct NewArrayExpr : Expr {
  static constexpr NodeKind kKind = NodeKind::NewArray;
  explicit NewArrayExpr(SourceLocation loc) : Expr(kKind, loc) {}
  Own<TypeRef> elementType;         // arrayDims == 0: the element type written
  std::vector<Own<Expr>> dimensions;  // the sized dimensions, outermost first
  int extraDims = 0;                // the trailing [] without size
  Own<ArrayInitializerExpr> initializer;  // non-null iff `new T[]{...}`
};

// { a, b, {c} } in a declaration or after new T[]
struct ArrayInitializerExpr : Expr {
  static constexpr NodeKind kKind = NodeKind::ArrayInitializer;
  explicit ArrayInitializerExpr(SourceLocation loc) : Expr(kKind, loc) {}
  std::vector<Own<Expr>> elements;
};

struct ArrayAccessExpr : Expr {
  static constexpr NodeKind kKind = NodeKind::ArrayAccess;
  explicit ArrayAccessExpr(SourceLocation loc) : Expr(kKind, loc) {}
  Own<Expr> array;
  Own<Expr> index;
};

enum class UnaryOp : uint8_t { Plus, Minus, BitNot, Not, PreIncrement, PreDecrement, PostIncrement, PostDecrement };

struct UnaryExpr : Expr {
  static constexpr NodeKind kKind = NodeKind::Unary;
  explicit UnaryExpr(SourceLocation loc) : Expr(kKind, loc) {}
  UnaryOp op = UnaryOp::Plus;
  Own<Expr> operand;
};

enum class BinaryOp : uint8_t {
  Mul, Div, Rem, Add, Sub, Shl, Shr, Ushr, Lt, Gt, Le, Ge, Eq, Ne, BitAnd, BitXor, BitOr, And, Or,
};

struct BinaryExpr : Expr {
  static constexpr NodeKind kKind = NodeKind::Binary;
  explicit BinaryExpr(SourceLocation loc) : Expr(kKind, loc) {}
  BinaryOp op = BinaryOp::Add;
  Own<Expr> left;
  Own<Expr> right;
};

// target = value, or target op= value (op is the BinaryOp; nullopt for plain =)
struct AssignExpr : Expr {
  static constexpr NodeKind kKind = NodeKind::Assign;
  explicit AssignExpr(SourceLocation loc) : Expr(kKind, loc) {}
  std::optional<BinaryOp> compoundOp;
  Own<Expr> target;
  Own<Expr> value;
};

struct ConditionalExpr : Expr {
  static constexpr NodeKind kKind = NodeKind::Conditional;
  explicit ConditionalExpr(SourceLocation loc) : Expr(kKind, loc) {}
  Own<Expr> condition;
  Own<Expr> thenExpr;
  Own<Expr> elseExpr;
};

struct InstanceOfExpr : Expr {
  static constexpr NodeKind kKind = NodeKind::InstanceOf;
  explicit InstanceOfExpr(SourceLocation loc) : Expr(kKind, loc) {}
  Own<Expr> operand;
  Own<TypeRef> testType;
};

struct CastExpr : Expr {
  static constexpr NodeKind kKind = NodeKind::Cast;
  explicit CastExpr(SourceLocation loc) : Expr(kKind, loc) {}
  Own<TypeRef> targetType;
  Own<Expr> operand;
};

// `this`, `Outer.this` (rejected: inner classes), or the `super` of super.x / super.m().
struct ThisExpr : Expr {
  static constexpr NodeKind kKind = NodeKind::This;
  explicit ThisExpr(SourceLocation loc) : Expr(kKind, loc) {}
  bool isSuper = false;
};

// T.class
struct ClassLiteralExpr : Expr {
  static constexpr NodeKind kKind = NodeKind::ClassLiteral;
  explicit ClassLiteralExpr(SourceLocation loc) : Expr(kKind, loc) {}
  Own<TypeRef> classType;
};

// An expression the parser rejected and already reported (a lambda, an
// anonymous class, ...): it stands where the expression stood so that no later
// pass mistakes the gap for a missing operand; sema gives it the Error type
// without a further diagnostic, flow treats it as evaluating nothing.
struct ErroneousExpr : Expr {
  static constexpr NodeKind kKind = NodeKind::Erroneous;
  explicit ErroneousExpr(SourceLocation loc) : Expr(kKind, loc) {}
};

// ---------------------------------------------------------------- statements

struct Stmt : Node {
  using Node::Node;
};

// A local variable, parameter, catch parameter or enhanced-for variable. This
// node is the variable's identity: NameExpr::local points here.
enum class VariableKind : uint8_t { Local, Parameter, CatchParameter, ForEachVariable };

struct VariableDecl : Node {
  static constexpr NodeKind kKind = NodeKind::Variable;
  explicit VariableDecl(SourceLocation loc) : Node(kKind, loc) {}
  VariableKind variableKind = VariableKind::Local;
  Modifiers modifiers = 0;  // only kFinal is legal
  std::vector<Annotation> annotations;
  Own<TypeRef> type;        // C-style `int a[]` dims already folded in
  std::vector<Own<TypeRef>> alternatives;  // multi-catch `catch (A | B e)`: every type; else empty
  std::string name;
  Own<Expr> initializer;    // may be null
};

struct BlockStmt : Stmt {
  static constexpr NodeKind kKind = NodeKind::Block;
  explicit BlockStmt(SourceLocation loc) : Stmt(kKind, loc) {}
  std::vector<Own<Stmt>> statements;
  SourceLocation closingBrace;  // where "missing return statement" is reported
};

// int a = 1, b[] = {2};
struct LocalVarsStmt : Stmt {
  static constexpr NodeKind kKind = NodeKind::LocalVars;
  explicit LocalVarsStmt(SourceLocation loc) : Stmt(kKind, loc) {}
  std::vector<Own<VariableDecl>> variables;
};

struct ExprStmt : Stmt {
  static constexpr NodeKind kKind = NodeKind::ExprStmt;
  explicit ExprStmt(SourceLocation loc) : Stmt(kKind, loc) {}
  Own<Expr> expr;
};

struct IfStmt : Stmt {
  static constexpr NodeKind kKind = NodeKind::If;
  explicit IfStmt(SourceLocation loc) : Stmt(kKind, loc) {}
  Own<Expr> condition;
  Own<Stmt> thenStmt;
  Own<Stmt> elseStmt;  // may be null
};

struct WhileStmt : Stmt {
  static constexpr NodeKind kKind = NodeKind::While;
  explicit WhileStmt(SourceLocation loc) : Stmt(kKind, loc) {}
  Own<Expr> condition;
  Own<Stmt> body;
};

struct DoWhileStmt : Stmt {
  static constexpr NodeKind kKind = NodeKind::DoWhile;
  explicit DoWhileStmt(SourceLocation loc) : Stmt(kKind, loc) {}
  Own<Stmt> body;
  Own<Expr> condition;
};

struct ForStmt : Stmt {
  static constexpr NodeKind kKind = NodeKind::For;
  explicit ForStmt(SourceLocation loc) : Stmt(kKind, loc) {}
  std::vector<Own<Stmt>> init;     // one LocalVarsStmt, or ExprStmts
  Own<Expr> condition;             // may be null (= true)
  std::vector<Own<Expr>> updates;
  Own<Stmt> body;
};

struct ForEachStmt : Stmt {
  static constexpr NodeKind kKind = NodeKind::ForEach;
  explicit ForEachStmt(SourceLocation loc) : Stmt(kKind, loc) {}
  Own<VariableDecl> variable;
  Own<Expr> iterable;  // must be an array in this dialect
  Own<Stmt> body;
};

struct LabeledStmt : Stmt {
  static constexpr NodeKind kKind = NodeKind::Labeled;
  explicit LabeledStmt(SourceLocation loc) : Stmt(kKind, loc) {}
  std::string label;
  Own<Stmt> body;
};

struct BreakStmt : Stmt {
  static constexpr NodeKind kKind = NodeKind::Break;
  explicit BreakStmt(SourceLocation loc) : Stmt(kKind, loc) {}
  std::string label;  // empty: unlabelled
  // filled by sema/flow: the statement this break exits
  const Stmt* targetStmt = nullptr;
};

struct ContinueStmt : Stmt {
  static constexpr NodeKind kKind = NodeKind::Continue;
  explicit ContinueStmt(SourceLocation loc) : Stmt(kKind, loc) {}
  std::string label;
  const Stmt* targetStmt = nullptr;  // the loop continued
};

struct ReturnStmt : Stmt {
  static constexpr NodeKind kKind = NodeKind::Return;
  explicit ReturnStmt(SourceLocation loc) : Stmt(kKind, loc) {}
  Own<Expr> value;  // may be null
};

struct ThrowStmt : Stmt {
  static constexpr NodeKind kKind = NodeKind::Throw;
  explicit ThrowStmt(SourceLocation loc) : Stmt(kKind, loc) {}
  Own<Expr> exception;
};

struct CatchClause {
  SourceLocation location;
  Own<VariableDecl> parameter;  // its type (or alternatives) names the caught classes
  Own<BlockStmt> body;
};

struct TryStmt : Stmt {
  static constexpr NodeKind kKind = NodeKind::Try;
  explicit TryStmt(SourceLocation loc) : Stmt(kKind, loc) {}
  Own<BlockStmt> body;
  std::vector<CatchClause> catches;
  Own<BlockStmt> finallyBlock;  // may be null
};

// One `case a: case b: default: stmts` group of a switch block.
struct SwitchGroup {
  SourceLocation location;
  std::vector<Own<Expr>> labels;  // the case constants of this group
  std::vector<SourceLocation> labelLocations;  // the `case` keyword of each label, where javac reports it
  bool hasDefault = false;
  SourceLocation defaultLocation;
  std::vector<Own<Stmt>> statements;
};

struct SwitchStmt : Stmt {
  static constexpr NodeKind kKind = NodeKind::Switch;
  explicit SwitchStmt(SourceLocation loc) : Stmt(kKind, loc) {}
  Own<Expr> selector;
  std::vector<SwitchGroup> groups;
};

struct EmptyStmt : Stmt {
  static constexpr NodeKind kKind = NodeKind::Empty;
  explicit EmptyStmt(SourceLocation loc) : Stmt(kKind, loc) {}
};

// this(args); or super(args); as the first statement of a constructor.
struct ExplicitConstructorCallStmt : Stmt {
  static constexpr NodeKind kKind = NodeKind::ExplicitConstructorCall;
  explicit ExplicitConstructorCallStmt(SourceLocation loc) : Stmt(kKind, loc) {}
  bool isSuper = false;
  std::vector<Own<Expr>> args;
  SourceLocation argumentsLocation;  // the '(', where javac reports a misplaced or failed call
  // filled by sema
  const sema::MethodSymbol* constructor = nullptr;
};

// ---------------------------------------------------------------- declarations

struct MemberDecl : Node {
  using Node::Node;
  Modifiers modifiers = 0;
  std::vector<Annotation> annotations;
  ClassDecl* owner = nullptr;  // the class declaring this member (set by the parser)
};

// One field: `int a, b;` becomes two FieldDecls, in source order.
struct FieldDecl : MemberDecl {
  static constexpr NodeKind kKind = NodeKind::Field;
  explicit FieldDecl(SourceLocation loc) : MemberDecl(kKind, loc) {}
  Own<TypeRef> type;
  std::string name;
  Own<Expr> initializer;  // may be null
  // filled by sema
  const sema::FieldSymbol* symbol = nullptr;
};

// A method or constructor (isConstructor; then returnType is null and name is the class name).
struct MethodDecl : MemberDecl {
  static constexpr NodeKind kKind = NodeKind::Method;
  explicit MethodDecl(SourceLocation loc) : MemberDecl(kKind, loc) {}
  bool isConstructor = false;
  Own<TypeRef> returnType;  // void is a primitive TypeRef of kind Void
  std::string name;
  SourceLocation nameLocation;
  std::vector<Own<VariableDecl>> parameters;
  std::vector<Own<TypeRef>> thrownTypes;
  Own<BlockStmt> body;  // null for abstract, native and interface methods
  // filled by sema
  const sema::MethodSymbol* symbol = nullptr;
};

// static { ... } or { ... }
struct InitializerDecl : MemberDecl {
  static constexpr NodeKind kKind = NodeKind::Initializer;
  explicit InitializerDecl(SourceLocation loc) : MemberDecl(kKind, loc) {}
  bool isStatic = false;
  Own<BlockStmt> body;
};

enum class ClassKind : uint8_t { Class, Interface };

struct ClassDecl : MemberDecl {
  static constexpr NodeKind kKind = NodeKind::Class;
  explicit ClassDecl(SourceLocation loc) : MemberDecl(kKind, loc) {}
  ClassKind classKind = ClassKind::Class;
  std::string name;
  SourceLocation nameLocation;
  Own<TypeRef> superclass;                  // `extends` of a class; may be null
  std::vector<Own<TypeRef>> interfaces;     // `implements` of a class, `extends` of an interface
  std::vector<Own<MemberDecl>> members;     // fields, methods, initializers, nested classes, in source order
  ClassDecl* enclosing = nullptr;           // for a static nested class
  SourceLocation keywordLocation;           // `class` or `interface`, where javac reports the default constructor
  // Names of the type parameters of this class and of its methods, which the
  // parser rejects ("generic types are not supported yet"); sema gives a use
  // of them the Error type without a second diagnostic.
  std::vector<std::string> rejectedTypeParameters;
  // filled by sema
  const sema::ClassSymbol* symbol = nullptr;
};

struct ImportDecl {
  SourceLocation location;
  std::vector<std::string> name;  // e.g. {"java","util","Random"}; for `a.b.*`: {"a","b"}
  bool isStatic = false;
  bool isOnDemand = false;        // ends in .*
  SourceLocation lastDotLocation;  // the last '.', where javac reports an unknown package or class
};

struct CompilationUnit : Node {
  static constexpr NodeKind kKind = NodeKind::CompilationUnit;
  explicit CompilationUnit(SourceLocation loc) : Node(kKind, loc) {}
  FileId file = 0;
  std::vector<std::string> packageName;  // empty: the unnamed package
  SourceLocation packageLocation;
  std::vector<ImportDecl> imports;
  std::vector<Own<ClassDecl>> types;
  bool isLibrary = false;  // part of the embedded standard library
  std::string path;        // the source file's path, set by the front end (the
                           // public-class file-name rule reads it; empty: unchecked)
  // Keeps sema's symbol table alive as long as any unit that points into it.
  std::shared_ptr<const void> semaState;
};

}  // namespace plurix::compiler::ast
