#pragma once
// Semantic analysis of a whole program: declares every class of every unit,
// resolves names across files and packages, type-checks every expression and
// statement by the JLS rules for the dialect's subset, folds constants, and
// runs the flow checks (compiler/flow/) on every body. Results are written into
// the AST's "filled by sema" fields; errors go to the DiagnosticEngine.
#include <span>

#include "compiler/ast/ast.h"
#include "compiler/diag/diagnostics.h"

namespace plurix::compiler::sema {

// Analyzes `units` together (they may refer to each other in any order).
// Library units (CompilationUnit::isLibrary) are analyzed like the rest.
// Requires: every unit came from the parser. Guarantees: every error names a
// location inside one of the units; the AST stays valid for the caller.
void analyzeProgram(std::span<ast::CompilationUnit* const> units, DiagnosticEngine& diags);

}  // namespace plurix::compiler::sema
