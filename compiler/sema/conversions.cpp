#include "compiler/sema/conversions.h"

#include <string_view>

#include "compiler/sema/member_lookup.h"
#include "compiler/sema/sema_context.h"
#include "compiler/sema/symbols.h"

namespace plurix::compiler::sema {
namespace {

bool isClassNamed(const Type* t, std::string_view qualifiedName) {
  return t != nullptr && t->isClass() && t->classSymbol() != nullptr &&
         t->classSymbol()->qualifiedName == qualifiedName;
}

// The wrapper class of a primitive, as boxing would use it (JLS 5.1.7).
std::string_view boxName(TypeKind kind) {
  switch (kind) {
    case TypeKind::Boolean: return "java.lang.Boolean";
    case TypeKind::Byte: return "java.lang.Byte";
    case TypeKind::Short: return "java.lang.Short";
    case TypeKind::Char: return "java.lang.Character";
    case TypeKind::Int: return "java.lang.Integer";
    case TypeKind::Long: return "java.lang.Long";
    case TypeKind::Float: return "java.lang.Float";
    case TypeKind::Double: return "java.lang.Double";
    default: return "";
  }
}

// The primitive a wrapper class unboxes to, or Error if `t` is no wrapper.
TypeKind unboxedKind(const Type* t) {
  for (TypeKind k : {TypeKind::Boolean, TypeKind::Byte, TypeKind::Short, TypeKind::Char, TypeKind::Int,
                     TypeKind::Long, TypeKind::Float, TypeKind::Double})
    if (isClassNamed(t, boxName(k))) return k;
  return TypeKind::Error;
}

// True where Java would accept the conversion through boxing or unboxing,
// so the message can say that the dialect lacks it rather than that the
// types are unrelated.
bool javaWouldBox(SemaContext& ctx, const Type* from, const Type* to) {
  if (from->isPrimitive() && to->isClass()) {
    const ClassSymbol* box = ctx.classes.findClass(boxName(from->kind()));
    if (box != nullptr) return box->isSubtypeOf(to->classSymbol());
    return isClassNamed(to, boxName(from->kind())) || isClassNamed(to, "java.lang.Object");
  }
  if (from->isClass() && to->isPrimitive()) {
    const TypeKind unboxed = unboxedKind(from);
    return unboxed != TypeKind::Error && (unboxed == to->kind() || isWideningPrimitive(unboxed, to->kind()));
  }
  return false;
}

bool fitsIn(int32_t value, TypeKind kind) {
  switch (kind) {
    case TypeKind::Byte: return value >= -128 && value <= 127;
    case TypeKind::Short: return value >= -32768 && value <= 32767;
    case TypeKind::Char: return value >= 0 && value <= 0xFFFF;
    default: return false;
  }
}

}  // namespace

bool isStringType(const Type* type) { return isClassNamed(type, "java.lang.String"); }

bool isWideningPrimitive(TypeKind from, TypeKind to) {
  switch (from) {
    case TypeKind::Byte:
      return to == TypeKind::Short || to == TypeKind::Int || to == TypeKind::Long || to == TypeKind::Float ||
             to == TypeKind::Double;
    case TypeKind::Short:
    case TypeKind::Char:
      return to == TypeKind::Int || to == TypeKind::Long || to == TypeKind::Float || to == TypeKind::Double;
    case TypeKind::Int: return to == TypeKind::Long || to == TypeKind::Float || to == TypeKind::Double;
    case TypeKind::Long: return to == TypeKind::Float || to == TypeKind::Double;
    case TypeKind::Float: return to == TypeKind::Double;
    default: return false;
  }
}

bool isInvocationConvertible(SemaContext& ctx, const Type* from, const Type* to) {
  if (from == to || from->isError() || to->isError()) return true;
  if (from->isPrimitive() && to->isPrimitive()) return isWideningPrimitive(from->kind(), to->kind());
  if (from->isReference() && to->isReference()) return isSubtype(ctx, from, to);
  return false;
}

bool isAssignable(SemaContext& ctx, const Type* from, const std::optional<ast::ConstantValue>& constant,
                  const Type* to) {
  if (isInvocationConvertible(ctx, from, to)) return true;
  // JLS 5.2: an int-or-narrower constant narrows to byte/short/char if it fits.
  if (constant && to->isIntegral() && to->kind() != TypeKind::Int && to->kind() != TypeKind::Long &&
      (from->kind() == TypeKind::Byte || from->kind() == TypeKind::Short || from->kind() == TypeKind::Char ||
       from->kind() == TypeKind::Int)) {
    if (const auto* v = std::get_if<int32_t>(&*constant)) return fitsIn(*v, to->kind());
  }
  return false;
}

bool isCastable(SemaContext& ctx, const Type* from, const Type* to) {
  if (from == to || from->isError() || to->isError()) return true;
  if (from->isVoid() || to->isVoid()) return false;
  if (from->isPrimitive() || to->isPrimitive()) {
    if (!from->isPrimitive() || !to->isPrimitive()) return false;
    return from->isNumeric() && to->isNumeric();
  }
  if (from->isNull()) return true;
  if (isSubtype(ctx, from, to) || isSubtype(ctx, to, from)) return true;
  if (from->isArray() || to->isArray()) {
    if (!from->isArray() || !to->isArray()) return false;  // the class side would have to be a supertype
    const Type* fromElement = from->elementType();
    const Type* toElement = to->elementType();
    if (fromElement->isPrimitive() || toElement->isPrimitive()) return fromElement == toElement;
    return isCastable(ctx, fromElement, toElement);
  }
  const ClassSymbol* source = from->classSymbol();
  const ClassSymbol* target = to->classSymbol();
  if (!source->isInterface && !target->isInterface) return false;  // unrelated classes
  // A final class that does not implement the interface can never be one.
  if (!source->isInterface && source->isFinal()) return false;
  if (!target->isInterface && target->isFinal()) return false;
  return true;
}

std::string messageTypeName(const Type* type, const Type* other) {
  const Type* base = type->baseType();
  if (!base->isClass()) return type->name();
  const Type* otherBase = other != nullptr ? other->baseType() : nullptr;
  const ClassSymbol* cls = base->classSymbol();
  if (otherBase != nullptr && otherBase->isClass() && otherBase->classSymbol() != cls &&
      otherBase->classSymbol()->name == cls->name)
    return type->name();
  std::string name = cls->name;
  for (const Type* t = type; t->isArray(); t = t->elementType()) name += "[]";
  return name;
}

std::string incompatibleTypesMessage(SemaContext& ctx, const Type* from, const Type* to) {
  const std::string fromName = messageTypeName(from, to);
  const std::string toName = messageTypeName(to, from);
  if (from->isNumeric() && to->isNumeric())
    return "incompatible types: possible lossy conversion from " + fromName + " to " + toName;
  std::string message = "incompatible types: " + fromName + " cannot be converted to " + toName;
  if (javaWouldBox(ctx, from, to))
    message += from->isPrimitive() ? " (boxing is not supported yet)" : " (unboxing is not supported yet)";
  return message;
}

const Type* unaryPromotion(SemaContext& ctx, const Type* type) {
  switch (type->kind()) {
    case TypeKind::Byte:
    case TypeKind::Short:
    case TypeKind::Char: return ctx.types.intType();
    default: return type;
  }
}

const Type* binaryPromotion(SemaContext& ctx, const Type* left, const Type* right) {
  for (TypeKind k : {TypeKind::Double, TypeKind::Float, TypeKind::Long})
    if (left->kind() == k || right->kind() == k) return ctx.types.primitive(k);
  return ctx.types.intType();
}

}  // namespace plurix::compiler::sema
