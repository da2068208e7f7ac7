#include "compiler/sema/local_scope.h"

namespace plurix::compiler::sema {

void LocalScope::closeBlock() {
  if (blockStarts_.empty()) return;
  locals_.resize(blockStarts_.back());
  blockStarts_.pop_back();
}

ast::VariableDecl* LocalScope::declare(ast::VariableDecl* variable) {
  if (ast::VariableDecl* existing = find(variable->name)) return existing;
  locals_.push_back(variable);
  return nullptr;
}

ast::VariableDecl* LocalScope::find(std::string_view name) const {
  for (auto it = locals_.rbegin(); it != locals_.rend(); ++it)
    if ((*it)->name == name) return *it;
  return nullptr;
}

}  // namespace plurix::compiler::sema
