#pragma once
// The flow checks javac makes on a method body (JLS chapters 14.22 and 16):
// reachability of statements, "missing return statement", definite
// assignment of locals before use and of blank finals by the end of every
// constructor / static initialiser, and no second assignment to a final.
#include "compiler/ast/ast.h"
#include "compiler/diag/diagnostics.h"

namespace plurix::compiler::flow {

// Checks every method, constructor and initializer of `cls` (not nested
// classes: call once per class). Requires: sema has attributed the class
// (NameExpr::meaning/local/field, Expr::constant and Expr::type are set).
void checkClassFlow(const ast::ClassDecl& cls, DiagnosticEngine& diags);

}  // namespace plurix::compiler::flow
