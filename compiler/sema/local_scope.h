#pragma once
// The local variables visible at one point of a body: parameters, locals,
// catch parameters and for-each variables, by block. Java forbids a local to
// shadow another local or parameter of the same body (JLS 6.4), so a name is
// declared at most once among the visible locals; fields may be shadowed.
#include <cstddef>
#include <string_view>
#include <vector>

#include "compiler/ast/ast.h"

namespace plurix::compiler::sema {

class LocalScope {
 public:
  // Opens a block; every local declared until the matching closeBlock() is
  // forgotten there.
  void openBlock() { blockStarts_.push_back(locals_.size()); }
  void closeBlock();

  // Declares `variable` in the innermost block. Returns the visible local of
  // the same name instead (and declares nothing) if there is one.
  ast::VariableDecl* declare(ast::VariableDecl* variable);

  // The visible local named `name`, innermost first; null if none.
  ast::VariableDecl* find(std::string_view name) const;

 private:
  std::vector<ast::VariableDecl*> locals_;
  std::vector<size_t> blockStarts_;
};

// Opens a block for the lifetime of the guard, so every exit path closes it.
class BlockGuard {
 public:
  explicit BlockGuard(LocalScope& scope) : scope_(scope) { scope_.openBlock(); }
  ~BlockGuard() { scope_.closeBlock(); }
  BlockGuard(const BlockGuard&) = delete;
  BlockGuard& operator=(const BlockGuard&) = delete;

 private:
  LocalScope& scope_;
};

}  // namespace plurix::compiler::sema
