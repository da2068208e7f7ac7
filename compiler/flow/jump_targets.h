#pragma once
// Which statement a break or continue leaves (JLS 14.15, 14.16), found from
// the statements enclosing it, so the flow checks do not depend on sema having
// resolved labels. A labelled break exits its LabeledStmt; an unlabelled one
// the innermost loop or switch; a continue names a loop (directly labelled).
#include <optional>
#include <string_view>
#include <variant>
#include <vector>

#include "compiler/ast/ast.h"

namespace plurix::compiler::flow {

class JumpTargets {
 public:
  // The statement `b` exits, or null when there is none (sema reports that).
  const ast::Stmt* breakTarget(const ast::BreakStmt& b) const;
  // The loop `c` continues, or null when there is none or the label names no loop.
  const ast::Stmt* continueTarget(const ast::ContinueStmt& c) const;

 private:
  friend class EnclosingStatement;
  std::vector<const ast::Stmt*> enclosing_;  // labelled statements, loops and switches, outermost first
};

// Makes `stmt` (a LabeledStmt, loop or switch) a possible jump target while in scope.
class EnclosingStatement {
 public:
  EnclosingStatement(JumpTargets& targets, const ast::Stmt& stmt) : targets_(targets) {
    targets_.enclosing_.push_back(&stmt);
  }
  ~EnclosingStatement() { targets_.enclosing_.pop_back(); }
  EnclosingStatement(const EnclosingStatement&) = delete;
  EnclosingStatement& operator=(const EnclosingStatement&) = delete;

 private:
  JumpTargets& targets_;
};

// True for while, do, for and enhanced for.
bool isLoop(const ast::Stmt& stmt);

// The value of `e` if it is a constant expression of type boolean (JLS 15.29).
inline std::optional<bool> booleanConstant(const ast::Expr* e) {
  if (e == nullptr || !e->constant) return std::nullopt;
  if (const bool* value = std::get_if<bool>(&*e->constant)) return *value;
  return std::nullopt;
}

}  // namespace plurix::compiler::flow
