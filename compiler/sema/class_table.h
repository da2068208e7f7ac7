#pragma once
// The class table: one ClassSymbol per class and interface declared in the
// source units (nested ones included, keyed by qualified name "pkg.Outer.Inner"),
// chained to another ClassLookup (the embedded library's heap, later the live
// heap) for classes not declared here. It owns the symbols it creates, so they
// live as long as the table. Invariant: a qualified name maps to one symbol;
// a second declaration of it is reported and gets no entry.
#include <deque>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "compiler/ast/ast.h"
#include "compiler/diag/diagnostics.h"
#include "compiler/sema/symbols.h"
#include "compiler/sema/types.h"

namespace plurix::compiler::sema {

class ClassTable final : public ClassLookup {
 public:
  // `fallback` (may be null) is asked for classes not declared in the units.
  explicit ClassTable(TypeTable& types, ClassLookup* fallback = nullptr);

  // Declares every class of `units` (nested ones too), sets ClassDecl::symbol,
  // and reports duplicate classes and public classes in wrongly named files.
  void declareUnits(std::span<ast::CompilationUnit* const> units, DiagnosticEngine& diags);

  const ClassSymbol* findClass(std::string_view qualifiedName) override;
  bool packageExists(std::string_view packageName) override;

  // The classes declared from source, in declaration order (an enclosing class
  // before its nested classes); mutable for the declaration pass.
  const std::vector<ClassSymbol*>& sourceClasses() const { return sourceClasses_; }

  // Creates a symbol owned by this table.
  FieldSymbol* newField() { return &fields_.emplace_back(); }
  MethodSymbol* newMethod() { return &methods_.emplace_back(); }

 private:
  void declareClass(ast::ClassDecl& decl, const ast::CompilationUnit& unit, ClassSymbol* enclosing,
                    DiagnosticEngine& diags, int depth);

  TypeTable& types_;
  ClassLookup* fallback_;
  std::deque<ClassSymbol> classes_;
  std::deque<FieldSymbol> fields_;
  std::deque<MethodSymbol> methods_;
  std::vector<ClassSymbol*> sourceClasses_;
  std::unordered_map<std::string, ClassSymbol*> byName_;
  std::unordered_set<std::string> packages_;  // every declared package and its prefixes
};

}  // namespace plurix::compiler::sema
