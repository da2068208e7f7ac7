// Expressions other than names, calls and operators: literals, this, ?:,
// instanceof, casts and arrays. Every path sets Expr::type; an operand of the
// Error type makes the result Error without a further diagnostic.
#include "compiler/sema/body_attributor.h"
#include "compiler/sema/constant_folding.h"
#include "compiler/sema/conversions.h"
#include "compiler/sema/member_lookup.h"

namespace plurix::compiler::sema {

const Type* BodyAttributor::attributeExpr(ast::Expr* e) {
  if (e == nullptr) return errorType();
  if (exprDepth_ >= kMaxExpressionDepth) {
    if (exprDepth_ == kMaxExpressionDepth) ctx_.diags.error(e->location, "expression is too deeply nested");
    e->type = errorType();
    return e->type;
  }
  ++exprDepth_;
  const Type* type = attributeExprKind(e);
  --exprDepth_;
  e->type = type != nullptr ? type : errorType();
  return e->type;
}

const Type* BodyAttributor::attributeExprKind(ast::Expr* e) {
  switch (e->kind) {
    case ast::NodeKind::Literal: return attributeLiteral(e->as<ast::LiteralExpr>());
    case ast::NodeKind::Name: return attributeName(e->as<ast::NameExpr>(), false);
    case ast::NodeKind::FieldAccess: return attributeFieldAccess(e->as<ast::FieldAccessExpr>(), false);
    case ast::NodeKind::MethodCall: return attributeMethodCall(e->as<ast::MethodCallExpr>());
    case ast::NodeKind::New: return attributeNew(e->as<ast::NewExpr>());
    case ast::NodeKind::NewArray: return attributeNewArray(e->as<ast::NewArrayExpr>());
    case ast::NodeKind::ArrayInitializer:
      // Only legal where a declaration or `new T[]` supplies the array type.
      ctx_.diags.error(e->location, "illegal initializer; an array initializer needs an array type");
      for (auto& element : e->as<ast::ArrayInitializerExpr>()->elements) attributeExpr(element.get());
      return errorType();
    case ast::NodeKind::ArrayAccess: return attributeArrayAccess(e->as<ast::ArrayAccessExpr>());
    case ast::NodeKind::Unary: return attributeUnary(e->as<ast::UnaryExpr>());
    case ast::NodeKind::Binary: return attributeBinary(e->as<ast::BinaryExpr>());
    case ast::NodeKind::Assign: return attributeAssign(e->as<ast::AssignExpr>());
    case ast::NodeKind::Conditional: return attributeConditional(e->as<ast::ConditionalExpr>());
    case ast::NodeKind::InstanceOf: return attributeInstanceOf(e->as<ast::InstanceOfExpr>());
    case ast::NodeKind::Cast: return attributeCast(e->as<ast::CastExpr>());
    case ast::NodeKind::This: return attributeThis(e->as<ast::ThisExpr>());
    case ast::NodeKind::ClassLiteral:
      ctx_.diags.error(e->location, "class literals are not supported yet");
      return errorType();
    case ast::NodeKind::Erroneous:  // the parser reported it
    default:
      return errorType();
  }
}

const Type* BodyAttributor::attributeLiteral(ast::LiteralExpr* e) {
  switch (e->literalKind) {
    case ast::LiteralKind::Null: return ctx_.types.nullType();
    case ast::LiteralKind::String: e->constant = e->value; return stringType();
    default: break;
  }
  static constexpr struct {
    ast::LiteralKind literal;
    TypeKind type;
  } kTypes[] = {{ast::LiteralKind::Int, TypeKind::Int},     {ast::LiteralKind::Long, TypeKind::Long},
                {ast::LiteralKind::Float, TypeKind::Float}, {ast::LiteralKind::Double, TypeKind::Double},
                {ast::LiteralKind::Char, TypeKind::Char},   {ast::LiteralKind::Boolean, TypeKind::Boolean}};
  for (const auto& entry : kTypes) {
    if (entry.literal != e->literalKind) continue;
    const Type* type = ctx_.types.primitive(entry.type);
    // The parser decodes into the variant member of the literal's own kind;
    // normalise anyway so folding never meets a mismatched alternative.
    e->constant = convertConstant(e->value, type, type);
    if (!e->constant && entry.type == TypeKind::Boolean) e->constant = e->value;
    return type;
  }
  return errorType();
}

const Type* BodyAttributor::attributeThis(ast::ThisExpr* e) {
  const char* word = e->isSuper ? "super" : "this";
  if (staticContext_) {
    ctx_.diags.error(e->location, std::string("non-static variable ") + word +
                                      " cannot be referenced from a static context");
    return errorType();
  }
  if (constructorPrologue_) {
    ctx_.diags.error(e->location, std::string("cannot reference ") + word +
                                      " before supertype constructor has been called");
    return errorType();
  }
  if (!e->isSuper) return classTypeOf(classSymbol_);
  const ClassSymbol* superclass = classSymbol_->superclass;
  if (superclass == nullptr) superclass = ctx_.known.object;
  return superclass != nullptr ? classTypeOf(superclass) : errorType();
}

void BodyAttributor::attributeCondition(ast::Expr* e) {
  const Type* type = attributeExpr(e);
  if (e == nullptr || type->isError() || type->isBoolean()) return;
  ctx_.diags.error(e->location, incompatibleTypesMessage(ctx_, type, ctx_.types.booleanType()));
}

const Type* BodyAttributor::attributeConditional(ast::ConditionalExpr* e) {
  attributeCondition(e->condition.get());
  const Type* a = attributeExpr(e->thenExpr.get());
  const Type* b = attributeExpr(e->elseExpr.get());
  if (a->isError() || b->isError()) return errorType();
  const Type* type = conditionalType(e, a, b);
  if (type->isError()) return type;
  const ast::Expr* condition = e->condition.get();
  if (condition != nullptr && condition->constant && e->thenExpr->constant && e->elseExpr->constant) {
    const bool* which = std::get_if<bool>(&*condition->constant);
    if (which != nullptr) {
      const ast::Expr* chosen = *which ? e->thenExpr.get() : e->elseExpr.get();
      e->constant = convertConstant(*chosen->constant, chosen->type, type);
    }
  }
  return type;
}

// JLS 15.25 for the dialect: no boxing, so a primitive and a reference operand
// never meet; references take the nearer common superclass.
const Type* BodyAttributor::conditionalType(ast::ConditionalExpr* e, const Type* a, const Type* b) {
  if (a == b && !a->isVoid()) return a;
  if (a->isNumeric() && b->isNumeric()) {
    auto narrowFits = [&](const Type* narrow, const ast::Expr* other, const Type* otherType) {
      return (narrow->kind() == TypeKind::Byte || narrow->kind() == TypeKind::Short ||
              narrow->kind() == TypeKind::Char) &&
             otherType->kind() == TypeKind::Int && isAssignable(ctx_, otherType, other->constant, narrow);
    };
    if (narrowFits(a, e->elseExpr.get(), b)) return a;
    if (narrowFits(b, e->thenExpr.get(), a)) return b;
    if ((a->kind() == TypeKind::Byte && b->kind() == TypeKind::Short) ||
        (a->kind() == TypeKind::Short && b->kind() == TypeKind::Byte))
      return ctx_.types.primitive(TypeKind::Short);
    return binaryPromotion(ctx_, a, b);
  }
  if (a->isReference() && b->isReference()) {
    if (isSubtype(ctx_, a, b)) return b;
    if (isSubtype(ctx_, b, a)) return a;
    if (a->isClass() && b->isClass()) {
      for (const ClassSymbol* c = a->classSymbol()->superclass; c != nullptr; c = c->superclass)
        if (b->classSymbol()->isSubtypeOf(c)) return classTypeOf(c);
    }
    return ctx_.known.object != nullptr ? classTypeOf(ctx_.known.object) : errorType();
  }
  if (a->isVoid() || b->isVoid()) {
    ctx_.diags.error(e->location, "'void' type not allowed here");
    return errorType();
  }
  std::string message = "incompatible types: bad type in conditional expression; " + messageTypeName(a, b) + " and " +
                        messageTypeName(b, a) + " have no common type";
  if (a->isPrimitive() != b->isPrimitive()) message += " (boxing is not supported yet)";
  ctx_.diags.error(e->location, message);
  return errorType();
}

const Type* BodyAttributor::attributeInstanceOf(ast::InstanceOfExpr* e) {
  const Type* operand = attributeExpr(e->operand.get());
  const Type* test = resolveType(e->testType.get());
  if (operand->isError() || test->isError()) return ctx_.types.booleanType();
  for (const Type* t : {operand, test}) {
    if (t->isReference()) continue;
    ctx_.diags.error(t == operand ? e->operand->location : e->testType->location,
                     "unexpected type; required: reference; found: " + messageTypeName(t, nullptr));
    return ctx_.types.booleanType();
  }
  if (!isCastable(ctx_, operand, test))
    ctx_.diags.error(e->operand->location, "incompatible types: " + messageTypeName(operand, test) + " cannot be converted to " +
                                      messageTypeName(test, operand));
  return ctx_.types.booleanType();
}

const Type* BodyAttributor::attributeCast(ast::CastExpr* e) {
  const Type* target = resolveType(e->targetType.get());
  const Type* operand = attributeExpr(e->operand.get());
  if (target->isError() || operand->isError()) return target;
  if (!isCastable(ctx_, operand, target)) {
    // javac points at the operand, not at the parenthesis.
    ctx_.diags.error(e->operand->location, incompatibleTypesMessage(ctx_, operand, target));
    return target;
  }
  if (e->operand->constant && (target->isPrimitive() || isStringType(target)))
    e->constant = convertConstant(*e->operand->constant, operand, target);
  return target;
}

void BodyAttributor::attributeIntOperand(ast::Expr* e) {
  const Type* type = attributeExpr(e);
  if (e == nullptr || type->isError()) return;
  const Type* promoted = type->isNumeric() ? unaryPromotion(ctx_, type) : type;
  if (promoted->kind() != TypeKind::Int)
    ctx_.diags.error(e->location, incompatibleTypesMessage(ctx_, type, ctx_.types.intType()));
}

const Type* BodyAttributor::attributeArrayAccess(ast::ArrayAccessExpr* e) {
  const Type* array = attributeExpr(e->array.get());
  attributeIntOperand(e->index.get());
  if (array->isError()) return errorType();
  if (!array->isArray()) {
    ctx_.diags.error(e->location, "array required, but " + messageTypeName(array, nullptr) + " found");
    return errorType();
  }
  return array->elementType();
}

const Type* BodyAttributor::attributeNewArray(ast::NewArrayExpr* e) {
  const Type* type = resolveType(e->elementType.get());
  for (auto& dimension : e->dimensions) attributeIntOperand(dimension.get());
  const size_t dims = e->dimensions.size() + static_cast<size_t>(e->extraDims);
  if (!type->isError()) {
    if (type->isVoid()) {
      ctx_.diags.error(e->location, "'void' type not allowed here");
      type = errorType();
    } else {
      for (size_t i = 0; i < dims; ++i) type = ctx_.types.arrayOf(type);
    }
  }
  if (e->initializer != nullptr) attributeArrayInitializer(e->initializer.get(), type);
  return type;
}

void BodyAttributor::attributeArrayInitializer(ast::ArrayInitializerExpr* e, const Type* arrayType) {
  const Type* element = errorType();
  if (!arrayType->isError() && !arrayType->isArray()) {
    ctx_.diags.error(e->location, "illegal initializer for " + messageTypeName(arrayType, nullptr));
    arrayType = errorType();
  } else if (arrayType->isArray()) {
    element = arrayType->elementType();
  }
  e->type = arrayType;
  for (auto& item : e->elements) attributeAssignable(item.get(), element);
}

void BodyAttributor::attributeAssignable(ast::Expr* e, const Type* target) {
  if (e == nullptr) return;
  if (e->is<ast::ArrayInitializerExpr>()) {
    attributeArrayInitializer(e->as<ast::ArrayInitializerExpr>(), target != nullptr ? target : errorType());
    return;
  }
  attributeExpr(e);
  checkAssignable(e, target);
}

void BodyAttributor::checkAssignable(ast::Expr* e, const Type* target) {
  if (e == nullptr || target == nullptr || target->isError() || e->type == nullptr || e->type->isError()) return;
  if (isAssignable(ctx_, e->type, e->constant, target)) return;
  ctx_.diags.error(e->location, incompatibleTypesMessage(ctx_, e->type, target));
}

}  // namespace plurix::compiler::sema
