#pragma once
// The state of attributing one class's bodies: where we are (class, member,
// static context), the locals in scope, the jump targets, the checked
// exceptions. One BodyAttributor serves one class; its work is split by
// concern over expression_attribution*.cpp, statement_attribution.cpp and
// body_attribution.cpp. Internal to sema: other passes use body_attribution.h.
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "compiler/ast/ast.h"
#include "compiler/sema/checked_exceptions.h"
#include "compiler/sema/local_scope.h"
#include "compiler/sema/overload_resolution.h"
#include "compiler/sema/sema_context.h"
#include "compiler/sema/type_resolution.h"

namespace plurix::compiler::sema {

// Where javac reports a problem with the selection `a.b` or `a.m()`: at the
// dot; an unqualified name or call at the name.
template <typename Selection>
SourceLocation selectionLocation(const Selection& e) {
  if (e.dotLocation.valid()) return e.dotLocation;
  return e.nameLocation.valid() ? e.nameLocation : e.location;
}

class BodyAttributor {
 public:
  BodyAttributor(SemaContext& ctx, ast::ClassDecl& cls);

  // body_attribution.cpp
  void attributeMembers();
  // Attributes `field`'s initializer once, whichever class asks first.
  void attributeFieldInitializer(ast::FieldDecl& field);

  // expression_attribution.cpp: sets e->type (never null) and returns it; a
  // null `e` (left by a syntax error) yields the Error type.
  const Type* attributeExpr(ast::Expr* e);
  // Attributes `e` and reports it unless assignable to `target` (JLS 5.2);
  // an array initializer takes its element type from `target`.
  void attributeAssignable(ast::Expr* e, const Type* target);

  // statement_attribution.cpp
  void attributeStmt(ast::Stmt* s);
  void attributeBlock(ast::BlockStmt* block);

 private:
  // Far above what the parser lets through, yet far below a stack overflow.
  static constexpr int kMaxExpressionDepth = 1500;
  static constexpr int kMaxStatementDepth = 600;
  struct JumpTarget {
    const ast::Stmt* stmt;
    std::string label;  // empty unless a labelled statement
    bool isLoop;
    bool isSwitch;
  };
  enum class MemberKind { Method, Constructor, InstanceInit, StaticInit, FieldInit };

  // body_attribution.cpp
  void attributeMethod(ast::MethodDecl& method);
  void attributeInitializer(ast::InitializerDecl& init);
  void checkImplicitSuperCall(SourceLocation where);
  // The implicit default constructor's super() call and what it throws.
  void checkDefaultConstructor(SourceLocation where);
  void beginMember(MemberKind kind, ast::MethodDecl* method, bool isStatic);
  // The checked exceptions an instance initializer may throw (JLS 11.2.3).
  std::vector<const Type*> exceptionsEveryConstructorDeclares() const;
  std::string memberDescription() const;

  // expression_attribution.cpp
  const Type* attributeExprKind(ast::Expr* e);
  const Type* attributeLiteral(ast::LiteralExpr* e);
  const Type* attributeThis(ast::ThisExpr* e);
  const Type* attributeConditional(ast::ConditionalExpr* e);
  const Type* attributeInstanceOf(ast::InstanceOfExpr* e);
  const Type* attributeCast(ast::CastExpr* e);
  const Type* attributeArrayAccess(ast::ArrayAccessExpr* e);
  const Type* attributeNewArray(ast::NewArrayExpr* e);
  void attributeArrayInitializer(ast::ArrayInitializerExpr* e, const Type* arrayType);
  const Type* conditionalType(ast::ConditionalExpr* e, const Type* a, const Type* b);
  // Attributes `e` and requires an int after unary promotion (index, dimension).
  void attributeIntOperand(ast::Expr* e);
  void checkAssignable(ast::Expr* e, const Type* target);

  // expression_attribution_operators.cpp
  const Type* attributeUnary(ast::UnaryExpr* e);
  const Type* attributeBinary(ast::BinaryExpr* e);
  const Type* attributeAssign(ast::AssignExpr* e);
  // The operation type of `left op right`, or null if the operands do not fit the operator.
  const Type* binaryOperationType(ast::BinaryOp op, const Type* left, const Type* right);
  void reportBadOperands(ast::BinaryOp op, const Type* left, const Type* right, SourceLocation where);

