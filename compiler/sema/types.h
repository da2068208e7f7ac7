#pragma once
// Semantic types of the dialect: the eight primitives, void, the null type,
// class/interface types and array types (JLS 4). Types are interned by a
// TypeTable, so two types are the same type iff their pointers are equal.
#include <deque>
#include <map>
#include <string>

namespace plurix::compiler::sema {

class ClassSymbol;

enum class TypeKind : unsigned char {
  Boolean, Byte, Short, Char, Int, Long, Float, Double,  // primitives
  Void,
  Null,   // the type of `null`
  Class,  // a class or interface
  Array,
  Error,  // the type of an erroneous expression: converts to and from anything
          // silently, so one mistake yields one diagnostic, not a cascade
};

class Type {
 public:
  TypeKind kind() const { return kind_; }
  bool isPrimitive() const { return kind_ <= TypeKind::Double; }
  bool isNumeric() const { return kind_ >= TypeKind::Byte && kind_ <= TypeKind::Double; }
  bool isIntegral() const { return kind_ >= TypeKind::Byte && kind_ <= TypeKind::Long; }
  bool isBoolean() const { return kind_ == TypeKind::Boolean; }
  bool isVoid() const { return kind_ == TypeKind::Void; }
  bool isNull() const { return kind_ == TypeKind::Null; }
  bool isClass() const { return kind_ == TypeKind::Class; }
  bool isArray() const { return kind_ == TypeKind::Array; }
  bool isError() const { return kind_ == TypeKind::Error; }
  bool isReference() const { return kind_ == TypeKind::Class || kind_ == TypeKind::Array || kind_ == TypeKind::Null; }

  // kind() == Class: the class or interface.
  const ClassSymbol* classSymbol() const { return class_; }
  // kind() == Array: the element type.
  const Type* elementType() const { return element_; }
  // kind() == Array: the number of dimensions; 0 otherwise.
  int arrayDims() const;
  // kind() == Array: the innermost non-array element type; otherwise this.
  const Type* baseType() const;

  // The type as javac names it in messages: "int", "String", "double[][]",
  // a nested class as "Outer.Inner".
  std::string name() const;

 private:
  friend class TypeTable;
  Type(TypeKind kind, const ClassSymbol* cls, const Type* element)
      : kind_(kind), class_(cls), element_(element) {}
  TypeKind kind_;
  const ClassSymbol* class_ = nullptr;
  const Type* element_ = nullptr;
  mutable const Type* arrayOf_ = nullptr;  // interning cache for arrayOf()
};

// Owns every Type of one compilation. Not thread-safe.
class TypeTable {
 public:
  TypeTable();
  const Type* primitive(TypeKind kind) const;  // also Void, Null and Error
  const Type* booleanType() const { return primitive(TypeKind::Boolean); }
  const Type* intType() const { return primitive(TypeKind::Int); }
  const Type* voidType() const { return primitive(TypeKind::Void); }
  const Type* nullType() const { return primitive(TypeKind::Null); }
  const Type* errorType() const { return primitive(TypeKind::Error); }
  // The (unique) type of class `cls`.
  const Type* classType(const ClassSymbol* cls);
  // The (unique) array type with element type `element`.
  const Type* arrayOf(const Type* element);

 private:
  std::deque<Type> types_;
  const Type* fixed_[static_cast<int>(TypeKind::Error) + 1] = {};
  std::map<const ClassSymbol*, const Type*> classTypes_;
};

}  // namespace plurix::compiler::sema
