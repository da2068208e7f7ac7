#pragma once
// Members of classes as seen from a use (JLS 8.2, 8.4.8, 9.2, 6.6): fields and
// methods inherited through superclasses and superinterfaces, overridden
// methods hidden by their overriders, accessibility, and subtyping between
// reference types. Every walk over the hierarchy terminates: the declaration
// pass never lets a cycle into the superclass/interface links.
#include <string>
#include <string_view>
#include <vector>

#include "compiler/sema/sema_context.h"

namespace plurix::compiler::sema {

// The field `name` declared in `cls` or inherited (the superclass chain
// first, then superinterfaces); its `owner` is the declaring class. Null if none.
const FieldSymbol* findField(const ClassSymbol* cls, std::string_view name);

// The methods named `name` that are members of `cls` (declared or inherited,
// constructors excluded); a method overridden by another member of the same
// signature is left out. An interface's members include Object's public methods.
std::vector<const MethodSymbol*> findMethods(const SemaContext& ctx, const ClassSymbol* cls,
                                             std::string_view name);

// The constructors declared in `cls` (the default one included).
std::vector<const MethodSymbol*> constructorsOf(const ClassSymbol* cls);

// True if a member of `owner` with modifiers `modifiers` may be used from the
// body of `from` (JLS 6.6). `qualifierType`, when not null, is the static type
// of the expression the instance member is selected from (protected access
// from another package requires it to be `from` or a subclass). Pass null
// for `super.x` / `super.m()` and simple names: JLS 6.6.2.1 permits those.
bool isAccessible(const ClassSymbol* from, const ClassSymbol* owner, ast::Modifiers modifiers,
                  const Type* qualifierType = nullptr);
// True if class `cls` may be named from the body of `from`.
bool isClassAccessible(const ClassSymbol* from, const ClassSymbol* cls);
// The javac message for an inaccessible member: "x has private access in X",
// "x has protected access in X", "x is not public in X; cannot be accessed from
// outside package". `memberName` is "x" for a field, "m(int)" for a method.
std::string inaccessibleMessage(std::string_view memberName, const ClassSymbol* owner,
                                ast::Modifiers modifiers);

// Reference subtyping (JLS 4.10.2-3): null <: every reference type, a class
// <: its superclasses and superinterfaces, every reference type <: Object,
// T[] <: Object, Cloneable; S[] <: T[] if S <: T for references, and identical
// primitive element types. The Error type is a subtype and a supertype of
// everything. Primitives are subtypes only of themselves.
bool isSubtype(const SemaContext& ctx, const Type* sub, const Type* super);

// True if the two methods have the same name and parameter types.
bool sameSignature(const MethodSymbol* a, const MethodSymbol* b);

// `cls` and all its supertypes, each once: first its superclass chain, then
// the superinterfaces breadth-first, so a class member is met before an
// interface member that it overrides or hides.
std::vector<const ClassSymbol*> supertypesNearestFirst(const ClassSymbol* cls);

// The class whose body `from` is nested in at top level (itself if top level).
const ClassSymbol* outermostClass(const ClassSymbol* from);

}  // namespace plurix::compiler::sema
