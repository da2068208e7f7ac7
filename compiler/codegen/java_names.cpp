#include "compiler/codegen/java_names.h"

namespace plurix::compiler::codegen {

std::string binaryName(const sema::ClassSymbol* cls) {
  if (cls->enclosing != nullptr) return binaryName(cls->enclosing) + "$" + cls->name;
  return cls->qualifiedName;
}

namespace {

std::string internalName(const sema::ClassSymbol* cls) {
  std::string name = binaryName(cls);
  for (char& c : name) {
    if (c == '.') c = '/';
  }
  return name;
}

}  // namespace

std::string descriptor(const sema::Type* type) {
  switch (type->kind()) {
    case sema::TypeKind::Boolean: return "Z";
    case sema::TypeKind::Byte: return "B";
    case sema::TypeKind::Short: return "S";
    case sema::TypeKind::Char: return "C";
    case sema::TypeKind::Int: return "I";
    case sema::TypeKind::Long: return "J";
    case sema::TypeKind::Float: return "F";
    case sema::TypeKind::Double: return "D";
    case sema::TypeKind::Void: return "V";
    case sema::TypeKind::Class: return "L" + internalName(type->classSymbol()) + ";";
    case sema::TypeKind::Array: return "[" + descriptor(type->elementType());
    case sema::TypeKind::Null:
    case sema::TypeKind::Error: break;
  }
  return "Ljava/lang/Object;";
}

std::string binaryName(const sema::Type* type) {
  if (type->isClass()) return binaryName(type->classSymbol());
  std::string name = descriptor(type);
  for (char& c : name) {
    if (c == '/') c = '.';
  }
  return name;
}

std::string methodDescriptor(const sema::MethodSymbol* method) {
  std::string text = "(";
  for (const sema::Type* parameter : method->parameterTypes) text += descriptor(parameter);
  text += ")";
  text += method->isConstructor ? "V" : descriptor(method->returnType);
  return text;
}

std::string methodKey(const sema::MethodSymbol* method) { return method->name + methodDescriptor(method); }

std::string methodSymbol(const sema::MethodSymbol* method) {
  return binaryName(method->owner) + "." + methodKey(method);
}

std::string methodDisplayName(const sema::MethodSymbol* method) {
  return binaryName(method->owner) + "." + method->name;
}

std::string sourceFileName(const ast::CompilationUnit* unit) {
  size_t slash = unit->path.find_last_of('/');
  return slash == std::string::npos ? unit->path : unit->path.substr(slash + 1);
}

bool sameSignature(const sema::MethodSymbol* a, const sema::MethodSymbol* b) {
  return a->name == b->name && a->parameterTypes == b->parameterTypes;
}

}  // namespace plurix::compiler::codegen
