#include "compiler/sema/types.h"

#include "compiler/sema/symbols.h"

namespace plurix::compiler::sema {

int Type::arrayDims() const {
  int dims = 0;
  for (const Type* t = this; t->isArray(); t = t->element_) ++dims;
  return dims;
}

const Type* Type::baseType() const {
  const Type* t = this;
  while (t->isArray()) t = t->element_;
  return t;
}

std::string Type::name() const {
  switch (kind_) {
    case TypeKind::Boolean: return "boolean";
    case TypeKind::Byte: return "byte";
    case TypeKind::Short: return "short";
    case TypeKind::Char: return "char";
    case TypeKind::Int: return "int";
    case TypeKind::Long: return "long";
    case TypeKind::Float: return "float";
    case TypeKind::Double: return "double";
    case TypeKind::Void: return "void";
    case TypeKind::Null: return "<null>";
    case TypeKind::Error: return "<any>";
    case TypeKind::Array: return element_->name() + "[]";
    case TypeKind::Class: break;
  }
  // javac names a class without its package, a nested one as Outer.Inner.
  const std::string& qualified = class_->qualifiedName;
  const std::string& package = class_->packageName;
  if (package.empty() || qualified.size() <= package.size()) return qualified;
  return qualified.substr(package.size() + 1);
}

TypeTable::TypeTable() {
  for (int k = 0; k <= static_cast<int>(TypeKind::Error); ++k) {
    auto kind = static_cast<TypeKind>(k);
    if (kind == TypeKind::Class || kind == TypeKind::Array) continue;
    fixed_[k] = &types_.emplace_back(Type(kind, nullptr, nullptr));
  }
}

const Type* TypeTable::primitive(TypeKind kind) const { return fixed_[static_cast<int>(kind)]; }

const Type* TypeTable::classType(const ClassSymbol* cls) {
  auto it = classTypes_.find(cls);
  if (it != classTypes_.end()) return it->second;
  const Type* type = &types_.emplace_back(Type(TypeKind::Class, cls, nullptr));
  classTypes_.emplace(cls, type);
  return type;
}

const Type* TypeTable::arrayOf(const Type* element) {
  if (element->arrayOf_ != nullptr) return element->arrayOf_;
  const Type* type = &types_.emplace_back(Type(TypeKind::Array, nullptr, element));
  element->arrayOf_ = type;
  return type;
}

}  // namespace plurix::compiler::sema
