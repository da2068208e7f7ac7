#pragma once
// The declaration pass: everything sema learns from declarations before any
// body is attributed. Checks imports, resolves and checks every superclass and
// superinterface (no cycles, no final superclass, class vs interface), turns
// fields, methods and constructors into symbols (adding the default
// constructor) and checks modifiers, duplicates, overriding and the STRUCT
// rules. Afterwards every ClassDecl/FieldDecl/MethodDecl::symbol and every
// TypeRef of a declaration (not of a body) is filled.
#include <span>

#include "compiler/ast/ast.h"
#include "compiler/sema/class_table.h"
#include "compiler/sema/sema_context.h"

namespace plurix::compiler::sema {

// Requires: table.declareUnits(units) ran. Fills ctx.known from the table.
void runDeclarationPass(SemaContext& ctx, ClassTable& table,
                        std::span<ast::CompilationUnit* const> units);

}  // namespace plurix::compiler::sema
