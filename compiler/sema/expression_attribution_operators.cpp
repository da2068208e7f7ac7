// The operators of JLS 15.15-15.26: operand checks, promotions, result types
// and constant folding. Messages follow javac ("bad operand types for binary
// operator '-'"), with the operand types on the same line.
#include "compiler/sema/body_attributor.h"
#include "compiler/sema/constant_folding.h"
#include "compiler/sema/conversions.h"
#include "compiler/sema/member_lookup.h"

namespace plurix::compiler::sema {
namespace {

const char* binarySymbol(ast::BinaryOp op) {
  static constexpr const char* kSymbols[] = {"*", "/", "%", "+", "-", "<<", ">>", ">>>", "<", ">",
                                             "<=", ">=", "==", "!=", "&", "^", "|", "&&", "||"};
  return kSymbols[static_cast<int>(op)];
}

const char* unarySymbol(ast::UnaryOp op) {
  static constexpr const char* kSymbols[] = {"+", "-", "~", "!", "++", "--", "++", "--"};
  return kSymbols[static_cast<int>(op)];
}

bool isIncrement(ast::UnaryOp op) {
  return op == ast::UnaryOp::PreIncrement || op == ast::UnaryOp::PreDecrement ||
         op == ast::UnaryOp::PostIncrement || op == ast::UnaryOp::PostDecrement;
}

}  // namespace

const Type* BodyAttributor::attributeUnary(ast::UnaryExpr* e) {
  const bool increment = isIncrement(e->op);
  const Type* operand = increment ? attributeAssignmentTarget(e->operand.get()) : attributeExpr(e->operand.get());
  if (operand->isError()) return errorType();
  const bool fits = e->op == ast::UnaryOp::Not      ? operand->isBoolean()
                    : e->op == ast::UnaryOp::BitNot ? operand->isIntegral()
                                                    : operand->isNumeric();
  if (!fits) {
    ctx_.diags.error(e->location, "bad operand type " + messageTypeName(operand, nullptr) + " for unary operator '" +
                                      unarySymbol(e->op) + "'");
    return errorType();
  }
  if (increment) return operand;
  const Type* result = e->op == ast::UnaryOp::Not ? operand : unaryPromotion(ctx_, operand);
  if (e->operand->constant) e->constant = foldUnary(e->op, *e->operand->constant, operand, result);
  return result;
}

const Type* BodyAttributor::binaryOperationType(ast::BinaryOp op, const Type* left, const Type* right) {
  using ast::BinaryOp;
  switch (op) {
    case BinaryOp::Add:
      if (isStringType(left) || isStringType(right)) {
        if (left->isVoid() || right->isVoid()) return nullptr;
        return isStringType(left) ? left : right;
      }
      [[fallthrough]];
    case BinaryOp::Mul:
    case BinaryOp::Div:
    case BinaryOp::Rem:
    case BinaryOp::Sub:
    case BinaryOp::Lt:
    case BinaryOp::Gt:
    case BinaryOp::Le:
    case BinaryOp::Ge:
      return left->isNumeric() && right->isNumeric() ? binaryPromotion(ctx_, left, right) : nullptr;
    case BinaryOp::Shl:
    case BinaryOp::Shr:
    case BinaryOp::Ushr:
      // Each operand is promoted on its own (JLS 15.19); the left one gives the type.
      return left->isIntegral() && right->isIntegral() ? unaryPromotion(ctx_, left) : nullptr;
    case BinaryOp::BitAnd:
    case BinaryOp::BitOr:
    case BinaryOp::BitXor:
      if (left->isBoolean() && right->isBoolean()) return left;
      return left->isIntegral() && right->isIntegral() ? binaryPromotion(ctx_, left, right) : nullptr;
    case BinaryOp::And:
    case BinaryOp::Or:
      return left->isBoolean() && right->isBoolean() ? left : nullptr;
    case BinaryOp::Eq:
    case BinaryOp::Ne:
      if (left->isNumeric() && right->isNumeric()) return binaryPromotion(ctx_, left, right);
      if (left->isBoolean() && right->isBoolean()) return left;
      if (left->isReference() && right->isReference()) return isStringType(left) && isStringType(right) ? left : ctx_.types.nullType();
      return nullptr;
  }
  return nullptr;
}

void BodyAttributor::reportBadOperands(ast::BinaryOp op, const Type* left, const Type* right, SourceLocation where) {
  if (left->isVoid() || right->isVoid()) {
    ctx_.diags.error(where, "'void' type not allowed here");
    return;
  }
  ctx_.diags.error(where, std::string("bad operand types for binary operator '") + binarySymbol(op) +
                              "'; first type: " + messageTypeName(left, right) + ", second type: " + messageTypeName(right, left));
}

const Type* BodyAttributor::attributeBinary(ast::BinaryExpr* e) {
  const Type* left = attributeExpr(e->left.get());
  const Type* right = attributeExpr(e->right.get());
  if (left->isError() || right->isError()) return errorType();
  if (left->isVoid() || right->isVoid()) {
    // javac points at the void operand, not at the operator.
    ctx_.diags.error((left->isVoid() ? e->left : e->right)->location, "'void' type not allowed here");
    return errorType();
  }
  const bool equality = e->op == ast::BinaryOp::Eq || e->op == ast::BinaryOp::Ne;
  // javac finds an equality operator for boolean == int, then finds the two
  // incomparable; between other kinds there is no operator at all.
  const bool booleanAgainstNumber =
      (left->isBoolean() && right->isNumeric()) || (left->isNumeric() && right->isBoolean());
  const Type* operation = binaryOperationType(e->op, left, right);
  if (operation == nullptr && !(equality && booleanAgainstNumber)) {
    reportBadOperands(e->op, left, right, e->location);
    return errorType();
  }
  if (equality && (booleanAgainstNumber || (left->isReference() && !isCastable(ctx_, left, right)))) {
    ctx_.diags.error(e->location, "incomparable types: " + messageTypeName(left, right) + " and " +
                                      messageTypeName(right, left));
    return errorType();
  }
  const Type* result = operation;
  switch (e->op) {
    case ast::BinaryOp::Lt:
    case ast::BinaryOp::Gt:
    case ast::BinaryOp::Le:
    case ast::BinaryOp::Ge:
    case ast::BinaryOp::Eq:
    case ast::BinaryOp::Ne:
      result = ctx_.types.booleanType();
      break;
    default:
      break;
  }
  if (e->left->constant && e->right->constant && !operation->isNull())
    e->constant = foldBinary(e->op, *e->left->constant, left, *e->right->constant, right, operation);
  return result;
}

const Type* BodyAttributor::attributeAssign(ast::AssignExpr* e) {
  const Type* target = attributeAssignmentTarget(e->target.get());
  if (!e->compoundOp) {
    attributeAssignable(e->value.get(), target);
    return target;
  }
  const Type* value = attributeExpr(e->value.get());
  if (target->isError() || value->isError()) return target;
  const ast::BinaryOp op = *e->compoundOp;
  // JLS 15.26.2: `a op= b` is `a = (T)(a op b)`, so only the operation must
  // type-check, plus the implicit cast back; += on a String appends anything.
  if (op == ast::BinaryOp::Add && isStringType(target)) {
    if (value->isVoid()) ctx_.diags.error(e->value->location, "'void' type not allowed here");
    return target;
  }
  const Type* operation = binaryOperationType(op, target, value);
  if (operation == nullptr || isStringType(operation) || op == ast::BinaryOp::And || op == ast::BinaryOp::Or) {
    reportBadOperands(op, target, value, e->location);
    return target;
  }
  if (!isCastable(ctx_, operation, target))
    ctx_.diags.error(e->location, incompatibleTypesMessage(ctx_, operation, target));
  return target;
}

}  // namespace plurix::compiler::sema
