#include "compiler/sema/declaration_pass.h"

#include <tuple>

#include "compiler/sema/inheritance_checks.h"
#include "compiler/sema/member_lookup.h"
#include "compiler/sema/member_declaration.h"
#include "compiler/sema/type_resolution.h"

namespace plurix::compiler::sema {

namespace {

WellKnownClasses findWellKnownClasses(ClassLookup& classes) {
  WellKnownClasses known;
  known.object = classes.findClass("java.lang.Object");
  known.string = classes.findClass("java.lang.String");
  known.throwable = classes.findClass("java.lang.Throwable");
  known.exception = classes.findClass("java.lang.Exception");
  known.runtimeException = classes.findClass("java.lang.RuntimeException");
  known.error = classes.findClass("java.lang.Error");
  known.cloneable = classes.findClass("java.lang.Cloneable");
  known.structBase = classes.findClass("plurix.STRUCT");
  known.magic = classes.findClass("plurix.MAGIC");
  return known;
}

// JLS 7.5.1: a single-type import may not bring in a second class of a simple
// name the unit already uses (by another import or a top-level class).
void checkImportClash(SemaContext& ctx, const ast::CompilationUnit& unit, const ast::ImportDecl& import,
                      const ClassSymbol* imported, std::vector<const ClassSymbol*>& importedSoFar) {
  for (const auto& decl : unit.types) {
    if (decl && decl->name == imported->name && decl->symbol != imported) {
      ctx.diags.error(import.location, imported->name + " is already defined in this compilation unit");
      return;
    }
  }
  for (const ClassSymbol* earlier : importedSoFar) {
    if (earlier->name == imported->name && earlier != imported) {
      ctx.diags.error(import.location, "a type with the same simple name is already defined by the "
                                       "single-type-import of " + imported->name);
      return;
    }
  }
  importedSoFar.push_back(imported);
}

// JLS 7.5: every imported type and package must exist. Static imports are
// rejected by the parser, so they are not checked again here.
void checkImports(SemaContext& ctx, const ast::CompilationUnit& unit) {
  std::vector<const ClassSymbol*> importedSoFar;
  for (const ast::ImportDecl& import : unit.imports) {
    if (import.isStatic || import.name.empty()) continue;
    std::string name = joinName(import.name);
    if (import.isOnDemand) {
      if (!ctx.classes.packageExists(name) && ctx.classes.findClass(name) == nullptr) {
        ctx.diags.error(import.location, "package " + name + " does not exist");
      }
      continue;
    }
    if (const ClassSymbol* imported = ctx.classes.findClass(name)) {
      checkImportClash(ctx, unit, import, imported, importedSoFar);
      continue;
    }
    std::string package = joinName(std::span(import.name).first(import.name.size() - 1));
    if (!package.empty() && !ctx.classes.packageExists(package) && ctx.classes.findClass(package) == nullptr) {
      ctx.diags.error(import.location, "package " + package + " does not exist");
    } else {
      ctx.diags.error(import.location, "cannot find symbol: class " + import.name.back());
    }
  }
}

// The class `ref` names, or null after reporting. The header of a class is in
// the scope of its enclosing class, not of its own body (JLS 6.3).
const ClassSymbol* resolveSupertype(SemaContext& ctx, const ClassSymbol& cls, ast::TypeRef& ref) {
  const Type* type = resolveTypeRef(ctx, TypeScope{cls.unit, cls.enclosing}, ref);
  if (type->isError()) return nullptr;
  if (!type->isClass()) {
    ctx.diags.error(ref.location, "unexpected type; required: class, found: " + type->name());
    return nullptr;
  }
  return type->classSymbol();
}

SourceLocation declarationLocation(const ClassSymbol& cls) {
  return cls.decl->nameLocation.valid() ? cls.decl->nameLocation : cls.decl->location;
}

bool declaredBefore(const ClassSymbol& a, const ClassSymbol& b) {
  SourceLocation x = declarationLocation(a), y = declarationLocation(b);
  return std::tie(x.file, x.line, x.column) < std::tie(y.file, y.line, y.column);
}

// True (after reporting) if linking `cls` to `super` would close a cycle; the
// link is then left out, so the graph stays acyclic at every step and every
// later walk over it terminates. Like javac, the report names the class of
// the cycle declared first.
bool closesCycle(SemaContext& ctx, const ClassSymbol& cls, const ClassSymbol* super) {
  if (!super->isSubtypeOf(&cls)) return false;
  const ClassSymbol* first = &cls;
  for (const ClassSymbol* member : supertypesNearestFirst(super)) {
    if (member->decl != nullptr && member->isSubtypeOf(&cls) && declaredBefore(*member, *first)) first = member;
  }
  ctx.diags.error(declarationLocation(*first), "cyclic inheritance involving " + first->name);
  return true;
}

void resolveSuperclass(SemaContext& ctx, ClassSymbol& cls) {
  ast::ClassDecl& decl = *cls.decl;
  if (!cls.isInterface && decl.superclass) {
    const ClassSymbol* super = resolveSupertype(ctx, cls, *decl.superclass);
    if (super != nullptr && super->isInterface) {
      ctx.diags.error(decl.superclass->location, "no interface expected here");
    } else if (super != nullptr && super->isFinal()) {
      ctx.diags.error(decl.superclass->location, "cannot inherit from final " + super->name);
    } else if (super != nullptr && !closesCycle(ctx, cls, super)) {
      cls.superclass = super;
    }
  }
  // JLS 8.1.4: java.lang.Object is the one class without a superclass.
  if (!cls.isInterface && cls.superclass == nullptr && &cls != ctx.known.object) cls.superclass = ctx.known.object;
}

void resolveInterfaces(SemaContext& ctx, ClassSymbol& cls) {
  for (auto& ref : cls.decl->interfaces) {
    if (!ref) continue;
    const ClassSymbol* iface = resolveSupertype(ctx, cls, *ref);
    if (iface == nullptr) continue;
    if (!iface->isInterface) {
      ctx.diags.error(ref->location, "interface expected here");
      continue;
    }
    bool repeated = false;
    for (const ClassSymbol* other : cls.interfaces) repeated = repeated || other == iface;
    if (repeated) {
      ctx.diags.error(ref->location, "repeated interface");
      continue;
    }
    if (!closesCycle(ctx, cls, iface)) cls.interfaces.push_back(iface);
  }
}

bool derivesFromStruct(const ClassSymbol* cls, const ClassSymbol* structBase) {
  if (structBase == nullptr) return false;
  for (int steps = 0; cls != nullptr && steps < 100000; cls = cls->superclass, ++steps) {
    if (cls == structBase) return true;
  }
  return false;
}

}  // namespace

void runDeclarationPass(SemaContext& ctx, ClassTable& table, std::span<ast::CompilationUnit* const> units) {
  ctx.known = findWellKnownClasses(table);
  for (const ast::CompilationUnit* unit : units) {
    if (unit != nullptr) checkImports(ctx, *unit);
  }
  const std::vector<ClassSymbol*>& classes = table.sourceClasses();
  for (ClassSymbol* cls : classes) {
    checkClassModifiers(ctx, *cls);
    resolveSuperclass(ctx, *cls);
    resolveInterfaces(ctx, *cls);
  }
  for (ClassSymbol* cls : classes) cls->isStruct = derivesFromStruct(cls, ctx.known.structBase);
  for (ClassSymbol* cls : classes) declareMembers(ctx, table, *cls);
  for (ClassSymbol* cls : classes) checkInheritance(ctx, *cls);
}

}  // namespace plurix::compiler::sema
