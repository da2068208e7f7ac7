#pragma once
// The rules that relate a class's methods to its supertypes' (JLS 8.4.8,
// 8.1.1.1, 9.6.4.4): overriding may not weaken access, change the return type
// incompatibly, override a final or static method, turn an instance method
// static, or throw new checked exceptions; a concrete class implements every
// abstract method it inherits; @Override must override something. Sets
// MethodSymbol::overrides.
#include "compiler/sema/sema_context.h"

namespace plurix::compiler::sema {

// Requires: the members of every class are declared (declareMembers).
void checkInheritance(SemaContext& ctx, ClassSymbol& cls);

}  // namespace plurix::compiler::sema
