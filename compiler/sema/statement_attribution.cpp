// Statements (JLS 14): conditions, switch labels, jump targets, returns,
// throws and try/catch, local declarations and their scopes. Reachability
// and definite assignment are not here: compiler/flow/ does them afterwards.
#include <algorithm>

#include "compiler/sema/body_attributor.h"
#include "compiler/sema/constant_folding.h"
#include "compiler/sema/conversions.h"
#include "compiler/sema/member_lookup.h"

namespace plurix::compiler::sema {
namespace {

bool isLoop(const ast::Stmt* s) {
  return s != nullptr && (s->is<ast::WhileStmt>() || s->is<ast::DoWhileStmt>() || s->is<ast::ForStmt>() ||
                          s->is<ast::ForEachStmt>());
}

}  // namespace

void BodyAttributor::attributeBlock(ast::BlockStmt* block) {
  if (block == nullptr) return;
  BlockGuard guard(scope_);
  for (auto& statement : block->statements) attributeStmt(statement.get());
}

void BodyAttributor::attributeStmt(ast::Stmt* s) {
  if (s == nullptr) return;
  if (stmtDepth_ >= kMaxStatementDepth) {
    if (stmtDepth_ == kMaxStatementDepth) ctx_.diags.error(s->location, "statements are too deeply nested");
    return;
  }
  ++stmtDepth_;
  switch (s->kind) {
    case ast::NodeKind::Block: attributeBlock(s->as<ast::BlockStmt>()); break;
    case ast::NodeKind::LocalVars: attributeLocalVars(s->as<ast::LocalVarsStmt>()); break;
    case ast::NodeKind::ExprStmt: {
      // The parser reports an expression that is not a statement (JLS 14.8).
      attributeExpr(s->as<ast::ExprStmt>()->expr.get());
      break;
    }
    case ast::NodeKind::If: {
      auto* stmt = s->as<ast::IfStmt>();
      attributeCondition(stmt->condition.get());
      {
        BlockGuard guard(scope_);
        attributeStmt(stmt->thenStmt.get());
      }
      BlockGuard guard(scope_);
      attributeStmt(stmt->elseStmt.get());
      break;
    }
    case ast::NodeKind::While: {
      auto* stmt = s->as<ast::WhileStmt>();
      attributeCondition(stmt->condition.get());
      attributeLoopBody(stmt, stmt->body.get());
      break;
    }
    case ast::NodeKind::DoWhile: {
      auto* stmt = s->as<ast::DoWhileStmt>();
      attributeLoopBody(stmt, stmt->body.get());
      attributeCondition(stmt->condition.get());
      break;
    }
    case ast::NodeKind::For: {
      auto* stmt = s->as<ast::ForStmt>();
      BlockGuard guard(scope_);
      for (auto& init : stmt->init) attributeStmt(init.get());
      if (stmt->condition != nullptr) attributeCondition(stmt->condition.get());
      for (auto& update : stmt->updates) attributeExpr(update.get());
      attributeLoopBody(stmt, stmt->body.get());
      break;
    }
    case ast::NodeKind::ForEach: attributeForEach(s->as<ast::ForEachStmt>()); break;
    case ast::NodeKind::Labeled: {
      auto* stmt = s->as<ast::LabeledStmt>();
      for (const JumpTarget& t : jumpTargets_)
        if (t.label == stmt->label) ctx_.diags.error(s->location, "label " + stmt->label + " already in use");
      jumpTargets_.push_back(JumpTarget{stmt, stmt->label, false, false});
      attributeStmt(stmt->body.get());
      jumpTargets_.pop_back();
      break;
    }
    case ast::NodeKind::Break: attributeJump(s, s->as<ast::BreakStmt>()->label, false); break;
    case ast::NodeKind::Continue: attributeJump(s, s->as<ast::ContinueStmt>()->label, true); break;
    case ast::NodeKind::Return: attributeReturn(s->as<ast::ReturnStmt>()); break;
    case ast::NodeKind::Throw: attributeThrow(s->as<ast::ThrowStmt>()); break;
    case ast::NodeKind::Try: attributeTry(s->as<ast::TryStmt>()); break;
    case ast::NodeKind::Switch: attributeSwitch(s->as<ast::SwitchStmt>()); break;
    case ast::NodeKind::ExplicitConstructorCall: {
      auto* call = s->as<ast::ExplicitConstructorCallStmt>();
      if (s != permittedConstructorCall_) {
        ctx_.diags.error(call->argumentsLocation.valid() ? call->argumentsLocation : s->location,
                         std::string("call to ") + (call->isSuper ? "super" : "this") +
                                          " must be first statement in constructor");
        std::vector<const Type*> ignored;
        attributeArguments(call->args, &ignored);
        break;
      }
      attributeExplicitConstructorCall(call);
      break;
    }
    default:
      break;
  }
  --stmtDepth_;
}

void BodyAttributor::declareLocal(ast::VariableDecl* var) {
  if (var == nullptr) return;
  if (scope_.declare(var) != nullptr)
    ctx_.diags.error(var->location, "variable " + var->name + " is already defined in " + memberDescription());
}

void BodyAttributor::attributeLocalVars(ast::LocalVarsStmt* s) {
  for (auto& var : s->variables) {
    if (var == nullptr) continue;
    const Type* type = resolveType(var->type.get());
    if (type->isVoid()) {
      ctx_.diags.error(var->location, "'void' type not allowed here");
      type = errorType();
    }
    // In scope in its own initializer (JLS 6.3), where flow reports the read.
    declareLocal(var.get());
    if (var->initializer != nullptr) attributeAssignable(var->initializer.get(), type);
  }
}

void BodyAttributor::attributeLoopBody(ast::Stmt* loop, ast::Stmt* body) {
  jumpTargets_.push_back(JumpTarget{loop, "", true, false});
  {
    BlockGuard guard(scope_);
    attributeStmt(body);
  }
  jumpTargets_.pop_back();
}

void BodyAttributor::attributeJump(ast::Stmt* s, const std::string& label, bool isContinue) {
  const ast::Stmt* target = nullptr;
  if (label.empty()) {
    for (auto it = jumpTargets_.rbegin(); it != jumpTargets_.rend() && target == nullptr; ++it)
      if (it->isLoop || (!isContinue && it->isSwitch)) target = it->stmt;
    if (target == nullptr)
      ctx_.diags.error(s->location, isContinue ? "continue outside of loop" : "break outside switch or loop");
  } else {
    const JumpTarget* labelled = nullptr;
    for (auto it = jumpTargets_.rbegin(); it != jumpTargets_.rend() && labelled == nullptr; ++it)
      if (it->label == label) labelled = &*it;
    if (labelled == nullptr) {
      ctx_.diags.error(s->location, "undefined label: " + label);
    } else if (!isContinue) {
      target = labelled->stmt;
    } else {
      const ast::Stmt* body = labelled->stmt->as<ast::LabeledStmt>()->body.get();
      if (isLoop(body)) target = body;
      else ctx_.diags.error(s->location, "not a loop label: " + label);
    }
  }
  if (isContinue) s->as<ast::ContinueStmt>()->targetStmt = target;
  else s->as<ast::BreakStmt>()->targetStmt = target;
}

void BodyAttributor::attributeReturn(ast::ReturnStmt* s) {
  if (memberKind_ == MemberKind::StaticInit || memberKind_ == MemberKind::InstanceInit ||
      memberKind_ == MemberKind::FieldInit) {
    ctx_.diags.error(s->location, "return outside method");
    attributeExpr(s->value.get());
    return;
  }
  const Type* returnType = ctx_.types.voidType();
  if (memberKind_ == MemberKind::Method && method_ != nullptr) {
    if (method_->symbol != nullptr && method_->symbol->returnType != nullptr) returnType = method_->symbol->returnType;
    else if (method_->returnType != nullptr) returnType = resolveType(method_->returnType.get());
  }
  if (returnType->isVoid()) {
    if (s->value == nullptr) return;
    const Type* type = attributeExpr(s->value.get());
    if (!type->isError()) ctx_.diags.error(s->value->location, "incompatible types: unexpected return value");
    return;
  }
  if (s->value == nullptr) {
    if (!returnType->isError()) ctx_.diags.error(s->location, "incompatible types: missing return value");
    return;
  }
  attributeAssignable(s->value.get(), returnType);
}

void BodyAttributor::attributeThrow(ast::ThrowStmt* s) {
  const Type* type = attributeExpr(s->exception.get());
  if (type->isError()) return;
  const ClassSymbol* throwable = ctx_.known.throwable;
  if (throwable == nullptr) return;
  const Type* throwableType = classTypeOf(throwable);
  if (!isSubtype(ctx_, type, throwableType)) {
    ctx_.diags.error(s->location, incompatibleTypesMessage(ctx_, type, throwableType));
    return;
  }
  // Rethrowing a catch parameter throws what its try body could throw.
  const ast::Expr* e = s->exception.get();
  if (e->is<ast::NameExpr>() && e->as<ast::NameExpr>()->meaning == ast::NameMeaning::Local) {
    const ast::VariableDecl* var = e->as<ast::NameExpr>()->local;
    for (const auto& [parameter, thrown] : rethrowable_) {
      if (parameter != var) continue;
      for (const Type* t : thrown) {
        if (isSubtype(ctx_, t, type)) exceptions_.thrown(t, s->location);
        else if (isSubtype(ctx_, type, t)) exceptions_.thrown(type, s->location);
      }
      return;
    }
  }
  exceptions_.thrown(type, s->location);
}

const Type* BodyAttributor::catchParameterType(ast::VariableDecl* parameter, std::vector<const Type*>* caught) {
  const ClassSymbol* throwable = ctx_.known.throwable;
  std::vector<ast::TypeRef*> refs;
  if (!parameter->alternatives.empty()) {
    for (auto& alternative : parameter->alternatives) refs.push_back(alternative.get());
  } else {
    refs.push_back(parameter->type.get());
  }
  const Type* common = nullptr;
  for (ast::TypeRef* ref : refs) {
    const Type* type = resolveType(ref);
    if (type->isError()) continue;
    if (throwable != nullptr && !isSubtype(ctx_, type, classTypeOf(throwable))) {
      ctx_.diags.error(ref != nullptr ? ref->location : parameter->location,
                       incompatibleTypesMessage(ctx_, type, classTypeOf(throwable)));
      continue;
    }
    caught->push_back(type);
    if (common == nullptr || isSubtype(ctx_, common, type)) {
      common = type;
    } else if (!isSubtype(ctx_, type, common) && common->isClass()) {
      // The nearest common superclass stands for the union type A | B.
      const ClassSymbol* c = common->classSymbol()->superclass;
      while (c != nullptr && !(type->isClass() && type->classSymbol()->isSubtypeOf(c))) c = c->superclass;
      common = c != nullptr ? classTypeOf(c) : common;
    }
  }
  const Type* result = common != nullptr ? common : errorType();
  if (parameter->type != nullptr && (parameter->type->resolved == nullptr || !parameter->alternatives.empty()))
    parameter->type->resolved = result;
  return result;
}

bool BodyAttributor::caughtByEarlierClause(const std::vector<std::vector<const Type*>>& caughtPerClause, size_t clause,
                                           const Type* caught) const {
  if (caught == nullptr || caught->isError()) return false;
  for (size_t j = 0; j < clause; ++j) {
    for (const Type* earlier : caughtPerClause[j])
      if (earlier != nullptr && !earlier->isError() && isSubtype(ctx_, caught, earlier)) return true;
  }
  return false;
}

void BodyAttributor::attributeTry(ast::TryStmt* s) {
  std::vector<std::vector<const Type*>> caughtPerClause(s->catches.size());
  std::vector<const Type*> allCaught;
  for (size_t i = 0; i < s->catches.size(); ++i) {
    ast::VariableDecl* parameter = s->catches[i].parameter.get();
    if (parameter == nullptr) continue;
    catchParameterType(parameter, &caughtPerClause[i]);
    allCaught.insert(allCaught.end(), caughtPerClause[i].begin(), caughtPerClause[i].end());
  }
  exceptions_.enterTry(allCaught);
  attributeBlock(s->body.get());
  const std::vector<const Type*> thrown = exceptions_.leaveTry();
  for (size_t i = 0; i < s->catches.size(); ++i) {
    ast::CatchClause& clause = s->catches[i];
    if (clause.parameter == nullptr) continue;
    const auto& refs = clause.parameter->alternatives;
    for (size_t k = 0; k < caughtPerClause[i].size(); ++k) {
      // javac names an alternative of a multi-catch at itself, a single type at `catch`.
      const SourceLocation where =
          !refs.empty() && k < refs.size() && refs[k] != nullptr ? refs[k]->location : clause.location;
      if (caughtByEarlierClause(caughtPerClause, i, caughtPerClause[i][k])) {
        // javac reports it at the catch keyword, and only this.
        ctx_.diags.error(clause.location, "exception " + messageTypeName(caughtPerClause[i][k], nullptr) +
                                              " has already been caught");
        continue;
      }
      exceptions_.checkCatchReachable(caughtPerClause[i][k], thrown, where);
    }
    rethrowable_.emplace_back(clause.parameter.get(), thrown);
    BlockGuard guard(scope_);
    declareLocal(clause.parameter.get());
    attributeBlock(clause.body.get());
  }
  attributeBlock(s->finallyBlock.get());
}

void BodyAttributor::attributeForEach(ast::ForEachStmt* s) {
  BlockGuard guard(scope_);
  const Type* iterable = attributeExpr(s->iterable.get());
  ast::VariableDecl* var = s->variable.get();
  const Type* varType = var != nullptr ? resolveType(var->type.get()) : errorType();
  if (!iterable->isError()) {
    if (!iterable->isArray()) {
      ctx_.diags.error(s->iterable->location,
                       "for-each not applicable to expression type; required: array; found: " + messageTypeName(iterable, nullptr));
    } else if (!varType->isError() && !isAssignable(ctx_, iterable->elementType(), std::nullopt, varType)) {
      ctx_.diags.error(s->iterable->location, incompatibleTypesMessage(ctx_, iterable->elementType(), varType));
    }
  }
  declareLocal(var);
  attributeLoopBody(s, s->body.get());
}

void BodyAttributor::attributeSwitch(ast::SwitchStmt* s) {
  const Type* selector = attributeExpr(s->selector.get());
  bool selectorOk = !selector->isError();
  if (selectorOk && !isStringType(selector)) {
    const bool intLike = selector->isIntegral() && unaryPromotion(ctx_, selector)->kind() == TypeKind::Int;
    if (!intLike) {
      ctx_.diags.error(s->selector->location, incompatibleTypesMessage(ctx_, selector, ctx_.types.intType()));
      selectorOk = false;
    }
  }
  jumpTargets_.push_back(JumpTarget{s, "", false, true});
  BlockGuard guard(scope_);  // the whole switch block is one scope
  std::vector<ast::ConstantValue> seen;
  bool defaultSeen = false;
  for (ast::SwitchGroup& group : s->groups) {
    if (group.hasDefault) {
      if (defaultSeen) ctx_.diags.error(group.defaultLocation, "duplicate default label");
      defaultSeen = true;
    }
    for (size_t i = 0; i < group.labels.size(); ++i) {
      ast::Own<ast::Expr>& label = group.labels[i];
      const Type* type = attributeExpr(label.get());
      if (label == nullptr || type->isError()) continue;
      if (!label->constant) {
        ctx_.diags.error(label->location, isStringType(selector) ? "constant string expression required"
                                                                 : "constant expression required");
        continue;
      }
      if (!selectorOk) continue;
      if (!isAssignable(ctx_, type, label->constant, selector)) {
        ctx_.diags.error(label->location, incompatibleTypesMessage(ctx_, type, selector));
        continue;
      }
      auto value = convertConstant(*label->constant, type, selector);
      if (!value) continue;
      if (std::find(seen.begin(), seen.end(), *value) != seen.end())
        // javac points at the `case` keyword.
        ctx_.diags.error(i < group.labelLocations.size() ? group.labelLocations[i] : label->location,
                         "duplicate case label");
      else
        seen.push_back(*value);
    }
    for (auto& statement : group.statements) attributeStmt(statement.get());
  }
  jumpTargets_.pop_back();
}

}  // namespace plurix::compiler::sema
