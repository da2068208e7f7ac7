#pragma once
// Constant folding (JLS 15.29) with Java's exact semantics: int and long wrap
// around, float arithmetic is done in float precision, shift distances are
// masked, integer division by zero is not a constant, and strings are built
// the way String.valueOf formats each primitive. Values are ast::ConstantValue:
// byte, short, char and int all travel as int32_t, so the static type of an
// operand says how to read it.
#include <optional>
#include <string>

#include "compiler/ast/ast.h"
#include "compiler/sema/types.h"
#include "runtime/text/java_float_text.h"

namespace plurix::compiler::sema {

// `value` (of primitive or String type `from`) converted to the primitive or
// String type `to` as a cast would (JLS 5.1.2/5.1.3); nullopt if `to` is not a
// constant type or the conversion is not one a constant expression may make.
std::optional<ast::ConstantValue> convertConstant(const ast::ConstantValue& value, const Type* from,
                                                  const Type* to);

// `op value`, where `resultType` is the promoted type of the operation.
std::optional<ast::ConstantValue> foldUnary(ast::UnaryOp op, const ast::ConstantValue& value,
                                            const Type* operandType, const Type* resultType);

// `left op right`; `operationType` is the type the operands are converted to
// before the operation (the promoted type; the left operand's promoted type for
// shifts; String for concatenation; boolean for the logical operators).
std::optional<ast::ConstantValue> foldBinary(ast::BinaryOp op, const ast::ConstantValue& left,
                                             const Type* leftType, const ast::ConstantValue& right,
                                             const Type* rightType, const Type* operationType);

// The text String.valueOf gives for a constant of type `type`, in UTF-16.
std::u16string constantToString(const ast::ConstantValue& value, const Type* type);

// Double.toString / Float.toString exactly as Java 17 prints them.
using runtime::text::javaDoubleToString;
using runtime::text::javaFloatToString;

}  // namespace plurix::compiler::sema
