#include "compiler/sema/type_resolution.h"

#include <algorithm>
#include <vector>

#include "compiler/sema/member_lookup.h"

namespace plurix::compiler::sema {

namespace {

const Type* primitiveType(TypeTable& types, ast::PrimitiveKind kind) {
  switch (kind) {
    case ast::PrimitiveKind::Boolean: return types.primitive(TypeKind::Boolean);
    case ast::PrimitiveKind::Byte: return types.primitive(TypeKind::Byte);
    case ast::PrimitiveKind::Short: return types.primitive(TypeKind::Short);
    case ast::PrimitiveKind::Char: return types.primitive(TypeKind::Char);
    case ast::PrimitiveKind::Int: return types.primitive(TypeKind::Int);
    case ast::PrimitiveKind::Long: return types.primitive(TypeKind::Long);
    case ast::PrimitiveKind::Float: return types.primitive(TypeKind::Float);
    case ast::PrimitiveKind::Double: return types.primitive(TypeKind::Double);
    case ast::PrimitiveKind::Void: return types.voidType();
  }
  return types.errorType();
}

std::string packageOf(const ast::CompilationUnit& unit) { return joinName(unit.packageName); }

// Steps 2 and 3 of the simple-name lookup: the unit's own top-level classes
// and its single-type imports shadow everything but member classes.
const ClassSymbol* lookupInUnit(SemaContext& ctx, const ast::CompilationUnit& unit, std::string_view name) {
  for (const auto& decl : unit.types) {
    if (decl && decl->symbol != nullptr && decl->name == name) return decl->symbol;
  }
  for (const ast::ImportDecl& import : unit.imports) {
    if (import.isStatic || import.isOnDemand || import.name.empty() || import.name.back() != name) continue;
    if (const ClassSymbol* cls = ctx.classes.findClass(joinName(import.name))) return cls;
  }
  return nullptr;
}

// JLS 6.6.1: a class is named only where it is accessible. Reports and
// returns false otherwise.
bool checkClassAccess(SemaContext& ctx, const TypeScope& scope, const ClassSymbol* cls, SourceLocation where) {
  std::string package = scope.unit != nullptr  ? packageOf(*scope.unit)
                        : scope.cls != nullptr ? scope.cls->packageName
                                               : cls->packageName;
  if (cls->enclosing != nullptr) {
    bool samePackage = cls->packageName == package;
    bool accessible = (cls->modifiers & ast::kPrivate) != 0
                          ? scope.cls != nullptr && outermostClass(scope.cls) == outermostClass(cls)
                          : samePackage || isAccessible(scope.cls, cls->enclosing, cls->modifiers);
    if (accessible) return true;
    ctx.diags.error(where, inaccessibleMessage(cls->name, cls->enclosing, cls->modifiers));
    return false;
  }
  if ((cls->modifiers & ast::kPublic) != 0 || cls->packageName == package) return true;
  std::string packageText = cls->packageName.empty() ? "unnamed package" : cls->packageName;
  ctx.diags.error(where, cls->name + " is not public in " + packageText + "; cannot be accessed from outside package");
  return false;
}

// A use of a type parameter the parser already rejected: resolving it would
// only repeat that error as "cannot find symbol".
bool isRejectedTypeParameter(const TypeScope& scope, const ast::TypeRef& ref) {
  if (ref.isPrimitive || ref.name.size() != 1) return false;
  for (const ClassSymbol* cls = scope.cls; cls != nullptr; cls = cls->enclosing) {
    if (cls->decl == nullptr) continue;
    const std::vector<std::string>& names = cls->decl->rejectedTypeParameters;
    if (std::find(names.begin(), names.end(), ref.name[0]) != names.end()) return true;
  }
  return false;
}

}  // namespace

std::string joinName(std::span<const std::string> parts) {
  std::string text;
  for (const std::string& part : parts) {
    if (!text.empty()) text += '.';
    text += part;
  }
  return text;
}

TypeScope scopeOf(const ClassSymbol* cls) { return TypeScope{cls != nullptr ? cls->unit : nullptr, cls}; }

const ClassSymbol* findMemberClass(const ClassSymbol* cls, std::string_view name) {
  // Nearest first, so a member class of a nearer supertype wins.
  for (const ClassSymbol* current : supertypesNearestFirst(cls)) {
    for (const ClassSymbol* nested : current->nestedClasses) {
      if (nested->name == name) return nested;
    }
  }
  return nullptr;
}

TypeNameLookup lookupSimpleTypeName(SemaContext& ctx, const TypeScope& scope, std::string_view name) {
  for (const ClassSymbol* cls = scope.cls; cls != nullptr; cls = cls->enclosing) {
    if (const ClassSymbol* member = findMemberClass(cls, name)) return {member, false};
    if (cls->enclosing == nullptr && cls->name == name) return {cls, false};
  }
  std::string package;
  if (scope.unit != nullptr) {
    if (const ClassSymbol* cls = lookupInUnit(ctx, *scope.unit, name)) return {cls, false};
    package = packageOf(*scope.unit);
  } else if (scope.cls != nullptr) {
    package = scope.cls->packageName;
  }
  std::string samePackage = package.empty() ? std::string(name) : package + "." + std::string(name);
  if (const ClassSymbol* cls = ctx.classes.findClass(samePackage)) return {cls, false};

  // On-demand imports and the implicit java.lang.*: several distinct classes
  // make the name ambiguous (JLS 6.4.1: only a use is an error).
  const ClassSymbol* found = nullptr;
  auto consider = [&](const std::string& prefix) {
    const ClassSymbol* cls = ctx.classes.findClass(prefix + "." + std::string(name));
    if (cls == nullptr || cls == found) return false;
    if (found != nullptr) return true;
    found = cls;
    return false;
  };
  bool ambiguous = consider("java.lang");
  if (scope.unit != nullptr) {
    for (const ast::ImportDecl& import : scope.unit->imports) {
      if (import.isStatic || !import.isOnDemand || import.name.empty()) continue;
      ambiguous = consider(joinName(import.name)) || ambiguous;
    }
  }
  if (ambiguous) return {nullptr, true};
  return {found, false};
}

const ClassSymbol* resolveTypeName(SemaContext& ctx, const TypeScope& scope,
                                   std::span<const std::string> name, SourceLocation where) {
  if (name.empty()) return nullptr;
  const ClassSymbol* cls = nullptr;
  size_t next = 1;
  TypeNameLookup first = lookupSimpleTypeName(ctx, scope, name[0]);
  if (first.ambiguous) {
    ctx.diags.error(where, "reference to " + name[0] + " is ambiguous");
    return nullptr;
  }
  cls = first.found;
  // JLS 6.5.5.2: a leftmost name that is no type in scope names a package;
  // the first prefix that names a class ends the package part.
  for (size_t k = 1; cls == nullptr && k < name.size(); ++k) {
    cls = ctx.classes.findClass(joinName(name.subspan(0, k + 1)));
    next = k + 1;
  }
  if (cls == nullptr) {
    if (name.size() > 1) {
      std::string package = joinName(name.subspan(0, name.size() - 1));
      if (!ctx.classes.packageExists(package)) {
        ctx.diags.error(where, "package " + package + " does not exist");
        return nullptr;
      }
    }
    ctx.diags.error(where, "cannot find symbol: class " + name.back());
    return nullptr;
  }
  for (; next < name.size(); ++next) {
    const ClassSymbol* member = findMemberClass(cls, name[next]);
    if (member == nullptr) {
      ctx.diags.error(where, "cannot find symbol: class " + name[next]);
      return nullptr;
    }
    cls = member;
  }
  return checkClassAccess(ctx, scope, cls, where) ? cls : nullptr;
}

const Type* resolveTypeRef(SemaContext& ctx, const TypeScope& scope, ast::TypeRef& ref) {
  const Type* type = nullptr;
  if (isRejectedTypeParameter(scope, ref)) {
    type = ctx.types.errorType();
  } else if (ref.isPrimitive) {
    type = primitiveType(ctx.types, ref.primitive);
  } else {
    const ClassSymbol* cls = resolveTypeName(ctx, scope, ref.name, ref.location);
    type = cls != nullptr ? ctx.types.classType(cls) : ctx.types.errorType();
  }
  if (ref.arrayDims > 0 && type->isClass() && type->classSymbol()->isStruct) {
    ctx.diags.error(ref.location, "array of STRUCT type " + type->name() +
                                      ": a STRUCT is never referenced from the heap");
  }
  if (!type->isError()) {
    for (int i = 0; i < ref.arrayDims; ++i) type = ctx.types.arrayOf(type);
  }
  ref.resolved = type;
  return type;
}

}  // namespace plurix::compiler::sema
