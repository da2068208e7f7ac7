#pragma once
// A stand-in for sema in the flow tests: resolves simple names and `this.x`
// to the locals and fields in scope and folds boolean constants (literals,
// !, &&, || and final variables initialised with one), nothing more. It lets
// the flow checks be tested on their own, whatever state sema is in.
#include <deque>

#include "compiler/ast/ast.h"
#include "compiler/sema/symbols.h"

namespace plurix::compiler::flow {

class FlowTestAttribution {
 public:
  // Attributes every class of `unit`, nested ones included.
  void attribute(ast::CompilationUnit& unit);

 private:
  std::deque<sema::FieldSymbol> fields_;
};

}  // namespace plurix::compiler::flow
