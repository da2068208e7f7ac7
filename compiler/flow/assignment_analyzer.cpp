#include "compiler/flow/assignment_analyzer.h"

#include <algorithm>
#include <utility>

#include "compiler/sema/symbols.h"

namespace plurix::compiler::flow {

// ---------------------------------------------------------------- variables

void AssignmentAnalyzer::trackField(const ast::FieldDecl& field) {
  size_t v = variables_.size();
  variables_.push_back({field.name, &field, (field.modifiers & ast::kStatic) != 0, true});
  fields_[&field] = v;
  state_.assigned.remove(v);
  state_.unassigned.add(v);
}

void AssignmentAnalyzer::enterContext(bool fieldsVisible, bool isStatic, bool delegatingConstructor) {
  fieldsVisible_ = fieldsVisible;
  staticContext_ = isStatic;
  delegatingConstructor_ = delegatingConstructor;
  pending_.clear();
}

size_t AssignmentAnalyzer::declare(const ast::VariableDecl& decl) {
  // A loop's second pass meets the same declaration again: it keeps its
  // number (nothing of the first pass refers to it any more) and starts
  // unassigned again, so the sets stay as small as the body's locals.
  auto [it, isNew] = locals_.try_emplace(&decl, variables_.size());
  size_t v = it->second;
  if (isNew) {
    bool blankFinal = (decl.modifiers & ast::kFinal) != 0 && decl.variableKind == ast::VariableKind::Local &&
                      decl.initializer == nullptr;
    variables_.push_back({decl.name, nullptr, false, blankFinal});
  }
  if (switchDepth_ > 0) declared_.push_back(v);
  state_.assigned.remove(v);
  state_.unassigned.add(v);
  return v;
}

void AssignmentAnalyzer::parameter(const ast::VariableDecl& p) {
  size_t v = declare(p);
  state_.assigned.add(v);
  state_.unassigned.remove(v);
}

std::vector<const ast::FieldDecl*> AssignmentAnalyzer::unassignedFields(const AssignmentState& state) const {
  std::vector<const ast::FieldDecl*> result;
  for (size_t v = 0; v < variables_.size(); ++v) {
    if (variables_[v].field != nullptr && !state.assigned.has(v)) result.push_back(variables_[v].field);
  }
  return result;
}

std::vector<std::pair<const ast::ReturnStmt*, AssignmentState>> AssignmentAnalyzer::takeReturns() {
  std::vector<std::pair<const ast::ReturnStmt*, AssignmentState>> returns;
  for (PendingJump& j : pending_) {
    if (j.target == nullptr && j.jump->is<ast::ReturnStmt>()) {
      returns.emplace_back(j.jump->as<ast::ReturnStmt>(), std::move(j.state));
    }
  }
  pending_.clear();
  return returns;
}

std::optional<size_t> AssignmentAnalyzer::trackedField(const sema::FieldSymbol* field) const {
  if (!fieldsVisible_ || field == nullptr || field->decl == nullptr) return std::nullopt;
  auto it = fields_.find(field->decl);
  if (it == fields_.end()) return std::nullopt;
  return it->second;
}

// `this.x` counts like `x` (JLS 16); `super.x` and `other.x` do not.
const sema::FieldSymbol* AssignmentAnalyzer::thisQualifiedField(const ast::Expr& e) const {
  if (!e.is<ast::FieldAccessExpr>()) return nullptr;
  const auto* access = e.as<ast::FieldAccessExpr>();
  if (access->target == nullptr || !access->target->is<ast::ThisExpr>()) return nullptr;
  if (access->target->as<ast::ThisExpr>()->isSuper) return nullptr;
  return access->meaning == ast::NameMeaning::Field ? access->field : nullptr;
}

// The tracked variable `e` names by a simple name or `this.x`; nothing for
// what sema could not resolve.
std::optional<size_t> AssignmentAnalyzer::trackedVariable(const ast::Expr& e) const {
  if (e.is<ast::NameExpr>()) {
    const auto* name = e.as<ast::NameExpr>();
    if (name->meaning == ast::NameMeaning::Local && name->local != nullptr) {
      auto it = locals_.find(name->local);
      if (it == locals_.end()) return std::nullopt;
      return it->second;
    }
    if (name->meaning == ast::NameMeaning::Field) return trackedField(name->field);
    return std::nullopt;
  }
  return trackedField(thisQualifiedField(e));
}

// Where javac reports a variable: a name at itself, `this.x` at the dot
// (just before the name, as it is almost always written).
static SourceLocation variableLocation(const ast::Expr& e) {
  if (!e.is<ast::FieldAccessExpr>()) return e.location;
  SourceLocation name = e.as<ast::FieldAccessExpr>()->nameLocation;
  if (!name.valid() || name.column < 2 || name.line != e.location.line) return e.location;
  return {name.file, name.line, name.column - 1};
}

void AssignmentAnalyzer::checkRead(const ast::Expr& e) {
  std::optional<size_t> v = trackedVariable(e);
  if (!v || state_.assigned.has(*v)) return;
  reporter_.error(variableLocation(e), "variable " + variables_[*v].name + " might not have been initialized");
  // As javac: report a variable once per path, not at every later read.
  state_.assigned.add(*v);
}

void AssignmentAnalyzer::checkAssign(const ast::Expr& target) {
  if (std::optional<size_t> v = trackedVariable(target)) {
    assign(*v, variableLocation(target));
    return;
  }
  if (!delegatingConstructor_) return;
  // After this(...) every blank final of the class has been assigned once.
  const sema::FieldSymbol* field = target.is<ast::NameExpr>() ? target.as<ast::NameExpr>()->field
                                                               : thisQualifiedField(target);
  if (target.is<ast::NameExpr>() && target.as<ast::NameExpr>()->meaning != ast::NameMeaning::Field) return;
  if (field == nullptr || field->decl == nullptr || fields_.count(field->decl) == 0) return;
  if (field->isStatic()) return;  // assigning a static final here is sema's error
  reporter_.error(variableLocation(target), "variable " + field->name + " might already have been assigned");
}

void AssignmentAnalyzer::assign(size_t v, SourceLocation where) {
  const Variable& var = variables_[v];
  // A static final assigned from instance code (or the reverse) is sema's
  // "cannot assign a value to final variable"; do not add a second error.
  if (var.field != nullptr && var.isStatic != staticContext_) return;
  if (var.blankFinal && !state_.unassigned.has(v)) {
    reporter_.error(where, "variable " + var.name +
                               (secondLoopPass_ ? " might be assigned in loop" : " might already have been assigned"));
  }
  // Only a reachable assignment (the variable not yet DA) makes it possibly
  // assigned for the catch and finally blocks of the enclosing try.
  if (!state_.assigned.has(v)) unassignedInTry_.remove(v);
  state_.unassigned.remove(v);
  state_.assigned.add(v);
}

// ---------------------------------------------------------------- expressions

AssignmentState AssignmentAnalyzer::dead() const {
  AssignmentState s = state_;
  s.assigned.addAllBelow(variables_.size());
  s.unassigned.addAllBelow(variables_.size());
  return s;
}

AssignmentState AssignmentAnalyzer::meet(AssignmentState a, const AssignmentState& b) {
  a.assigned.intersect(b.assigned);
  a.unassigned.intersect(b.unassigned);
  return a;
}

// The states after `e` when it is true and when it is false (JLS 16.1.1-7).
AssignmentAnalyzer::Split AssignmentAnalyzer::condition(const ast::Expr* e) {
  if (e == nullptr) return {state_, state_};
  if (std::optional<bool> value = booleanConstant(e)) {
    // Vacuously everything is assigned where a constant cannot take you.
    return *value ? Split{state_, dead()} : Split{dead(), state_};
  }
  if (e->is<ast::UnaryExpr>() && e->as<ast::UnaryExpr>()->op == ast::UnaryOp::Not) {
    Split inner = condition(e->as<ast::UnaryExpr>()->operand.get());
    return {std::move(inner.whenFalse), std::move(inner.whenTrue)};
  }
  if (e->is<ast::BinaryExpr>()) {
    const auto* b = e->as<ast::BinaryExpr>();
    if (b->op == ast::BinaryOp::And) {
      Split left = condition(b->left.get());
      state_ = left.whenTrue;
      Split right = condition(b->right.get());
      return {std::move(right.whenTrue), meet(std::move(left.whenFalse), right.whenFalse)};
    }
    if (b->op == ast::BinaryOp::Or) {
      Split left = condition(b->left.get());
      state_ = left.whenFalse;
      Split right = condition(b->right.get());
      return {meet(std::move(left.whenTrue), right.whenTrue), std::move(right.whenFalse)};
    }
  }
  if (e->is<ast::ConditionalExpr>()) {
    const auto* c = e->as<ast::ConditionalExpr>();
    Split test = condition(c->condition.get());
    state_ = std::move(test.whenTrue);
    Split whenThen = condition(c->thenExpr.get());
    state_ = std::move(test.whenFalse);
    Split whenElse = condition(c->elseExpr.get());
    return {meet(std::move(whenThen.whenTrue), whenElse.whenTrue),
            meet(std::move(whenThen.whenFalse), whenElse.whenFalse)};
  }
  expression(e);
  return {state_, state_};
}

void AssignmentAnalyzer::expression(const ast::Expr* e) {
  if (e == nullptr) return;
  switch (e->kind) {
    case ast::NodeKind::Name:
      return checkRead(*e);
    case ast::NodeKind::FieldAccess: {
      const auto* access = e->as<ast::FieldAccessExpr>();
      if (thisQualifiedField(*e) != nullptr) return checkRead(*e);
      return expression(access->target.get());
    }
    case ast::NodeKind::MethodCall: {
      const auto* call = e->as<ast::MethodCallExpr>();
      expression(call->target.get());
      for (const auto& arg : call->args) expression(arg.get());
      return;
    }
    case ast::NodeKind::New:
      for (const auto& arg : e->as<ast::NewExpr>()->args) expression(arg.get());
      return;
    case ast::NodeKind::NewArray: {
      const auto* creation = e->as<ast::NewArrayExpr>();
      for (const auto& dim : creation->dimensions) expression(dim.get());
      return expression(creation->initializer.get());
    }
    case ast::NodeKind::ArrayInitializer:
      for (const auto& element : e->as<ast::ArrayInitializerExpr>()->elements) expression(element.get());
      return;
    case ast::NodeKind::ArrayAccess:
      expression(e->as<ast::ArrayAccessExpr>()->array.get());
      return expression(e->as<ast::ArrayAccessExpr>()->index.get());
    case ast::NodeKind::Unary: {
      const auto* u = e->as<ast::UnaryExpr>();
      if (u->op == ast::UnaryOp::PreIncrement || u->op == ast::UnaryOp::PreDecrement ||
          u->op == ast::UnaryOp::PostIncrement || u->op == ast::UnaryOp::PostDecrement) {
        return increment(*u);
      }
      return expression(u->operand.get());
    }
    case ast::NodeKind::Binary: {
      const auto* b = e->as<ast::BinaryExpr>();
      if (b->op == ast::BinaryOp::And || b->op == ast::BinaryOp::Or) {
        Split split = condition(e);
        state_ = meet(std::move(split.whenTrue), split.whenFalse);
        return;
      }
      expression(b->left.get());
      return expression(b->right.get());
    }
    case ast::NodeKind::Assign:
      return assignment(*e->as<ast::AssignExpr>());
    case ast::NodeKind::Conditional: {
      const auto* c = e->as<ast::ConditionalExpr>();
      Split test = condition(c->condition.get());
      state_ = std::move(test.whenTrue);
      expression(c->thenExpr.get());
      AssignmentState afterThen = std::move(state_);
      state_ = std::move(test.whenFalse);
      expression(c->elseExpr.get());
      state_ = meet(std::move(afterThen), state_);
      return;
    }
    case ast::NodeKind::InstanceOf:
      return expression(e->as<ast::InstanceOfExpr>()->operand.get());
    case ast::NodeKind::Cast:
      return expression(e->as<ast::CastExpr>()->operand.get());
    default:
      return;  // literals, this, class literals
  }
}

static bool namesVariable(const ast::Expr& target) {
  if (target.is<ast::NameExpr>()) return true;
  if (!target.is<ast::FieldAccessExpr>()) return false;
  const auto* access = target.as<ast::FieldAccessExpr>();
  return access->target != nullptr && access->target->is<ast::ThisExpr>() &&
         !access->target->as<ast::ThisExpr>()->isSuper;
}

void AssignmentAnalyzer::assignment(const ast::AssignExpr& e) {
  const ast::Expr* target = e.target.get();
  if (target == nullptr) return expression(e.value.get());
  bool simple = namesVariable(*target);
  // `a[i] = v` and `o.f = v` evaluate their parts first; `x op= v` reads x.
  if (!simple || e.compoundOp) expression(target);
  expression(e.value.get());
  if (simple) checkAssign(*target);
}

void AssignmentAnalyzer::increment(const ast::UnaryExpr& e) {
  if (e.operand == nullptr) return;
  expression(e.operand.get());
  if (namesVariable(*e.operand)) checkAssign(*e.operand);
}

}  // namespace plurix::compiler::flow
