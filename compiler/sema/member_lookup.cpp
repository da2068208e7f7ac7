#include "compiler/sema/member_lookup.h"

#include <algorithm>

namespace plurix::compiler::sema {


std::vector<const ClassSymbol*> supertypesNearestFirst(const ClassSymbol* cls) {
  // The declaration pass never links a cycle, so the superclass chain ends
  // without a visited set; interfaces may repeat along several paths, and
  // there are few of them, so a linear search dedups them cheaply.
  std::vector<const ClassSymbol*> order;
  for (const ClassSymbol* c = cls; c != nullptr; c = c->superclass) order.push_back(c);
  size_t classes = order.size();
  for (size_t i = 0; i < order.size(); ++i) {
    for (const ClassSymbol* iface : order[i]->interfaces) {
      if (iface == nullptr || std::find(order.begin() + classes, order.end(), iface) != order.end()) continue;
      order.push_back(iface);
    }
  }
  return order;
}

const FieldSymbol* findField(const ClassSymbol* cls, std::string_view name) {
  for (const ClassSymbol* current : supertypesNearestFirst(cls)) {
    for (const FieldSymbol* field : current->fields) {
      if (field->name != name) continue;
      // A private field of a supertype is not inherited (JLS 8.3).
      if (current != cls && (field->modifiers & ast::kPrivate) != 0) continue;
      return field;
    }
  }
  return nullptr;
}

std::vector<const MethodSymbol*> findMethods(const SemaContext& ctx, const ClassSymbol* cls,
                                             std::string_view name) {
  std::vector<const MethodSymbol*> found;
  if (cls == nullptr) return found;
  std::vector<const ClassSymbol*> order = supertypesNearestFirst(cls);
  // JLS 9.2: an interface has Object's public methods as members.
  if (cls->isInterface && ctx.known.object != nullptr) order.push_back(ctx.known.object);
  for (const ClassSymbol* current : order) {
    for (const MethodSymbol* method : current->methods) {
      if (method->isConstructor || method->name != name) continue;
      if (current != cls && (method->modifiers & ast::kPrivate) != 0) continue;
      if (cls->isInterface && current == ctx.known.object && (method->modifiers & ast::kPublic) == 0) continue;
      bool hidden = false;
      for (const MethodSymbol* nearer : found) hidden = hidden || sameSignature(nearer, method);
      if (!hidden) found.push_back(method);
    }
  }
  return found;
}

std::vector<const MethodSymbol*> constructorsOf(const ClassSymbol* cls) {
  std::vector<const MethodSymbol*> constructors;
  if (cls == nullptr) return constructors;
  for (const MethodSymbol* method : cls->methods) {
    if (method->isConstructor) constructors.push_back(method);
  }
  return constructors;
}

const ClassSymbol* outermostClass(const ClassSymbol* from) {
  while (from != nullptr && from->enclosing != nullptr) from = from->enclosing;
  return from;
}

bool isAccessible(const ClassSymbol* from, const ClassSymbol* owner, ast::Modifiers modifiers,
                  const Type* qualifierType) {
  if (from == nullptr || owner == nullptr || (modifiers & ast::kPublic) != 0) return true;
  if ((modifiers & ast::kPrivate) != 0) return outermostClass(from) == outermostClass(owner);
  if (from->packageName == owner->packageName) return true;
  if ((modifiers & ast::kProtected) == 0) return false;
  // JLS 6.6.2: from another package, only the body of a subclass S may use a
  // protected member, and an instance member only through an S (or subclass).
  for (const ClassSymbol* c = from; c != nullptr; c = c->enclosing) {
    if (!c->isSubtypeOf(owner)) continue;
    if ((modifiers & ast::kStatic) != 0 || qualifierType == nullptr || !qualifierType->isClass()) return true;
    if (qualifierType->classSymbol()->isSubtypeOf(c)) return true;
  }
  return false;
}

bool isClassAccessible(const ClassSymbol* from, const ClassSymbol* cls) {
  if (cls == nullptr) return true;
  if (cls->enclosing != nullptr) return isAccessible(from, cls->enclosing, cls->modifiers);
  return (cls->modifiers & ast::kPublic) != 0 || from == nullptr || from->packageName == cls->packageName;
}

std::string inaccessibleMessage(std::string_view memberName, const ClassSymbol* owner,
                                ast::Modifiers modifiers) {
  std::string ownerName = owner != nullptr ? owner->name : "?";
  std::string member(memberName);
  if ((modifiers & ast::kPrivate) != 0) return member + " has private access in " + ownerName;
  if ((modifiers & ast::kProtected) != 0) return member + " has protected access in " + ownerName;
  return member + " is not public in " + ownerName + "; cannot be accessed from outside package";
}

bool isSubtype(const SemaContext& ctx, const Type* sub, const Type* super) {
  while (true) {
    if (sub == nullptr || super == nullptr) return false;
    if (sub->isError() || super->isError() || sub == super) return true;
    if (!sub->isReference() || !super->isReference()) return false;
    if (sub->isNull()) return true;
    if (super->isNull()) return false;
    if (super->isClass()) {
      const ClassSymbol* target = super->classSymbol();
      if (target == ctx.known.object) return true;
      if (sub->isClass()) return sub->classSymbol()->isSubtypeOf(target);
      // JLS 4.10.3: arrays implement Cloneable and java.io.Serializable.
      return target == ctx.known.cloneable || target->qualifiedName == "java.io.Serializable";
    }
    // super is an array type
    if (!sub->isArray()) return false;
    sub = sub->elementType();
    super = super->elementType();
    if (sub->isPrimitive() || super->isPrimitive()) return sub == super;
  }
}

bool sameSignature(const MethodSymbol* a, const MethodSymbol* b) {
  return a->name == b->name && a->parameterTypes == b->parameterTypes;
}

}  // namespace plurix::compiler::sema
