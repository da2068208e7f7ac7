// Expressions and types of the AST builder.
#include "compiler/parse/ast_builder.h"
#include "compiler/parse/literal_decoder.h"

namespace plurix::compiler::parse {

using namespace ast;

namespace {

// The operand of unary minus that is an int or long literal as written (not
// parenthesized): only there are 2147483648 and 9223372036854775808L legal.
bool isBareIntegerLiteral(AstBuilder::P::ExpressionContext* ctx) {
  auto* primary = alternative<AstBuilder::P::PrimaryExprContext>(ctx);
  if (primary == nullptr) return false;
  auto* literal = alternative<AstBuilder::P::LiteralPrimaryContext>(primary->primary());
  return literal != nullptr && literal->literal()->INT_LITERAL() != nullptr;
}

BinaryOp binaryOpFor(size_t tokenType) {
  using P = AstBuilder::P;
  switch (tokenType) {
    case P::MUL: return BinaryOp::Mul;
    case P::DIV: return BinaryOp::Div;
    case P::MOD: return BinaryOp::Rem;
    case P::ADD: return BinaryOp::Add;
    case P::SUB: return BinaryOp::Sub;
    case P::LT: return BinaryOp::Lt;
    case P::GT: return BinaryOp::Gt;
    case P::LE: return BinaryOp::Le;
    case P::GE: return BinaryOp::Ge;
    case P::EQUAL: return BinaryOp::Eq;
    case P::NOTEQUAL: return BinaryOp::Ne;
    case P::BITAND: return BinaryOp::BitAnd;
    case P::CARET: return BinaryOp::BitXor;
    case P::BITOR: return BinaryOp::BitOr;
    case P::AND: return BinaryOp::And;
    default: return BinaryOp::Or;
  }
}

std::optional<BinaryOp> compoundOpFor(AstBuilder::P::AssignmentOperatorContext* op) {
  using P = AstBuilder::P;
  switch (op->getStart()->getType()) {
    case P::ASSIGN: return std::nullopt;
    case P::ADD_ASSIGN: return BinaryOp::Add;
    case P::SUB_ASSIGN: return BinaryOp::Sub;
    case P::MUL_ASSIGN: return BinaryOp::Mul;
    case P::DIV_ASSIGN: return BinaryOp::Div;
    case P::MOD_ASSIGN: return BinaryOp::Rem;
    case P::AND_ASSIGN: return BinaryOp::BitAnd;
    case P::OR_ASSIGN: return BinaryOp::BitOr;
    case P::XOR_ASSIGN: return BinaryOp::BitXor;
    case P::LSHIFT_ASSIGN: return BinaryOp::Shl;
    default: return op->GT().size() == 2 ? BinaryOp::Ushr : BinaryOp::Shr;  // > >= or > > >=
  }
}

}  // namespace

Own<Expr> AstBuilder::reject(antlr4::Token* where, const std::string& message) {
  return reject(where, message, loc(where));
}

Own<Expr> AstBuilder::reject(antlr4::Token* token, const std::string& message, SourceLocation where) {
  error(where, message);
  return std::make_unique<ErroneousExpr>(loc(token));
}

// `>>`, `>>>`, `>>=` and `>>>=` arrive as several tokens (see the grammar);
// they form one operator only when written without space between.
bool AstBuilder::checkAdjacent(const std::vector<antlr4::tree::TerminalNode*>& tokens) {
  for (size_t i = 1; i < tokens.size(); ++i) {
    if (tokens[i - 1]->getSymbol()->getStopIndex() + 1 != tokens[i]->getSymbol()->getStartIndex()) {
      error(loc(tokens[i]), "illegal start of expression");
      return false;
    }
  }
  return true;
}

Own<Expr> AstBuilder::buildExpr(P::ExpressionContext* ctx, bool negatedLiteral) {
  // A chain like a+a+...+a is a loop in the parser but a left-deep tree here;
  // bounding its depth keeps this builder and every later pass on the stack.
  if (expressionDepth_ >= kMaxExpressionDepth) {
    if (!expressionDepthReported_) {
      error(loc(ctx), "expression too complex (nesting limit " + std::to_string(kMaxExpressionDepth) + ")");
    }
    expressionDepthReported_ = true;
    return std::make_unique<ErroneousExpr>(loc(ctx));
  }
  ++expressionDepth_;
  Own<Expr> expr = buildExprKind(ctx, negatedLiteral);
  if (--expressionDepth_ == 0) expressionDepthReported_ = false;
  return expr;
}

Own<Expr> AstBuilder::buildExprKind(P::ExpressionContext* ctx, bool negatedLiteral) {
  if (auto* c = alternative<P::PrimaryExprContext>(ctx)) return buildPrimary(c->primary(), negatedLiteral);
  if (auto* c = alternative<P::MethodCallExprContext>(ctx)) {
    rejectTypeArguments(c->typeArguments());
    return buildCall(buildExpr(c->expression()), c->DOT(), c->identifier(), c->arguments());
  }
  if (auto* c = alternative<P::FieldAccessExprContext>(ctx)) {
    auto access = std::make_unique<FieldAccessExpr>(loc(ctx));
    access->target = buildExpr(c->expression());
    access->name = text(c->identifier());
    access->nameLocation = loc(c->identifier());
    access->dotLocation = loc(c->DOT());
    return access;
  }
  if (auto* c = alternative<P::ArrayAccessExprContext>(ctx)) {
    auto access = std::make_unique<ArrayAccessExpr>(loc(c->LBRACK()));
    access->array = buildExpr(c->expression(0));
    access->index = buildExpr(c->expression(1));
    return access;
  }
  if (auto* c = alternative<P::PostfixExprContext>(ctx)) {
    auto unary = std::make_unique<UnaryExpr>(loc(c->postfix));
    unary->op = c->postfix->getType() == P::INC ? UnaryOp::PostIncrement : UnaryOp::PostDecrement;
    unary->operand = buildExpr(c->expression());
    return unary;
  }
  if (auto* c = alternative<P::PrefixExprContext>(ctx)) {
    auto unary = std::make_unique<UnaryExpr>(loc(c->prefix));
    switch (c->prefix->getType()) {
      case P::ADD: unary->op = UnaryOp::Plus; break;
      case P::SUB: unary->op = UnaryOp::Minus; break;
      case P::INC: unary->op = UnaryOp::PreIncrement; break;
      default: unary->op = UnaryOp::PreDecrement; break;
    }
    bool negates = unary->op == UnaryOp::Minus && isBareIntegerLiteral(c->expression());
    unary->operand = buildExpr(c->expression(), negates);
    return unary;
  }
  if (auto* c = alternative<P::NotExprContext>(ctx)) {
    auto unary = std::make_unique<UnaryExpr>(loc(c->prefix));
    unary->op = c->prefix->getType() == P::BANG ? UnaryOp::Not : UnaryOp::BitNot;
    unary->operand = buildExpr(c->expression());
    return unary;
  }
  if (auto* c = alternative<P::CastExprContext>(ctx)) {
    auto cast = std::make_unique<CastExpr>(loc(ctx));
    if (c->typeType().size() > 1) error(loc(c->BITAND(0)), "intersection types are not supported yet");
    cast->targetType = buildType(c->typeType(0));
    cast->operand = buildExpr(c->expression());
    return cast;
  }
  if (auto* c = alternative<P::InstanceOfExprContext>(ctx)) {
    auto test = std::make_unique<InstanceOfExpr>(loc(c->INSTANCEOF()));
    if (c->identifier() != nullptr || c->FINAL() != nullptr) {
      error(loc(c->INSTANCEOF()), "instanceof patterns are not supported yet");
    }
    test->operand = buildExpr(c->expression());
    test->testType = buildType(c->typeType());
    return test;
  }
  if (auto* c = alternative<P::ConditionalExprContext>(ctx)) {
    auto conditional = std::make_unique<ConditionalExpr>(loc(c->QUESTION()));
    conditional->condition = buildExpr(c->expression(0));
    conditional->thenExpr = buildExpr(c->expression(1));
    conditional->elseExpr = buildExpr(c->expression(2));
    return conditional;
  }
  if (auto* c = alternative<P::AssignExprContext>(ctx)) {
    auto* op = c->assignmentOperator();
    auto assign = std::make_unique<AssignExpr>(loc(op));
    std::vector<antlr4::tree::TerminalNode*> parts;
    for (auto* child : op->children) parts.push_back(static_cast<antlr4::tree::TerminalNode*>(child));
    checkAdjacent(parts);
    assign->compoundOp = compoundOpFor(op);
    assign->target = buildExpr(c->expression(0));
    assign->value = buildExpr(c->expression(1));
    return assign;
  }
  return buildOperator(ctx);
}

// Binary operators and the constructs the dialect rejects.
Own<Expr> AstBuilder::buildOperator(P::ExpressionContext* ctx) {
  if (auto* c = alternative<P::BinaryExprContext>(ctx)) {
    auto binary = std::make_unique<BinaryExpr>(loc(c->bop));
    binary->op = binaryOpFor(c->bop->getType());
    binary->left = buildExpr(c->expression(0));
    binary->right = buildExpr(c->expression(1));
    return binary;
  }
  if (auto* c = alternative<P::ShiftExprContext>(ctx)) {
    auto binary = std::make_unique<BinaryExpr>(loc(c->getStart()));
    std::vector<antlr4::tree::TerminalNode*> gts = c->GT();
    if (c->LSHIFT() != nullptr) {
      binary->location = loc(c->LSHIFT());
      binary->op = BinaryOp::Shl;
    } else {
      binary->location = loc(gts[0]);
      binary->op = gts.size() == 3 ? BinaryOp::Ushr : BinaryOp::Shr;
      checkAdjacent(gts);
    }
    binary->left = buildExpr(c->expression(0));
    binary->right = buildExpr(c->expression(1));
    return binary;
  }
  if (auto* c = alternative<P::LambdaExprContext>(ctx)) {
    return reject(c->getStart(), "lambda expressions are not supported yet");
  }
  if (auto* c = alternative<P::MethodRefExprContext>(ctx)) {
    return reject(c->COLONCOLON()->getSymbol(), "method references are not supported yet");
  }
  if (auto* c = alternative<P::ClassLiteralExprContext>(ctx)) {
    return reject(c->getStart(), "class literals are not supported yet");
  }
  if (auto* c = alternative<P::QualifiedThisExprContext>(ctx)) {
    return reject(c->getStart(), "qualified this (" + text(c->expression()) +
                                     ".this) is not supported yet: inner classes are not supported");
  }
  if (auto* c = alternative<P::QualifiedSuperExprContext>(ctx)) {
    return reject(c->getStart(), "qualified super (" + text(c->expression()) + ".super) is not supported yet");
  }
  if (auto* c = alternative<P::QualifiedNewExprContext>(ctx)) {
    return reject(c->NEW()->getSymbol(), "inner classes are not supported yet");
  }
  return nullptr;
}

Own<Expr> AstBuilder::buildPrimary(P::PrimaryContext* ctx, bool negatedLiteral) {
  if (auto* c = alternative<P::NamePrimaryContext>(ctx)) {
    auto name = std::make_unique<NameExpr>(loc(ctx));
    name->name = text(c->identifier());
    return name;
  }
  if (auto* c = alternative<P::LiteralPrimaryContext>(ctx)) return buildLiteral(c->literal(), negatedLiteral);
  if (auto* c = alternative<P::ParenPrimaryContext>(ctx)) {
    Own<Expr> inner = buildExpr(c->expression());
    if (inner != nullptr) inner->parenthesized = true;
    return inner;
  }
  if (auto* c = alternative<P::CallPrimaryContext>(ctx)) {
    return buildCall(nullptr, nullptr, c->identifier(), c->arguments());
  }
  if (alternative<P::ThisPrimaryContext>(ctx) != nullptr) return std::make_unique<ThisExpr>(loc(ctx));
  if (auto* c = alternative<P::NewPrimaryContext>(ctx)) return buildNew(c);
  if (auto* c = alternative<P::SuperCallPrimaryContext>(ctx)) {
    rejectTypeArguments(c->typeArguments());
    auto super = std::make_unique<ThisExpr>(loc(ctx));
    super->isSuper = true;
    return buildCall(std::move(super), c->DOT(), c->identifier(), c->arguments());
  }
  if (auto* c = alternative<P::SuperFieldPrimaryContext>(ctx)) {
    auto access = std::make_unique<FieldAccessExpr>(loc(ctx));
    auto super = std::make_unique<ThisExpr>(loc(ctx));
    super->isSuper = true;
    access->target = std::move(super);
    access->name = text(c->identifier());
    access->nameLocation = loc(c->identifier());
    access->dotLocation = loc(c->DOT());
    return access;
  }
  if (auto* c = alternative<P::SwitchExprPrimaryContext>(ctx)) {
    return reject(c->getStart(), "switch expressions are not supported yet");
  }
  if (alternative<P::PrimitiveClassLiteralPrimaryContext>(ctx) != nullptr ||
      alternative<P::ArrayClassLiteralPrimaryContext>(ctx) != nullptr) {
    return reject(ctx->getStart(), "class literals are not supported yet");
  }
  if (auto* c = alternative<P::TypeMethodRefPrimaryContext>(ctx)) {
    return reject(c->COLONCOLON()->getSymbol(), "method references are not supported yet");
  }
  if (auto* c = alternative<P::SuperMethodRefPrimaryContext>(ctx)) {
    return reject(c->COLONCOLON()->getSymbol(), "method references are not supported yet");
  }
  return nullptr;
}

Own<Expr> AstBuilder::buildNew(P::NewPrimaryContext* ctx) {
  rejectTypeArguments(ctx->typeArguments());
  SourceLocation at = loc(ctx->NEW());
  P::CreatorContext* creator = ctx->creator();
  if (auto* c = alternative<P::ClassCreatorContext>(creator)) {
    if (c->classBody() != nullptr) return reject(c->classBody()->getStart(), "anonymous classes are not supported yet");
    auto expr = std::make_unique<NewExpr>(at);
    expr->classType = buildClassType(c->classType());
    expr->args = buildArguments(c->arguments());
    return expr;
  }
  auto expr = std::make_unique<NewArrayExpr>(at);
  if (auto* c = alternative<P::ArrayInitCreatorContext>(creator)) {
    expr->elementType = c->primitiveType() != nullptr ? buildPrimitiveType(c->primitiveType())
                                                      : buildClassType(c->classType());
    expr->extraDims = 1 + (c->dims() != nullptr ? static_cast<int>(c->dims()->LBRACK().size()) : 0);
    expr->initializer = buildArrayInitializer(c->arrayInitializer());
    return expr;
  }
  auto* c = static_cast<P::ArraySizeCreatorContext*>(creator);
  expr->elementType =
      c->primitiveType() != nullptr ? buildPrimitiveType(c->primitiveType()) : buildClassType(c->classType());
  if (c->arrayInitializer() != nullptr) {
    error(loc(c->arrayInitializer()), "array creation with both dimension expression and initialization is illegal");
  }
  for (auto* dimension : c->expression()) expr->dimensions.push_back(buildExpr(dimension));
  expr->extraDims = c->dims() != nullptr ? static_cast<int>(c->dims()->LBRACK().size()) : 0;
  return expr;
}

Own<Expr> AstBuilder::buildLiteral(P::LiteralContext* ctx, bool negated) {
  antlr4::Token* token = ctx->getStart();
  auto literal = std::make_unique<LiteralExpr>(loc(token));
  literal->text = text(token);
  DecodedLiteral decoded;
  switch (token->getType()) {
    case P::INT_LITERAL:
      decoded = decodeIntegerLiteral(literal->text, negated);
      literal->negatedByParent = negated;
      break;
    case P::FLOAT_LITERAL: decoded = decodeFloatingLiteral(literal->text); break;
    case P::CHAR_LITERAL: decoded = decodeCharLiteral(literal->text); break;
    case P::STRING_LITERAL: decoded = decodeStringLiteral(literal->text); break;
    case P::TRUE_LITERAL:
    case P::FALSE_LITERAL:
      decoded.kind = LiteralKind::Boolean;
      decoded.value = token->getType() == P::TRUE_LITERAL;
      break;
    case P::NULL_LITERAL:
      decoded.kind = LiteralKind::Null;
      decoded.value = false;
      break;
    case P::TEXT_BLOCK: return reject(token, "text blocks are not supported yet");
    default: return reject(token, "malformed literal");
  }
  if (!decoded.ok()) {
    // Reported here; a value made up for it would only cascade in sema.
    SourceLocation where = literal->location;
    where.column += decoded.errorColumnOffset;
    return reject(token, decoded.error, where);
  }
  literal->literalKind = decoded.kind;
  literal->value = std::move(decoded.value);
  return literal;
}

Own<Expr> AstBuilder::buildVariableInitializer(P::VariableInitializerContext* ctx) {
  if (auto* array = ctx->arrayInitializer()) return buildArrayInitializer(array);
  return buildExpr(ctx->expression());
}

Own<ArrayInitializerExpr> AstBuilder::buildArrayInitializer(P::ArrayInitializerContext* ctx) {
  auto init = std::make_unique<ArrayInitializerExpr>(loc(ctx));
  ++expressionDepth_;  // nested initializers nest like expressions
  for (auto* element : ctx->variableInitializer()) init->elements.push_back(buildVariableInitializer(element));
  --expressionDepth_;
  return init;
}

std::vector<Own<Expr>> AstBuilder::buildExpressionList(P::ExpressionListContext* ctx) {
  std::vector<Own<Expr>> exprs;
  if (ctx == nullptr) return exprs;
  for (auto* expr : ctx->expression()) exprs.push_back(buildExpr(expr));
  return exprs;
}

Own<MethodCallExpr> AstBuilder::buildCall(Own<Expr> target, antlr4::tree::TerminalNode* dot,
                                          P::IdentifierContext* name, P::ArgumentsContext* arguments) {
  auto call = std::make_unique<MethodCallExpr>(loc(arguments));
  call->target = std::move(target);
  call->name = text(name);
  call->nameLocation = loc(name);
  if (dot != nullptr) call->dotLocation = loc(dot);
  call->args = buildArguments(arguments);
  call->argumentsLocation = loc(arguments);
  return call;
}

std::vector<Own<Expr>> AstBuilder::buildArguments(P::ArgumentsContext* ctx) {
  return buildExpressionList(ctx->expressionList());
}

// ---------------------------------------------------------------- types

void AstBuilder::rejectTypeArguments(P::TypeArgumentsContext* ctx) {
  if (ctx != nullptr) error(loc(ctx), "generic types are not supported yet");
}

void AstBuilder::rejectTypeParameters(P::TypeParametersContext* ctx, ClassDecl* owner) {
  if (ctx == nullptr) return;
  error(loc(ctx), "generic types are not supported yet");
  // Remembered so that a use of T resolves silently instead of repeating the
  // error as "cannot find symbol: class T".
  for (auto* parameter : ctx->typeParameter()) owner->rejectedTypeParameters.push_back(text(parameter->identifier()));
}

Own<TypeRef> AstBuilder::buildPrimitiveType(P::PrimitiveTypeContext* ctx) {
  auto type = std::make_unique<TypeRef>(loc(ctx));
  type->isPrimitive = true;
  switch (ctx->getStart()->getType()) {
    case P::BOOLEAN: type->primitive = PrimitiveKind::Boolean; break;
    case P::BYTE: type->primitive = PrimitiveKind::Byte; break;
    case P::SHORT: type->primitive = PrimitiveKind::Short; break;
    case P::CHAR: type->primitive = PrimitiveKind::Char; break;
    case P::INT: type->primitive = PrimitiveKind::Int; break;
    case P::LONG: type->primitive = PrimitiveKind::Long; break;
    case P::FLOAT: type->primitive = PrimitiveKind::Float; break;
    default: type->primitive = PrimitiveKind::Double; break;
  }
  return type;
}

Own<TypeRef> AstBuilder::buildClassType(P::ClassTypeContext* ctx) {
  auto type = std::make_unique<TypeRef>(loc(ctx));
  for (auto* part : ctx->classTypePart()) {
    type->name.push_back(text(part->identifier()));
    rejectTypeArguments(part->typeArguments());
  }
  return type;
}

Own<TypeRef> AstBuilder::buildType(P::TypeTypeContext* ctx) {
  Own<TypeRef> type =
      ctx->primitiveType() != nullptr ? buildPrimitiveType(ctx->primitiveType()) : buildClassType(ctx->classType());
  if (auto* dims = ctx->dims()) type->arrayDims = static_cast<int>(dims->LBRACK().size());
  return type;
}

Own<TypeRef> AstBuilder::buildTypeOrVoid(P::TypeOrVoidContext* ctx) {
  if (ctx->VOID() == nullptr) return buildType(ctx->typeType());
  auto type = std::make_unique<TypeRef>(loc(ctx));
  type->isPrimitive = true;
  type->primitive = PrimitiveKind::Void;
  return type;
}

Own<TypeRef> AstBuilder::buildLocalType(P::TypeTypeContext* ctx) {
  Own<TypeRef> type = buildType(ctx);
  if (!type->isPrimitive && type->arrayDims == 0 && type->name.size() == 1 && type->name[0] == "var") {
    error(type->location, "'var' is not supported yet; declare the variable's type");
    return nullptr;
  }
  return type;
}

}  // namespace plurix::compiler::parse
