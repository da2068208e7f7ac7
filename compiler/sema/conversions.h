#pragma once
// The conversions of JLS chapter 5 for the dialect: identity, widening and
// narrowing primitive, widening reference (subtyping), assignment conversion
// with the narrowing of int constants to byte/short/char, method invocation
// conversion (strict = loose here, since boxing is not supported yet), casting
// conversion, and numeric promotion. The Error type converts to and from
// everything, so one mistake yields one diagnostic.
#include <optional>
#include <string>

#include "compiler/ast/ast.h"
#include "compiler/sema/types.h"

namespace plurix::compiler::sema {

struct SemaContext;

// JLS 5.1.2: `from` widens to `to` (both primitive).
bool isWideningPrimitive(TypeKind from, TypeKind to);

// JLS 5.2: a value of type `from` (with constant value `constant`, if any) may
// be assigned to a variable of type `to`.
bool isAssignable(SemaContext& ctx, const Type* from, const std::optional<ast::ConstantValue>& constant,
                  const Type* to);

// JLS 5.3 (phases 1 and 2 coincide without boxing): an argument of type `from`
// may be passed to a parameter of type `to`.
bool isInvocationConvertible(SemaContext& ctx, const Type* from, const Type* to);

// JLS 5.5: an expression of type `from` may be cast to `to`.
bool isCastable(SemaContext& ctx, const Type* from, const Type* to);

// The javac message for a failed assignment or invocation conversion, e.g.
// "incompatible types: possible lossy conversion from long to int".
std::string incompatibleTypesMessage(SemaContext& ctx, const Type* from, const Type* to);

// How javac's messages name `type` beside `other`: a class by its simple name,
// unless `other` is a different class of the same simple name.
std::string messageTypeName(const Type* type, const Type* other);

// JLS 5.6.1: byte, short and char promote to int; other types stay.
const Type* unaryPromotion(SemaContext& ctx, const Type* type);

// JLS 5.6.2: double, else float, else long, else int. Both must be numeric.
const Type* binaryPromotion(SemaContext& ctx, const Type* left, const Type* right);

// True if `type` is java.lang.String.
bool isStringType(const Type* type);

}  // namespace plurix::compiler::sema
