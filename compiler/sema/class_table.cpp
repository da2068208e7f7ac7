#include "compiler/sema/class_table.h"

#include <string_view>

namespace plurix::compiler::sema {

namespace {

// Nesting deeper than this is refused rather than recursed into; the parser's
// own nesting limit is lower, so only a hand-built AST could reach it.
constexpr int kMaxClassNesting = 256;

std::string_view baseName(std::string_view path) {
  size_t slash = path.find_last_of("/\\");
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

std::string packageOf(const ast::CompilationUnit& unit) {
  std::string name;
  for (const std::string& part : unit.packageName) {
    if (!name.empty()) name += '.';
    name += part;
  }
  return name;
}

// JLS 8.5.1/9.5: member interfaces are implicitly static, and every member
// class of an interface is implicitly public and static. The dialect only has
// static member classes, so a member class the parser already rejected for
// lacking `static` is treated as static to avoid cascading errors.
ast::Modifiers effectiveClassModifiers(const ast::ClassDecl& decl, const ClassSymbol* enclosing) {
  ast::Modifiers modifiers = decl.modifiers;
  if (decl.classKind == ast::ClassKind::Interface) modifiers |= ast::kAbstract;
  if (enclosing == nullptr) return modifiers;
  modifiers |= ast::kStatic;
  if (enclosing->isInterface) modifiers |= ast::kPublic;
  return modifiers;
}

}  // namespace

ClassTable::ClassTable(TypeTable& types, ClassLookup* fallback) : types_(types), fallback_(fallback) {}

void ClassTable::declareUnits(std::span<ast::CompilationUnit* const> units, DiagnosticEngine& diags) {
  for (ast::CompilationUnit* unit : units) {
    if (unit == nullptr) continue;
    std::string package = packageOf(*unit);
    for (size_t dot = 0; !package.empty(); ++dot) {
      dot = package.find('.', dot);
      packages_.insert(package.substr(0, dot));
      if (dot == std::string::npos) break;
    }
    for (auto& decl : unit->types) {
      if (decl) declareClass(*decl, *unit, nullptr, diags, 0);
    }
  }
}

void ClassTable::declareClass(ast::ClassDecl& decl, const ast::CompilationUnit& unit,
                              ClassSymbol* enclosing, DiagnosticEngine& diags, int depth) {
  if (depth > kMaxClassNesting) {
    diags.error(decl.nameLocation, "classes nested too deeply (limit 256)");
    return;
  }
  std::string package = packageOf(unit);
  std::string qualified = enclosing != nullptr ? enclosing->qualifiedName
                          : package.empty()    ? std::string()
                                               : package;
  if (!qualified.empty()) qualified += '.';
  qualified += decl.name;

  // JLS 8.1: a class may not share its name with an enclosing class; javac
  // says where that enclosing class is defined.
  for (const ClassSymbol* outer = enclosing; outer != nullptr; outer = outer->enclosing) {
    if (outer->name != decl.name) continue;
    std::string place = outer->enclosing != nullptr ? "class " + outer->enclosing->name
                        : package.empty()           ? std::string("package unnamed package")
                                                    : "package " + package;
    diags.error(decl.nameLocation, "class " + decl.name + " is already defined in " + place);
    return;
  }
  if (byName_.count(qualified) != 0) {
    if (enclosing != nullptr) {
      diags.error(decl.nameLocation, "class " + decl.name + " is already defined in class " + enclosing->name);
    } else {
      diags.error(decl.nameLocation, "duplicate class: " + qualified);
    }
    return;
  }
  if (enclosing == nullptr && (decl.modifiers & ast::kPublic) != 0 && !unit.path.empty() &&
      baseName(unit.path) != decl.name + ".java") {
    diags.error(decl.nameLocation, "class " + decl.name + " is public, should be declared in a file named " +
                                       decl.name + ".java");
  }

  ClassSymbol* cls = &classes_.emplace_back();
  cls->name = decl.name;
  cls->qualifiedName = qualified;
  cls->packageName = package;
  cls->isInterface = decl.classKind == ast::ClassKind::Interface;
  cls->modifiers = effectiveClassModifiers(decl, enclosing);
  cls->enclosing = enclosing;
  cls->decl = &decl;
  cls->unit = &unit;
  cls->type = types_.classType(cls);
  decl.symbol = cls;
  byName_.emplace(qualified, cls);
  sourceClasses_.push_back(cls);
  if (enclosing != nullptr) enclosing->nestedClasses.push_back(cls);

  for (auto& member : decl.members) {
    if (member && member->is<ast::ClassDecl>()) {
      declareClass(*member->as<ast::ClassDecl>(), unit, cls, diags, depth + 1);
    }
  }
}

const ClassSymbol* ClassTable::findClass(std::string_view qualifiedName) {
  auto it = byName_.find(std::string(qualifiedName));
  if (it != byName_.end()) return it->second;
  return fallback_ != nullptr ? fallback_->findClass(qualifiedName) : nullptr;
}

bool ClassTable::packageExists(std::string_view packageName) {
  if (packages_.count(std::string(packageName)) != 0) return true;
  return fallback_ != nullptr && fallback_->packageExists(packageName);
}

}  // namespace plurix::compiler::sema
