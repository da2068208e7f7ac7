#include "compiler/sema/inheritance_checks.h"

#include <vector>

#include "compiler/sema/member_lookup.h"

namespace plurix::compiler::sema {

namespace {

int accessRank(ast::Modifiers modifiers) {
  if ((modifiers & ast::kPublic) != 0) return 3;
  if ((modifiers & ast::kProtected) != 0) return 2;
  if ((modifiers & ast::kPrivate) != 0) return 0;
  return 1;
}

const char* accessName(ast::Modifiers modifiers) {
  switch (accessRank(modifiers)) {
    case 3: return "public";
    case 2: return "protected";
    case 0: return "private";
    default: return "package";
  }
}

// Every proper supertype of `cls`, superclasses first (Object included for an
// interface, whose members include Object's public methods).
std::vector<const ClassSymbol*> properSupertypes(const SemaContext& ctx, const ClassSymbol& cls) {
  std::vector<const ClassSymbol*> order = supertypesNearestFirst(&cls);
  order.erase(order.begin());
  if (cls.isInterface && ctx.known.object != nullptr) order.push_back(ctx.known.object);
  return order;
}

// JLS 8.4.8.1: private methods, and package-private ones of another package,
// are not inherited and so cannot be overridden.
bool canBeOverriddenFrom(const MethodSymbol& method, const ClassSymbol& cls) {
  if (method.isConstructor || (method.modifiers & ast::kPrivate) != 0) return false;
  if ((method.modifiers & (ast::kPublic | ast::kProtected)) != 0) return true;
  return method.owner->packageName == cls.packageName;
}

bool isChecked(const SemaContext& ctx, const Type* type) {
  if (!type->isClass()) return false;
  const ClassSymbol* cls = type->classSymbol();
  if (ctx.known.runtimeException != nullptr && cls->isSubtypeOf(ctx.known.runtimeException)) return false;
  if (ctx.known.error != nullptr && cls->isSubtypeOf(ctx.known.error)) return false;
  return true;
}

bool returnTypeCompatible(const SemaContext& ctx, const Type* overriding, const Type* overridden) {
  if (overriding->isError() || overridden->isError()) return true;
  if (overriding->isPrimitive() || overriding->isVoid() || overridden->isPrimitive() || overridden->isVoid()) {
    return overriding == overridden;
  }
  return isSubtype(ctx, overriding, overridden);  // JLS 8.4.8.3: covariant returns
}

// The reason `method` may not override `overridden`, or "" if it may.
std::string overrideProblem(const SemaContext& ctx, const MethodSymbol& method, const MethodSymbol& overridden) {
  if (method.isStatic() && !overridden.isStatic()) return "overriding method is static";
  if (!method.isStatic() && overridden.isStatic()) return "overridden method is static";
  if ((overridden.modifiers & ast::kFinal) != 0) {
    return method.isStatic() ? "overridden method is static final" : "overridden method is final";
  }
  if (accessRank(method.modifiers) < accessRank(overridden.modifiers)) {
    return std::string("attempting to assign weaker access privileges; was ") + accessName(overridden.modifiers);
  }
  if (!returnTypeCompatible(ctx, method.returnType, overridden.returnType)) {
    return "return type " + method.returnType->name() + " is not compatible with " + overridden.returnType->name();
  }
  for (const Type* thrown : method.thrownTypes) {
    if (!isChecked(ctx, thrown)) continue;
    bool declared = false;
    for (const Type* allowed : overridden.thrownTypes) declared = declared || isSubtype(ctx, thrown, allowed);
    if (!declared) return "overridden method does not throw " + thrown->name();
  }
  return "";
}

bool hasOverrideAnnotation(const ast::MethodDecl* decl) {
  if (decl == nullptr) return false;
  for (const ast::Annotation& annotation : decl->annotations) {
    if (annotation.name == "Override" || annotation.name == "java.lang.Override") return true;
  }
  return false;
}

SourceLocation overrideAnnotationLocation(const ast::MethodDecl& decl) {
  for (const ast::Annotation& annotation : decl.annotations) {
    if (annotation.name == "Override" || annotation.name == "java.lang.Override") return annotation.location;
  }
  return decl.location;
}

void checkOverriding(SemaContext& ctx, const ClassSymbol& cls, MethodSymbol& method,
                     const std::vector<const ClassSymbol*>& supertypes) {
  if (method.isConstructor) return;
  SourceLocation where = method.decl != nullptr && method.decl->nameLocation.valid() ? method.decl->nameLocation
                         : method.decl != nullptr                                   ? method.decl->location
                                                                                    : SourceLocation{};
  bool reported = false;
  for (const ClassSymbol* super : supertypes) {
    for (const MethodSymbol* candidate : super->methods) {
      if (!sameSignature(candidate, &method) || !canBeOverriddenFrom(*candidate, cls)) continue;
      // An interface does not override Object's methods in the sense of 8.4.8.
      bool fromObject = cls.isInterface && super == ctx.known.object;
      if (method.overrides == nullptr && !fromObject) method.overrides = candidate;
      if (reported || fromObject) continue;
      std::string problem = overrideProblem(ctx, method, *candidate);
      if (problem.empty()) continue;
      const char* verb = !cls.isInterface && super->isInterface ? " cannot implement " : " cannot override ";
      ctx.diags.error(where, method.signature() + " in " + cls.name + verb + candidate->signature() +
                                 " in " + super->name + "; " + problem);
      reported = true;
    }
  }
  if (!hasOverrideAnnotation(method.decl)) return;
  bool overridesSomething = false;
  for (const ClassSymbol* super : supertypes) {
    for (const MethodSymbol* candidate : super->methods) {
      overridesSomething = overridesSomething ||
                           (sameSignature(candidate, &method) && canBeOverriddenFrom(*candidate, cls));
    }
  }
  if (method.isStatic()) {
    ctx.diags.error(overrideAnnotationLocation(*method.decl), "static methods cannot be annotated with @Override");
  } else if (!overridesSomething) {
    ctx.diags.error(overrideAnnotationLocation(*method.decl),
                    "method does not override or implement a method from a supertype");
  }
}

// JLS 8.1.1.1: a class that is not abstract must have an implementation of
// every abstract method among its members; javac reports the first missing one.
// An implementation inherited from a superclass must also obey the overriding
// rules against the interface method (JLS 8.4.8.3), checked here because no
// declaration in `cls` would otherwise compare the two.
void checkAbstractImplemented(SemaContext& ctx, const ClassSymbol& cls,
                              const std::vector<const ClassSymbol*>& supertypes) {
  if (cls.isAbstract() || cls.decl == nullptr) return;
  std::vector<const ClassSymbol*> all{&cls};
  all.insert(all.end(), supertypes.begin(), supertypes.end());
  for (const ClassSymbol* owner : all) {
    for (const MethodSymbol* abstractMethod : owner->methods) {
      if (!abstractMethod->isAbstract()) continue;
      const MethodSymbol* member = nullptr;
      for (const MethodSymbol* m : findMethods(ctx, &cls, abstractMethod->name)) {
        if (sameSignature(m, abstractMethod)) member = m;
      }
      SourceLocation where = cls.decl->nameLocation.valid() ? cls.decl->nameLocation : cls.decl->location;
      if (member != nullptr && !member->isAbstract()) {
        if (member->owner == &cls || !owner->isInterface) continue;
        std::string problem = overrideProblem(ctx, *member, *abstractMethod);
        if (problem.empty()) continue;
        ctx.diags.error(where, member->signature() + " in " + member->owner->name + " cannot implement " +
                                   abstractMethod->signature() + " in " + owner->name + "; " + problem);
        return;
      }
      ctx.diags.error(where, cls.name + " is not abstract and does not override abstract method " +
                                 abstractMethod->signature() + " in " + owner->name);
      return;
    }
  }
}

}  // namespace

void checkInheritance(SemaContext& ctx, ClassSymbol& cls) {
  std::vector<const ClassSymbol*> supertypes = properSupertypes(ctx, cls);
  for (MethodSymbol* method : cls.methods) checkOverriding(ctx, cls, *method, supertypes);
  checkAbstractImplemented(ctx, cls, supertypes);
}

}  // namespace plurix::compiler::sema
