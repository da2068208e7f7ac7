// The statement rules of definite assignment (JLS 16.2); the expression rules
// and the variable bookkeeping are in assignment_analyzer.cpp.
#include <algorithm>
#include <utility>

#include "compiler/flow/assignment_analyzer.h"

namespace plurix::compiler::flow {

void AssignmentAnalyzer::statement(const ast::Stmt* s) {
  if (s == nullptr) return;
  if (budget_ > 0) --budget_;
  switch (s->kind) {
    case ast::NodeKind::Block:
      return block(s->as<ast::BlockStmt>()->statements);
    case ast::NodeKind::LocalVars:
      for (const auto& var : s->as<ast::LocalVarsStmt>()->variables) {
        if (var == nullptr) continue;
        size_t v = declare(*var);
        if (var->initializer == nullptr) continue;
        expression(var->initializer.get());
        state_.assigned.add(v);
        state_.unassigned.remove(v);
      }
      return;
    case ast::NodeKind::ExprStmt:
      return expression(s->as<ast::ExprStmt>()->expr.get());
    case ast::NodeKind::If: return ifStatement(*s->as<ast::IfStmt>());
    case ast::NodeKind::While: return whileLoop(*s->as<ast::WhileStmt>());
    case ast::NodeKind::DoWhile: return doLoop(*s->as<ast::DoWhileStmt>());
    case ast::NodeKind::For: return forLoop(*s->as<ast::ForStmt>());
    case ast::NodeKind::ForEach: return forEachLoop(*s->as<ast::ForEachStmt>());
    case ast::NodeKind::Labeled: {
      const auto* labeled = s->as<ast::LabeledStmt>();
      EnclosingStatement scope(targets_, *labeled);
      size_t mark = pending_.size();
      statement(labeled->body.get());
      return resolve(*labeled, false, mark);
    }
    case ast::NodeKind::Switch: return switchStatement(*s->as<ast::SwitchStmt>());
    case ast::NodeKind::Try: return tryStatement(*s->as<ast::TryStmt>());
    case ast::NodeKind::Break:
      return jump(*s, targets_.breakTarget(*s->as<ast::BreakStmt>()), false);
    case ast::NodeKind::Continue:
      return jump(*s, targets_.continueTarget(*s->as<ast::ContinueStmt>()), true);
    case ast::NodeKind::Return:
      expression(s->as<ast::ReturnStmt>()->value.get());
      return jump(*s, nullptr, false);
    case ast::NodeKind::Throw:
      expression(s->as<ast::ThrowStmt>()->exception.get());
      state_ = dead();
      return;
    case ast::NodeKind::ExplicitConstructorCall:
      for (const auto& arg : s->as<ast::ExplicitConstructorCallStmt>()->args) expression(arg.get());
      return;
    default:
      return;
  }
}

void AssignmentAnalyzer::block(const std::vector<ast::Own<ast::Stmt>>& statements) {
  for (const auto& child : statements) statement(child.get());
}

void AssignmentAnalyzer::jump(const ast::Stmt& s, const ast::Stmt* target, bool isContinue) {
  // A break or continue without a target is sema's error; it still ends the path.
  if (target != nullptr || s.is<ast::ReturnStmt>()) pending_.push_back({target, isContinue, &s, state_});
  state_ = dead();
}

// Merges into the current state the jumps to `s` recorded since `mark`.
void AssignmentAnalyzer::resolve(const ast::Stmt& s, bool continues, size_t mark) {
  auto first = pending_.begin() + static_cast<std::ptrdiff_t>(mark);
  auto kept = std::stable_partition(first, pending_.end(), [&](const PendingJump& j) {
    return !(j.target == &s && j.isContinue == continues);
  });
  for (auto it = kept; it != pending_.end(); ++it) state_ = meet(std::move(state_), it->state);
  pending_.erase(kept, pending_.end());
}

void AssignmentAnalyzer::ifStatement(const ast::IfStmt& s) {
  Split test = condition(s.condition.get());
  state_ = std::move(test.whenTrue);
  statement(s.thenStmt.get());
  AssignmentState afterThen = std::move(state_);
  state_ = std::move(test.whenFalse);
  statement(s.elseStmt.get());
  state_ = meet(std::move(afterThen), state_);
}

// Runs `onePass` (the loop from its entry to its back edge; it returns the
// state in which the loop is left when its condition fails) once, and a
// second time when a variable DU at the entry is no longer DU at the back
// edge: that pass starts with those variables possibly assigned, so a blank
// final assigned in the body is reported "might be assigned in loop"
// (JLS 16.2.10-12). As javac, the state after the loop comes from the first
// pass, and no second pass follows a pass that reported an error.
template <typename OnePass>
void AssignmentAnalyzer::loop(const ast::Stmt& s, size_t mark, OnePass onePass) {
  bool outerSecondPass = secondLoopPass_;
  secondLoopPass_ = false;
  AssignmentState entry = state_;
  AssignmentState exit;
  size_t errorsBefore = reporter_.errorCount();
  for (bool first = true;; first = false) {
    pending_.resize(mark, PendingJump{nullptr, false, nullptr, {}});
    AssignmentState leave = onePass();
    if (first) exit = std::move(leave);
    resolve(s, true, mark);
    if (!first || reporter_.errorCount() != errorsBefore || budget_ == 0) break;
    if (state_.unassigned.containsAll(entry.unassigned)) break;
    entry.unassigned.intersect(state_.unassigned);
    state_ = entry;
    secondLoopPass_ = true;
  }
  secondLoopPass_ = outerSecondPass;
  state_ = std::move(exit);
  resolve(s, false, mark);
}

void AssignmentAnalyzer::whileLoop(const ast::WhileStmt& s) {
  EnclosingStatement scope(targets_, s);
  loop(s, pending_.size(), [&] {
    Split test = condition(s.condition.get());
    state_ = std::move(test.whenTrue);
    statement(s.body.get());
    return std::move(test.whenFalse);
  });
}

void AssignmentAnalyzer::doLoop(const ast::DoWhileStmt& s) {
  EnclosingStatement scope(targets_, s);
  size_t mark = pending_.size();
  loop(s, mark, [&] {
    statement(s.body.get());
    resolve(s, true, mark);
    Split test = condition(s.condition.get());
    state_ = std::move(test.whenTrue);
    return std::move(test.whenFalse);
  });
}

void AssignmentAnalyzer::forLoop(const ast::ForStmt& s) {
  for (const auto& init : s.init) statement(init.get());
  EnclosingStatement scope(targets_, s);
  size_t mark = pending_.size();
  loop(s, mark, [&] {
    // No condition is `true`: the loop is only left by a break.
    Split test = s.condition ? condition(s.condition.get()) : Split{state_, dead()};
    state_ = std::move(test.whenTrue);
    statement(s.body.get());
    resolve(s, true, mark);
    for (const auto& update : s.updates) expression(update.get());
    return std::move(test.whenFalse);
  });
}

void AssignmentAnalyzer::forEachLoop(const ast::ForEachStmt& s) {
  expression(s.iterable.get());
  AssignmentState start = state_;
  if (s.variable != nullptr) parameter(*s.variable);
  EnclosingStatement scope(targets_, s);
  size_t mark = pending_.size();
  loop(s, mark, [&] {
    statement(s.body.get());
    resolve(s, true, mark);
    // Left when the array is exhausted: at the start, or after any iteration.
    AssignmentState leave = start;
    leave.unassigned.intersect(state_.unassigned);
    return leave;
  });
}

void AssignmentAnalyzer::switchStatement(const ast::SwitchStmt& s) {
  expression(s.selector.get());
  EnclosingStatement scope(targets_, s);
  size_t mark = pending_.size();
  AssignmentState atSelector = state_;
  bool hasDefault = false;
  ++switchDepth_;
  for (const ast::SwitchGroup& group : s.groups) {
    // Entered from the selector or by falling through from the group before.
    state_.assigned = atSelector.assigned;
    state_.unassigned.intersect(atSelector.unassigned);
    size_t declaredBefore = declared_.size();
    block(group.statements);
    // A local of one group is in scope, unassigned, in the groups after it.
    for (size_t i = declaredBefore; i < declared_.size(); ++i) {
      atSelector.assigned.remove(declared_[i]);
      atSelector.unassigned.add(declared_[i]);
    }
    hasDefault = hasDefault || group.hasDefault;
  }
  if (--switchDepth_ == 0) declared_.clear();
  if (!hasDefault) {
    state_.assigned = atSelector.assigned;
    state_.unassigned.intersect(atSelector.unassigned);
  }
  resolve(s, false, mark);
}

void AssignmentAnalyzer::tryStatement(const ast::TryStmt& s) {
  size_t mark = pending_.size();
  VarSet outerUnassignedInTry = unassignedInTry_;
  AssignmentState before = state_;
  unassignedInTry_ = state_.unassigned;
  statement(s.body.get());
  unassignedInTry_.intersect(state_.unassigned);
  AssignmentState end = state_;
  // A catch or finally block may start after any part of the try block ran.
  AssignmentState handlerEntry{before.assigned, unassignedInTry_};
  for (const ast::CatchClause& clause : s.catches) {
    state_ = handlerEntry;
    if (clause.parameter != nullptr) parameter(*clause.parameter);
    statement(clause.body.get());
    end = meet(std::move(end), state_);
  }
  if (s.finallyBlock == nullptr) {
    state_ = std::move(end);
  } else {
    size_t finallyMark = pending_.size();
    state_ = AssignmentState{before.assigned, unassignedInTry_};
    statement(s.finallyBlock.get());
    if (facts_.finallyCannotComplete.count(&s) != 0) {
      pending_.erase(pending_.begin() + static_cast<std::ptrdiff_t>(mark),
                     pending_.begin() + static_cast<std::ptrdiff_t>(finallyMark));
    } else {
      // Jumps out of the try run the finally block on their way.
      for (size_t i = mark; i < finallyMark; ++i) {
        pending_[i].state.assigned.unite(state_.assigned);
        pending_[i].state.unassigned.intersect(state_.unassigned);
      }
      state_.unassigned.intersect(end.unassigned);
      state_.assigned.unite(end.assigned);
    }
  }
  unassignedInTry_.intersect(outerUnassignedInTry);
  unassignedInTry_.intersect(state_.unassigned);
}

}  // namespace plurix::compiler::flow
