#pragma once
// Definite assignment inside one body (JLS chapter 16): which tracked
// variables are definitely assigned (DA) and definitely unassigned (DU) at
// every point, with the boolean rules for &&, ||, !, ?: and constants, jumps
// merged where they land, and the two-pass DU fixpoint of loops that javac
// runs. Reports reads of variables that are not DA and assignments to blank
// finals that are not DU. Which fields are tracked is the caller's choice
// (definite_assignment.h decides it per initializer and constructor).
#include <string>
#include <unordered_map>
#include <vector>

#include "compiler/ast/ast.h"
#include "compiler/flow/flow_reporter.h"
#include "compiler/flow/jump_targets.h"
#include "compiler/flow/reachability.h"
#include "compiler/flow/var_set.h"

namespace plurix::compiler::flow {

// The DA and DU sets at one point of a body.
struct AssignmentState {
  VarSet assigned;    // definitely assigned
  VarSet unassigned;  // definitely unassigned
};

class AssignmentAnalyzer {
 public:
  AssignmentAnalyzer(FlowReporter& reporter, const ReachabilityFacts& facts)
      : reporter_(reporter), facts_(facts) {}

  // Tracks blank final field `field` from now on, as unassigned.
  void trackField(const ast::FieldDecl& field);
  // Where the code analyzed next runs: whether tracked fields are visible
  // (initializers and constructors not starting with this(...)), whether the
  // context is static, and whether it is a constructor delegating to this(...).
  void enterContext(bool fieldsVisible, bool isStatic, bool delegatingConstructor);

  // Analyzes `e` / `s` from the current state, moving the state past it.
  void expression(const ast::Expr* e);
  void statement(const ast::Stmt* s);
  // Declares a parameter (or other variable that is assigned on entry).
  void parameter(const ast::VariableDecl& p);

  AssignmentState& state() { return state_; }
  // The tracked fields not DA in `state`, in declaration order.
  std::vector<const ast::FieldDecl*> unassignedFields(const AssignmentState& state) const;
  // The states at the `return` statements since the last call, with their
  // statements; forgets every other pending jump.
  std::vector<std::pair<const ast::ReturnStmt*, AssignmentState>> takeReturns();

 private:
  struct Variable {
    std::string name;
    const ast::FieldDecl* field = nullptr;  // null for a local
    bool isStatic = false;
    bool blankFinal = false;  // an assignment must find it DU
  };
  struct Split {
    AssignmentState whenTrue;
    AssignmentState whenFalse;
  };
  struct PendingJump {
    const ast::Stmt* target;  // null for a return
    bool isContinue;
    const ast::Stmt* jump;
    AssignmentState state;
  };

  size_t declare(const ast::VariableDecl& v);
  std::optional<size_t> trackedVariable(const ast::Expr& e) const;
  std::optional<size_t> trackedField(const sema::FieldSymbol* field) const;
  const sema::FieldSymbol* thisQualifiedField(const ast::Expr& e) const;
  void checkRead(const ast::Expr& e);
  void checkAssign(const ast::Expr& target);
  void assign(size_t v, SourceLocation where);

  Split condition(const ast::Expr* e);
  void assignment(const ast::AssignExpr& e);
  void increment(const ast::UnaryExpr& e);
  AssignmentState dead() const;
  static AssignmentState meet(AssignmentState a, const AssignmentState& b);

  void block(const std::vector<ast::Own<ast::Stmt>>& statements);
  void ifStatement(const ast::IfStmt& s);
  void whileLoop(const ast::WhileStmt& s);
  void doLoop(const ast::DoWhileStmt& s);
  void forLoop(const ast::ForStmt& s);
  void forEachLoop(const ast::ForEachStmt& s);
  void switchStatement(const ast::SwitchStmt& s);
  void tryStatement(const ast::TryStmt& s);
  void jump(const ast::Stmt& s, const ast::Stmt* target, bool isContinue);
  template <typename OnePass>
  void loop(const ast::Stmt& s, size_t mark, OnePass onePass);
  void resolve(const ast::Stmt& s, bool continues, size_t mark);

  FlowReporter& reporter_;
  const ReachabilityFacts& facts_;
  JumpTargets targets_;
  std::vector<Variable> variables_;
  std::unordered_map<const ast::VariableDecl*, size_t> locals_;
  std::unordered_map<const ast::FieldDecl*, size_t> fields_;
  std::vector<size_t> declared_;  // the local declarations met inside switch statements, in order
  size_t switchDepth_ = 0;
  AssignmentState state_;
  VarSet unassignedInTry_;  // DU everywhere in the innermost try block so far
  std::vector<PendingJump> pending_;
  bool fieldsVisible_ = false;
  bool staticContext_ = false;
  bool delegatingConstructor_ = false;
  bool secondLoopPass_ = false;
  size_t budget_ = kStatementBudget;

  // Nested loops may each need a second pass; past this many statements the
  // second passes are skipped, so a pathological input cannot take 2^depth.
  static constexpr size_t kStatementBudget = 1'000'000;
};

}  // namespace plurix::compiler::flow
