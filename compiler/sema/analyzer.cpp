#include "compiler/sema/analyzer.h"

#include <memory>

#include "compiler/flow/flow_checker.h"
#include "compiler/sema/body_attribution.h"
#include "compiler/sema/class_table.h"
#include "compiler/sema/declaration_pass.h"
#include "compiler/sema/sema_context.h"

namespace plurix::compiler::sema {

namespace {

// Everything the AST points into after analysis. Every unit shares ownership
// (CompilationUnit::semaState), so symbols and types live as long as the AST.
struct AnalyzedProgram {
  TypeTable types;
  ClassTable classes{types};
};

}  // namespace

void analyzeProgram(std::span<ast::CompilationUnit* const> units, DiagnosticEngine& diags) {
  auto program = std::make_shared<AnalyzedProgram>();
  program->classes.declareUnits(units, diags);
  SemaContext ctx{program->types, program->classes, diags, {}};
  runDeclarationPass(ctx, program->classes, units);
  for (ClassSymbol* cls : program->classes.sourceClasses()) {
    if (cls->decl == nullptr) continue;
    // Flow analysis reads what attribution filled in; after an attribution
    // error it would only repeat the same mistake in other words.
    if (attributeClass(ctx, *cls->decl) == 0) flow::checkClassFlow(*cls->decl, diags);
  }
  for (ast::CompilationUnit* unit : units) {
    if (unit != nullptr) unit->semaState = program;
  }
}

}  // namespace plurix::compiler::sema
