#pragma once
// Attribution of bodies: gives every expression of a class its type, symbol
// and constant value, resolves every name, label and call, and reports the
// type errors of JLS chapters 5, 14 and 15 as javac words them. Runs after the
// declaration pass; the flow checks (compiler/flow/) read what it fills in.
// Invariant: after attributeClass, every ast::Expr below the class has a
// non-null `type` (the Error type where attribution failed).
#include "compiler/ast/ast.h"

namespace plurix::compiler::sema {

struct SemaContext;

// Attributes the field initializers, initializer blocks, methods and
// constructors of `cls` (not its nested classes: call once per class).
// Requires: the declaration pass has filled cls.symbol and the member symbols.
// Returns the number of errors it reported, so the caller can skip the flow
// checks of a class whose attribution failed.
size_t attributeClass(SemaContext& ctx, ast::ClassDecl& cls);

}  // namespace plurix::compiler::sema
