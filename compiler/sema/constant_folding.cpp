// Folding follows the JVM's arithmetic, not C++'s: C++ leaves signed overflow,
// INT_MIN / -1 and out-of-range float-to-int conversions undefined, while Java
// defines each of them, so every such case is spelled out below.
#include "compiler/sema/constant_folding.h"

#include <cmath>
#include <cstdint>
#include <limits>

#include "compiler/sema/conversions.h"

namespace plurix::compiler::sema {
namespace {

using ast::BinaryOp;
using ast::ConstantValue;

// Java's d2i / d2l: NaN becomes 0, out-of-range values saturate.
template <typename Int>
Int saturatingFromDouble(double d) {
  if (std::isnan(d)) return 0;
  if (d <= static_cast<double>(std::numeric_limits<Int>::min())) return std::numeric_limits<Int>::min();
  if (d >= static_cast<double>(std::numeric_limits<Int>::max())) return std::numeric_limits<Int>::max();
  return static_cast<Int>(d);
}

int32_t wrapToInt(int64_t v) { return static_cast<int32_t>(static_cast<uint32_t>(static_cast<uint64_t>(v))); }

// The numeric value of a constant in the widest domain that holds it exactly.
struct Numeric {
  bool isFloating = false;
  int64_t integral = 0;
  double floating = 0;
};

std::optional<Numeric> numericOf(const ConstantValue& v) {
  if (const auto* i = std::get_if<int32_t>(&v)) return Numeric{false, *i, 0};
  if (const auto* l = std::get_if<int64_t>(&v)) return Numeric{false, *l, 0};
  if (const auto* f = std::get_if<float>(&v)) return Numeric{true, 0, *f};
  if (const auto* d = std::get_if<double>(&v)) return Numeric{true, 0, *d};
  return std::nullopt;
}

std::optional<ConstantValue> convertNumeric(const Numeric& n, TypeKind to) {
  switch (to) {
    case TypeKind::Long:
      return ConstantValue{n.isFloating ? saturatingFromDouble<int64_t>(n.floating) : n.integral};
    case TypeKind::Float:
      return ConstantValue{n.isFloating ? static_cast<float>(n.floating) : static_cast<float>(n.integral)};
    case TypeKind::Double:
      return ConstantValue{n.isFloating ? n.floating : static_cast<double>(n.integral)};
    default:
      break;
  }
  // Narrowing to byte/short/char goes through int, as Java's d2i then i2b does.
  int32_t asInt = n.isFloating ? saturatingFromDouble<int32_t>(n.floating) : wrapToInt(n.integral);
  switch (to) {
    case TypeKind::Int:
      return ConstantValue{asInt};
    case TypeKind::Short:
      return ConstantValue{static_cast<int32_t>(static_cast<int16_t>(asInt))};
    case TypeKind::Byte:
      return ConstantValue{static_cast<int32_t>(static_cast<int8_t>(asInt))};
    case TypeKind::Char:
      return ConstantValue{static_cast<int32_t>(static_cast<uint16_t>(asInt))};
    default:
      return std::nullopt;
  }
}

std::u16string widen(const std::string& ascii) { return std::u16string(ascii.begin(), ascii.end()); }

template <typename Number>
std::optional<ConstantValue> foldComparison(BinaryOp op, Number l, Number r) {
  switch (op) {
    case BinaryOp::Lt: return ConstantValue{l < r};
    case BinaryOp::Gt: return ConstantValue{l > r};
    case BinaryOp::Le: return ConstantValue{l <= r};
    case BinaryOp::Ge: return ConstantValue{l >= r};
    case BinaryOp::Eq: return ConstantValue{l == r};
    case BinaryOp::Ne: return ConstantValue{l != r};
    default: return std::nullopt;
  }
}

template <typename Int>
std::optional<ConstantValue> foldIntegral(BinaryOp op, Int l, Int r) {
  using Unsigned = std::make_unsigned_t<Int>;
  const auto ul = static_cast<Unsigned>(l);
  const auto ur = static_cast<Unsigned>(r);
  switch (op) {
    case BinaryOp::Add: return ConstantValue{static_cast<Int>(static_cast<Unsigned>(ul + ur))};
    case BinaryOp::Sub: return ConstantValue{static_cast<Int>(static_cast<Unsigned>(ul - ur))};
    case BinaryOp::Mul: return ConstantValue{static_cast<Int>(static_cast<Unsigned>(ul * ur))};
    case BinaryOp::Div:
      if (r == 0) return std::nullopt;  // javac warns; the program throws at run time
      if (l == std::numeric_limits<Int>::min() && r == -1) return ConstantValue{l};
      return ConstantValue{static_cast<Int>(l / r)};
    case BinaryOp::Rem:
      if (r == 0) return std::nullopt;
      if (r == -1) return ConstantValue{static_cast<Int>(0)};
      return ConstantValue{static_cast<Int>(l % r)};
    case BinaryOp::BitAnd: return ConstantValue{static_cast<Int>(l & r)};
    case BinaryOp::BitOr: return ConstantValue{static_cast<Int>(l | r)};
    case BinaryOp::BitXor: return ConstantValue{static_cast<Int>(l ^ r)};
    default: return foldComparison(op, l, r);
  }
}

template <typename Float>
std::optional<ConstantValue> foldFloating(BinaryOp op, Float l, Float r) {
  switch (op) {
    case BinaryOp::Add: return ConstantValue{static_cast<Float>(l + r)};
    case BinaryOp::Sub: return ConstantValue{static_cast<Float>(l - r)};
    case BinaryOp::Mul: return ConstantValue{static_cast<Float>(l * r)};
    case BinaryOp::Div: return ConstantValue{static_cast<Float>(l / r)};
    case BinaryOp::Rem: return ConstantValue{static_cast<Float>(std::fmod(l, r))};
    default: return foldComparison(op, l, r);
  }
}

std::optional<ConstantValue> foldBoolean(BinaryOp op, bool l, bool r) {
  switch (op) {
    case BinaryOp::And:
    case BinaryOp::BitAnd: return ConstantValue{l && r};
    case BinaryOp::Or:
    case BinaryOp::BitOr: return ConstantValue{l || r};
    case BinaryOp::BitXor:
    case BinaryOp::Ne: return ConstantValue{l != r};
    case BinaryOp::Eq: return ConstantValue{l == r};
    default: return std::nullopt;
  }
}

std::optional<ConstantValue> foldShift(BinaryOp op, const ConstantValue& left, const ConstantValue& right,
                                       const Type* operationType) {
  auto l = numericOf(left);
  auto r = numericOf(right);
  if (!l || !r || l->isFloating || r->isFloating) return std::nullopt;
  if (operationType->kind() == TypeKind::Long) {
    const unsigned distance = static_cast<unsigned>(r->integral) & 0x3f;
    const auto bits = static_cast<uint64_t>(l->integral);
    if (op == BinaryOp::Shl) return ConstantValue{static_cast<int64_t>(bits << distance)};
    if (op == BinaryOp::Ushr) return ConstantValue{static_cast<int64_t>(bits >> distance)};
    return ConstantValue{static_cast<int64_t>(l->integral >> distance)};  // arithmetic in C++20
  }
  const unsigned distance = static_cast<unsigned>(r->integral) & 0x1f;
  const int32_t value = wrapToInt(l->integral);
  const auto bits = static_cast<uint32_t>(value);
  if (op == BinaryOp::Shl) return ConstantValue{static_cast<int32_t>(bits << distance)};
  if (op == BinaryOp::Ushr) return ConstantValue{static_cast<int32_t>(bits >> distance)};
  return ConstantValue{static_cast<int32_t>(value >> distance)};
}

}  // namespace

std::optional<ConstantValue> convertConstant(const ConstantValue& value, const Type* from, const Type* to) {
  if (from == nullptr || to == nullptr) return std::nullopt;
  if (isStringType(to)) {
    if (isStringType(from)) return value;
    return std::nullopt;
  }
  if (to->isBoolean()) {
    if (std::holds_alternative<bool>(value)) return value;
    return std::nullopt;
  }
  if (!to->isNumeric()) return std::nullopt;
  auto n = numericOf(value);
  if (!n) return std::nullopt;
  return convertNumeric(*n, to->kind());
}

std::optional<ConstantValue> foldUnary(ast::UnaryOp op, const ConstantValue& value, const Type* operandType,
                                       const Type* resultType) {
  if (op == ast::UnaryOp::Not) {
    if (const auto* b = std::get_if<bool>(&value)) return ConstantValue{!*b};
    return std::nullopt;
  }
  auto promoted = convertConstant(value, operandType, resultType);
  if (!promoted) return std::nullopt;
  switch (op) {
    case ast::UnaryOp::Plus:
      return promoted;
    case ast::UnaryOp::Minus:
      if (auto* i = std::get_if<int32_t>(&*promoted)) return ConstantValue{static_cast<int32_t>(0u - static_cast<uint32_t>(*i))};
      if (auto* l = std::get_if<int64_t>(&*promoted)) return ConstantValue{static_cast<int64_t>(0ull - static_cast<uint64_t>(*l))};
      if (auto* f = std::get_if<float>(&*promoted)) return ConstantValue{-*f};
      if (auto* d = std::get_if<double>(&*promoted)) return ConstantValue{-*d};
      return std::nullopt;
    case ast::UnaryOp::BitNot:
      if (auto* i = std::get_if<int32_t>(&*promoted)) return ConstantValue{static_cast<int32_t>(~*i)};
      if (auto* l = std::get_if<int64_t>(&*promoted)) return ConstantValue{static_cast<int64_t>(~*l)};
      return std::nullopt;
    default:
      return std::nullopt;  // ++ and -- are never constant
  }
}

std::optional<ConstantValue> foldBinary(BinaryOp op, const ConstantValue& left, const Type* leftType,
                                        const ConstantValue& right, const Type* rightType,
                                        const Type* operationType) {
  if (operationType == nullptr) return std::nullopt;
  if (isStringType(operationType)) {
    if (op != BinaryOp::Add) return std::nullopt;  // == on strings is not a constant expression
    return ConstantValue{constantToString(left, leftType) + constantToString(right, rightType)};
  }
  if (op == BinaryOp::Shl || op == BinaryOp::Shr || op == BinaryOp::Ushr)
    return foldShift(op, left, right, operationType);
  if (operationType->isBoolean()) {
    const auto* l = std::get_if<bool>(&left);
    const auto* r = std::get_if<bool>(&right);
    if (l == nullptr || r == nullptr) return std::nullopt;
    return foldBoolean(op, *l, *r);
  }
  auto l = convertConstant(left, leftType, operationType);
  auto r = convertConstant(right, rightType, operationType);
  if (!l || !r) return std::nullopt;
  switch (operationType->kind()) {
    case TypeKind::Int: return foldIntegral<int32_t>(op, std::get<int32_t>(*l), std::get<int32_t>(*r));
    case TypeKind::Long: return foldIntegral<int64_t>(op, std::get<int64_t>(*l), std::get<int64_t>(*r));
    case TypeKind::Float: return foldFloating<float>(op, std::get<float>(*l), std::get<float>(*r));
    case TypeKind::Double: return foldFloating<double>(op, std::get<double>(*l), std::get<double>(*r));
    default: return std::nullopt;
  }
}

std::u16string constantToString(const ConstantValue& value, const Type* type) {
  if (const auto* s = std::get_if<std::u16string>(&value)) return *s;
  if (const auto* b = std::get_if<bool>(&value)) return *b ? u"true" : u"false";
  if (const auto* i = std::get_if<int32_t>(&value)) {
    if (type != nullptr && type->kind() == TypeKind::Char) return std::u16string(1, static_cast<char16_t>(*i));
    return widen(std::to_string(*i));
  }
  if (const auto* l = std::get_if<int64_t>(&value)) return widen(std::to_string(*l));
  if (const auto* f = std::get_if<float>(&value)) return widen(javaFloatToString(*f));
  if (const auto* d = std::get_if<double>(&value)) return widen(javaDoubleToString(*d));
  return u"";
}

}  // namespace plurix::compiler::sema
