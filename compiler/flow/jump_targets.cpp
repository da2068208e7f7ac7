#include "compiler/flow/jump_targets.h"

namespace plurix::compiler::flow {

bool isLoop(const ast::Stmt& stmt) {
  return stmt.is<ast::WhileStmt>() || stmt.is<ast::DoWhileStmt>() || stmt.is<ast::ForStmt>() ||
         stmt.is<ast::ForEachStmt>();
}

namespace {

const ast::LabeledStmt* findLabel(const std::vector<const ast::Stmt*>& enclosing, std::string_view label) {
  for (auto it = enclosing.rbegin(); it != enclosing.rend(); ++it) {
    if (!(*it)->is<ast::LabeledStmt>()) continue;
    const auto* labeled = (*it)->as<ast::LabeledStmt>();
    if (labeled->label == label) return labeled;
  }
  return nullptr;
}

}  // namespace

const ast::Stmt* JumpTargets::breakTarget(const ast::BreakStmt& b) const {
  if (!b.label.empty()) return findLabel(enclosing_, b.label);
  for (auto it = enclosing_.rbegin(); it != enclosing_.rend(); ++it) {
    if (isLoop(**it) || (*it)->is<ast::SwitchStmt>()) return *it;
  }
  return nullptr;
}

const ast::Stmt* JumpTargets::continueTarget(const ast::ContinueStmt& c) const {
  if (c.label.empty()) {
    for (auto it = enclosing_.rbegin(); it != enclosing_.rend(); ++it) {
      if (isLoop(**it)) return *it;
    }
    return nullptr;
  }
  const ast::LabeledStmt* labeled = findLabel(enclosing_, c.label);
  // As javac: in `a: b: while (…)` only b names the loop.
  const ast::Stmt* body = labeled != nullptr ? labeled->body.get() : nullptr;
  return body != nullptr && isLoop(*body) ? body : nullptr;
}

}  // namespace plurix::compiler::flow