  // expression_attribution_names.cpp
  // Attributes a name or field access that may denote a package or a type
  // (the qualifier of a.b.c or of a method call).
  const Type* attributeQualifier(ast::Expr* e);
  const Type* attributeName(ast::NameExpr* e, bool allowTypeOrPackage);
  const Type* attributeFieldAccess(ast::FieldAccessExpr* e, bool allowTypeOrPackage);
  const Type* selectField(ast::FieldAccessExpr* e, const Type* targetType, bool throughType);
  const Type* useField(ast::Expr* e, const FieldSymbol* field, bool simpleOrTypeQualified);
  // A variable as the target of = or op= or ++/--: reports "unexpected type"
  // for a value and the final-variable errors; returns its type.
  const Type* attributeAssignmentTarget(ast::Expr* target);
  void checkFinalAssignment(ast::Expr* target);
  void ensureFieldConstant(const FieldSymbol* field);
  bool isStaticContext() const { return staticContext_ || constructorPrologue_; }
  void reportStaticContext(SourceLocation where, const std::string& what);

  // expression_attribution_calls.cpp
  const Type* attributeMethodCall(ast::MethodCallExpr* e);
  const Type* attributeNew(ast::NewExpr* e);
  // Attributes `args`; returns false if any of them has the Error type.
  bool attributeArguments(std::vector<ast::Own<ast::Expr>>& args, std::vector<const Type*>* types);
  // Picks the constructor of `cls` for `argTypes`; reports at `where` on
  // failure, or at the one mismatched argument of `args` (javac's compact form).
  const MethodSymbol* resolveConstructor(const ClassSymbol* cls, const std::vector<const Type*>& argTypes,
                                         SourceLocation where, const std::vector<ast::Own<ast::Expr>>* args = nullptr);
  // Reports a call that overload resolution failed: javac's compact form at
  // the mismatched argument, else the full message at `where`.
  void reportFailedCall(const OverloadResult& result, std::string_view name, bool isConstructor,
                        const std::vector<const MethodSymbol*>& candidates, const std::vector<const Type*>& argTypes,
                        const std::vector<ast::Own<ast::Expr>>* args, SourceLocation where);
  void noteThrows(const MethodSymbol* method, SourceLocation where);
  void attributeExplicitConstructorCall(ast::ExplicitConstructorCallStmt* s);

  // statement_attribution.cpp
  void attributeLocalVars(ast::LocalVarsStmt* s);
  void declareLocal(ast::VariableDecl* var);
  void attributeCondition(ast::Expr* e);
  void attributeSwitch(ast::SwitchStmt* s);
  void attributeTry(ast::TryStmt* s);
  // JLS 11.2.3: `caught` is a subclass of what a clause before `clause` catches.
  bool caughtByEarlierClause(const std::vector<std::vector<const Type*>>& caughtPerClause, size_t clause,
                             const Type* caught) const;
  void attributeForEach(ast::ForEachStmt* s);
  void attributeReturn(ast::ReturnStmt* s);
  void attributeThrow(ast::ThrowStmt* s);
  void attributeJump(ast::Stmt* s, const std::string& label, bool isContinue);
  void attributeLoopBody(ast::Stmt* loop, ast::Stmt* body);
  const Type* catchParameterType(ast::VariableDecl* parameter, std::vector<const Type*>* caught);

  const Type* resolveType(ast::TypeRef* ref);
  const Type* errorType() const { return ctx_.types.errorType(); }
  const Type* stringType();
  const Type* classTypeOf(const ClassSymbol* cls) { return ctx_.types.classType(cls); }

  SemaContext& ctx_;
  ast::ClassDecl& cls_;
  const ClassSymbol* classSymbol_;
  // What instance initializers may throw (JLS 11.2.3), computed on first use.
  std::optional<std::vector<const Type*>> initializerExceptions_;
  TypeScope typeScope_;
  CheckedExceptions exceptions_;
  LocalScope scope_;
  std::vector<JumpTarget> jumpTargets_;
  MemberKind memberKind_ = MemberKind::Method;
  ast::MethodDecl* method_ = nullptr;  // the method or constructor being attributed
  bool staticContext_ = false;
  // Inside the arguments of this(...)/super(...): the object is not built yet.
  bool constructorPrologue_ = false;
  // The this(...)/super(...) that opens the current constructor, if any: the
  // only place such a call is legal.
  const ast::Stmt* permittedConstructorCall_ = nullptr;
  // Per catch parameter, what its try body may throw: `throw e` rethrows
  // exactly those (JLS 11.2.2), not the parameter's declared type.
  std::vector<std::pair<const ast::VariableDecl*, std::vector<const Type*>>> rethrowable_;
  int exprDepth_ = 0;
  int stmtDepth_ = 0;
};

}  // namespace plurix::compiler::sema
