#include "compiler/sema/symbols.h"

#include <unordered_set>

namespace plurix::compiler::sema {

bool ClassSymbol::isSubtypeOf(const ClassSymbol* other) const {
  if (other == nullptr) return false;
  // A worklist rather than recursion: interface graphs may be wide, and the
  // visited set keeps a diamond (or a cycle the declaration pass is about to
  // report) from being walked twice.
  std::vector<const ClassSymbol*> work{this};
  std::unordered_set<const ClassSymbol*> seen;
  while (!work.empty()) {
    const ClassSymbol* cls = work.back();
    work.pop_back();
    if (cls == other) return true;
    if (!seen.insert(cls).second) continue;
    if (cls->superclass != nullptr) work.push_back(cls->superclass);
    for (const ClassSymbol* i : cls->interfaces) work.push_back(i);
  }
  return false;
}

std::string MethodSymbol::signature() const {
  std::string text = isConstructor && owner != nullptr ? owner->name : name;
  text += '(';
  for (size_t i = 0; i < parameterTypes.size(); ++i) {
    if (i != 0) text += ',';
    text += parameterTypes[i] != nullptr ? parameterTypes[i]->name() : "?";
  }
  text += ')';
  return text;
}

}  // namespace plurix::compiler::sema
