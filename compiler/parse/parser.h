#pragma once
// The parser: turns one source file into our AST (compiler/ast/ast.h) through
// the ANTLR4 grammar PlurixJava.g4. It reports every syntax error of the file,
// malformed literals, and constructs that are Java but not (yet) in the dialect
// ("generic types are not supported yet"), then returns what it could build.
#include <memory>

#include "compiler/ast/ast.h"
#include "compiler/diag/diagnostics.h"
#include "compiler/diag/source_manager.h"

namespace plurix::compiler::parse {

// Parses file `file` of `sources`. Never returns null: on syntax errors the
// unit holds the declarations that parsed cleanly (possibly none), and every
// error is in `diags`. Never throws, never crashes, whatever the input bytes.
std::unique_ptr<ast::CompilationUnit> parseCompilationUnit(const SourceManager& sources, FileId file,
                                                           DiagnosticEngine& diags);

}  // namespace plurix::compiler::parse
