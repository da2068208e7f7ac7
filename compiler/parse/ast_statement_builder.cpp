// Statements and blocks of the AST builder.
#include "compiler/parse/ast_builder.h"

namespace plurix::compiler::parse {

using namespace ast;

namespace {

// JLS 14.8: only these expressions may stand as statements.
bool isStatementExpression(const Expr& expr) {
  if (expr.is<ErroneousExpr>()) return true;  // already reported where it was rejected
  if (expr.parenthesized) return false;
  switch (expr.kind) {
    case NodeKind::Assign:
    case NodeKind::MethodCall:
    case NodeKind::New:
      return true;
    case NodeKind::Unary: {
      UnaryOp op = expr.as<UnaryExpr>()->op;
      return op == UnaryOp::PreIncrement || op == UnaryOp::PreDecrement || op == UnaryOp::PostIncrement ||
             op == UnaryOp::PostDecrement;
    }
    default:
      return false;
  }
}

}  // namespace

Own<BlockStmt> AstBuilder::buildBlock(P::BlockContext* ctx) {
  auto block = std::make_unique<BlockStmt>(loc(ctx->LBRACE()));
  block->closingBrace = loc(ctx->RBRACE());
  for (auto* statement : ctx->blockStatement()) buildBlockStatement(statement, block->statements);
  return block;
}

void AstBuilder::buildBlockStatement(P::BlockStatementContext* ctx, std::vector<Own<Stmt>>& out) {
  if (auto* locals = ctx->localVariableDeclaration()) {
    out.push_back(buildLocalVariables(locals));
    return;
  }
  if (auto* type = ctx->localTypeDeclaration()) {
    if (type->enumDeclaration() != nullptr) {
      out.push_back(rejectStatement(type, "enums are not supported yet"));
    } else if (type->recordDeclaration() != nullptr) {
      out.push_back(rejectStatement(type, "records are not supported yet"));
    } else if (type->interfaceDeclaration() != nullptr) {
      out.push_back(rejectStatement(type, "local interfaces are not supported yet"));
    } else {
      out.push_back(rejectStatement(type, "local classes are not supported yet"));
    }
    return;
  }
  out.push_back(buildStatement(ctx->statement()));
}

Own<Stmt> AstBuilder::rejectStatement(antlr4::ParserRuleContext* ctx, const std::string& message) {
  error(loc(ctx), message);
  return std::make_unique<EmptyStmt>(loc(ctx));
}

Own<LocalVarsStmt> AstBuilder::buildLocalVariables(P::LocalVariableDeclarationContext* ctx) {
  auto stmt = std::make_unique<LocalVarsStmt>(loc(ctx));
  std::vector<Annotation> annotations;
  Modifiers modifiers = buildVariableModifiers(ctx->variableModifier(), &annotations);
  Own<TypeRef> type = buildLocalType(ctx->typeType());
  for (auto* declarator : ctx->variableDeclarators()->variableDeclarator()) {
    auto variable = std::make_unique<VariableDecl>(loc(declarator->identifier()));
    variable->variableKind = VariableKind::Local;
    variable->modifiers = modifiers;
    variable->annotations = annotations;
    variable->name = text(declarator->identifier());
    if (type != nullptr) {
      variable->type = cloneType(*type);
      if (auto* dims = declarator->dims()) variable->type->arrayDims += static_cast<int>(dims->LBRACK().size());
    }
    if (auto* init = declarator->variableInitializer()) variable->initializer = buildVariableInitializer(init);
    stmt->variables.push_back(std::move(variable));
  }
  return stmt;
}

Own<Stmt> AstBuilder::buildStatement(P::StatementContext* ctx) {
  // Later passes recurse over statements too; a bound here keeps them all
  // inside the stack whatever the input.
  if (statementDepth_ >= kMaxStatementDepth) {
    if (!statementDepthReported_) {
      error(loc(ctx), "statement too deeply nested (nesting limit " + std::to_string(kMaxStatementDepth) + ")");
    }
    statementDepthReported_ = true;
    return std::make_unique<EmptyStmt>(loc(ctx));
  }
  ++statementDepth_;
  Own<Stmt> stmt = buildStatementKind(ctx);
  if (--statementDepth_ == 0) statementDepthReported_ = false;
  return stmt;
}

Own<Stmt> AstBuilder::buildStatementKind(P::StatementContext* ctx) {
  if (auto* c = alternative<P::ExpressionStmtContext>(ctx)) return buildExpressionStatement(c->expression());
  if (auto* c = alternative<P::BlockStmtContext>(ctx)) return buildBlock(c->block());
  if (auto* c = alternative<P::IfStmtContext>(ctx)) {
    auto stmt = std::make_unique<IfStmt>(loc(ctx));
    stmt->condition = buildExpr(c->parExpression()->expression());
    stmt->thenStmt = buildStatement(c->statement(0));
    if (c->ELSE() != nullptr) stmt->elseStmt = buildStatement(c->statement(1));
    return stmt;
  }
  if (auto* c = alternative<P::ReturnStmtContext>(ctx)) {
    auto stmt = std::make_unique<ReturnStmt>(loc(ctx));
    if (c->expression() != nullptr) stmt->value = buildExpr(c->expression());
    return stmt;
  }
  if (auto* c = alternative<P::ForStmtContext>(ctx)) return buildFor(c);
  if (auto* c = alternative<P::WhileStmtContext>(ctx)) {
    auto stmt = std::make_unique<WhileStmt>(loc(ctx));
    stmt->condition = buildExpr(c->parExpression()->expression());
    stmt->body = buildStatement(c->statement());
    return stmt;
  }
  if (auto* c = alternative<P::DoStmtContext>(ctx)) {
    auto stmt = std::make_unique<DoWhileStmt>(loc(ctx));
    stmt->body = buildStatement(c->statement());
    stmt->condition = buildExpr(c->parExpression()->expression());
    return stmt;
  }
  if (auto* c = alternative<P::TryStmtContext>(ctx)) return buildTry(c);
  if (auto* c = alternative<P::SwitchStmtContext>(ctx)) return buildSwitch(c);
  if (auto* c = alternative<P::ThrowStmtContext>(ctx)) {
    auto stmt = std::make_unique<ThrowStmt>(loc(ctx));
    stmt->exception = buildExpr(c->expression());
    return stmt;
  }
  if (auto* c = alternative<P::BreakStmtContext>(ctx)) {
    auto stmt = std::make_unique<BreakStmt>(loc(ctx));
    if (c->identifier() != nullptr) stmt->label = text(c->identifier());
    return stmt;
  }
  if (auto* c = alternative<P::ContinueStmtContext>(ctx)) {
    auto stmt = std::make_unique<ContinueStmt>(loc(ctx));
    if (c->identifier() != nullptr) stmt->label = text(c->identifier());
    return stmt;
  }
  if (alternative<P::EmptyStmtContext>(ctx) != nullptr) return std::make_unique<EmptyStmt>(loc(ctx));
  if (auto* c = alternative<P::ConstructorCallStmtContext>(ctx)) {
    auto stmt = std::make_unique<ExplicitConstructorCallStmt>(loc(ctx));
    stmt->isSuper = c->SUPER() != nullptr;
    stmt->args = buildArguments(c->arguments());
    stmt->argumentsLocation = loc(c->arguments());
    return stmt;
  }
  if (auto* c = alternative<P::LabeledStmtContext>(ctx)) {
    auto stmt = std::make_unique<LabeledStmt>(loc(ctx));
    stmt->label = text(c->identifier());
    stmt->body = buildStatement(c->statement());
    return stmt;
  }
  if (alternative<P::AssertStmtContext>(ctx) != nullptr) return rejectStatement(ctx, "assert is not supported yet");
  if (alternative<P::YieldStmtContext>(ctx) != nullptr) {
    // Switch expressions, where yield belongs, are rejected before their body.
    return rejectStatement(ctx, "yield outside of switch expression");
  }
  if (alternative<P::TryWithResourcesStmtContext>(ctx) != nullptr) {
    return rejectStatement(ctx, "try-with-resources is not supported yet");
  }
  if (auto* c = alternative<P::SynchronizedStmtContext>(ctx)) {
    error(loc(ctx), "synchronized is not supported; Plurix runs every step as a transaction");
    return buildBlock(c->block());  // its body is still checked
  }
  return std::make_unique<EmptyStmt>(loc(ctx));
}

Own<ExprStmt> AstBuilder::buildExpressionStatement(P::ExpressionContext* ctx) {
  auto stmt = std::make_unique<ExprStmt>(loc(ctx));
  stmt->expr = buildExpr(ctx);
  if (stmt->expr != nullptr && !isStatementExpression(*stmt->expr)) {
    // javac points at the operator of `a + b;`, at the '(' of `(a = b);`.
    error(stmt->expr->parenthesized ? stmt->location : stmt->expr->location, "not a statement");
  }
  return stmt;
}

Own<Stmt> AstBuilder::buildFor(P::ForStmtContext* ctx) {
  if (auto* each = dynamic_cast<P::EnhancedForControlContext*>(ctx->forControl())) {
    auto stmt = std::make_unique<ForEachStmt>(loc(ctx));
    auto variable = std::make_unique<VariableDecl>(loc(each->identifier()));
    variable->variableKind = VariableKind::ForEachVariable;
    variable->modifiers = buildVariableModifiers(each->variableModifier(), &variable->annotations);
    variable->type = buildLocalType(each->typeType());
    if (variable->type != nullptr && each->dims() != nullptr) {
      variable->type->arrayDims += static_cast<int>(each->dims()->LBRACK().size());
    }
    variable->name = text(each->identifier());
    stmt->variable = std::move(variable);
    stmt->iterable = buildExpr(each->expression());
    stmt->body = buildStatement(ctx->statement());
    return stmt;
  }
  auto* classic = static_cast<P::ClassicForControlContext*>(ctx->forControl());
  auto stmt = std::make_unique<ForStmt>(loc(ctx));
  if (auto* init = classic->forInit()) {
    if (init->localVariableDeclaration() != nullptr) {
      stmt->init.push_back(buildLocalVariables(init->localVariableDeclaration()));
    } else {
      for (auto* expr : init->expressionList()->expression()) stmt->init.push_back(buildExpressionStatement(expr));
    }
  }
  if (classic->expression() != nullptr) stmt->condition = buildExpr(classic->expression());
  if (auto* updates = classic->expressionList()) {
    for (auto* expr : updates->expression()) {
      Own<ExprStmt> update = buildExpressionStatement(expr);
      stmt->updates.push_back(std::move(update->expr));
    }
  }
  stmt->body = buildStatement(ctx->statement());
  return stmt;
}

Own<Stmt> AstBuilder::buildTry(P::TryStmtContext* ctx) {
  auto stmt = std::make_unique<TryStmt>(loc(ctx));
  stmt->body = buildBlock(ctx->block());
  for (auto* clause : ctx->catchClause()) {
    CatchClause catchClause;
    catchClause.location = loc(clause);
    auto parameter = std::make_unique<VariableDecl>(loc(clause->identifier()));
    parameter->variableKind = VariableKind::CatchParameter;
    parameter->modifiers = buildVariableModifiers(clause->variableModifier(), &parameter->annotations);
    parameter->name = text(clause->identifier());
    std::vector<P::TypeTypeContext*> types = clause->typeType();
    parameter->type = buildType(types[0]);
    if (types.size() > 1) {
      // Multi-catch: `type` keeps the first alternative so it is never null.
      for (auto* type : types) parameter->alternatives.push_back(buildType(type));
    }
    catchClause.parameter = std::move(parameter);
    catchClause.body = buildBlock(clause->block());
    stmt->catches.push_back(std::move(catchClause));
  }
  if (auto* finallyBlock = ctx->finallyBlock()) stmt->finallyBlock = buildBlock(finallyBlock->block());
  return stmt;
}

Own<Stmt> AstBuilder::buildSwitch(P::SwitchStmtContext* ctx) {
  auto* body = ctx->switchBody();
  if (!body->switchRule().empty()) {
    for (auto* rule : body->switchRule()) error(loc(rule->ARROW()), "switch rules (case ->) are not supported yet");
    return std::make_unique<EmptyStmt>(loc(ctx));
  }
  auto stmt = std::make_unique<SwitchStmt>(loc(ctx));
  stmt->selector = buildExpr(ctx->parExpression()->expression());
  auto addLabels = [&](SwitchGroup& group, const std::vector<P::SwitchLabelContext*>& labels) {
    for (auto* label : labels) {
      if (!group.location.valid()) group.location = loc(label);
      if (label->DEFAULT() != nullptr) {
        // A group holds one default; sema compares defaults across groups.
        // javac reports a default label at its colon.
        if (group.hasDefault) error(loc(label->COLON()), "duplicate default label");
        group.hasDefault = true;
        group.defaultLocation = loc(label->COLON());
        continue;
      }
      std::vector<P::ExpressionContext*> constants = label->expressionList()->expression();
      if (constants.size() > 1) {
        error(loc(label->expressionList()->COMMA(0)),
              "several constants in one case label are not supported yet; write one case per constant");
      }
      for (auto* constant : constants) {
        group.labels.push_back(buildExpr(constant));
        group.labelLocations.push_back(loc(label));
      }
    }
  };
  for (auto* groupCtx : body->switchGroup()) {
    SwitchGroup group;
    addLabels(group, groupCtx->switchLabel());
    for (auto* statement : groupCtx->blockStatement()) buildBlockStatement(statement, group.statements);
    stmt->groups.push_back(std::move(group));
  }
  if (!body->switchLabel().empty()) {  // labels of the last, empty group
    SwitchGroup group;
    addLabels(group, body->switchLabel());
    stmt->groups.push_back(std::move(group));
  }
  return stmt;
}

}  // namespace plurix::compiler::parse
