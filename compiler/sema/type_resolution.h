#pragma once
// Type names (JLS 6.5.5, 7.5): what a simple or qualified type name means at
// a point of the program. A simple name is looked up in this order: member
// classes of the current class and its enclosing classes (inherited ones
// included), the unit's own top-level classes and single-type imports, the
// unit's package, on-demand imports (java.lang.* implicitly), where two
// on-demand imports supplying the name make it ambiguous.
#include <span>
#include <string>
#include <string_view>

#include "compiler/ast/ast.h"
#include "compiler/sema/sema_context.h"

namespace plurix::compiler::sema {

// Where a name appears: the unit (package, imports) and the innermost class
// whose body contains it (null at the level of the unit's imports / headers).
struct TypeScope {
  const ast::CompilationUnit* unit = nullptr;
  const ClassSymbol* cls = nullptr;
};

// The scope inside the body of `cls` (its unit is cls->unit; null for a heap class).
TypeScope scopeOf(const ClassSymbol* cls);

struct TypeNameLookup {
  const ClassSymbol* found = nullptr;  // null if not found or ambiguous
  bool ambiguous = false;              // two on-demand imports supply the name
};

// The class a simple type name denotes in `scope`, without reporting anything.
TypeNameLookup lookupSimpleTypeName(SemaContext& ctx, const TypeScope& scope, std::string_view name);

// The member class `name` of `cls`, declared there or inherited from a
// superclass or superinterface; null if none.
const ClassSymbol* findMemberClass(const ClassSymbol* cls, std::string_view name);

// The class a (possibly qualified) type name denotes, e.g. {"Map","Entry"} or
// {"java","util","Random"}. Reports "cannot find symbol: class X", "package
// a.b does not exist" or "reference to X is ambiguous" at `where` and returns
// null when it denotes no class.
const ClassSymbol* resolveTypeName(SemaContext& ctx, const TypeScope& scope,
                                   std::span<const std::string> name, SourceLocation where);

// Resolves `ref` (a primitive, void or class type, with array dimensions),
// stores the result in ref.resolved and returns it; the Error type after
// reporting when the name denotes no class. A STRUCT as array element type is
// reported ("a STRUCT is never referenced from the heap").
const Type* resolveTypeRef(SemaContext& ctx, const TypeScope& scope, ast::TypeRef& ref);

// "a.b.c" from {"a","b","c"}.
std::string joinName(std::span<const std::string> parts);

}  // namespace plurix::compiler::sema
