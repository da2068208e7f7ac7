#include "compiler/sema/symbols.h"

#include <algorithm>

namespace plurix::compiler::sema {

bool ClassSymbol::isSubtypeOf(const ClassSymbol* other) const {
  if (other == nullptr) return false;
  // The declaration pass never links a cycle, so the superclass chain ends;
  // a class can only inherit from a class along that chain.
  if (!other->isInterface) {
    for (const ClassSymbol* c = this; c != nullptr; c = c->superclass) {
      if (c == other) return true;
    }
    return false;
  }
  // An interface may be reached along several paths; `seen` keeps a diamond
  // from being walked twice. Interface graphs are small, so a vector will do.
  std::vector<const ClassSymbol*> work;
  std::vector<const ClassSymbol*> seen;
  for (const ClassSymbol* c = this; c != nullptr; c = c->superclass) {
    if (c == other) return true;
    work.insert(work.end(), c->interfaces.begin(), c->interfaces.end());
  }
  while (!work.empty()) {
    const ClassSymbol* iface = work.back();
    work.pop_back();
    if (iface == other) return true;
    if (iface == nullptr || std::find(seen.begin(), seen.end(), iface) != seen.end()) continue;
    seen.push_back(iface);
    work.insert(work.end(), iface->interfaces.begin(), iface->interfaces.end());
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
