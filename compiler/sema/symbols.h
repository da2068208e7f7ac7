#pragma once
// Symbols: what sema knows about a class, a field or a method, whether it was
// declared in a source unit being compiled or (later) found in a live heap.
// The AST points at these (ast.h "filled by sema"); the code generator reads
// them. A symbol from source keeps a pointer to its declaration; one from a
// heap has none.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/ast/ast.h"
#include "compiler/sema/types.h"

namespace plurix::compiler::sema {

class FieldSymbol;
class MethodSymbol;

class ClassSymbol {
 public:
  std::string name;           // simple name: "Inner"
  std::string qualifiedName;  // "pkg.Outer.Inner"; the unnamed package has no prefix
  std::string packageName;    // "pkg" or "" for the unnamed package
  ast::Modifiers modifiers = 0;
  bool isInterface = false;
  bool isStruct = false;      // plurix.STRUCT or a subclass of it

  const ClassSymbol* superclass = nullptr;           // null only for java.lang.Object and interfaces
  std::vector<const ClassSymbol*> interfaces;        // direct superinterfaces
  const ClassSymbol* enclosing = nullptr;            // for a static nested class
  std::vector<const ClassSymbol*> nestedClasses;

  std::vector<FieldSymbol*> fields;    // declared here, in source order
  std::vector<MethodSymbol*> methods;  // declared here, constructors included, in source order

  const Type* type = nullptr;          // the class type
  ast::ClassDecl* decl = nullptr;      // null when not from source
  const ast::CompilationUnit* unit = nullptr;  // null when not from source

  bool isAbstract() const { return isInterface || (modifiers & ast::kAbstract) != 0; }
  bool isFinal() const { return (modifiers & ast::kFinal) != 0; }
  // True if this is `other` or inherits from it (classes and interfaces).
  bool isSubtypeOf(const ClassSymbol* other) const;
};

class FieldSymbol {
 public:
  std::string name;
  const Type* type = nullptr;
  ast::Modifiers modifiers = 0;
  const ClassSymbol* owner = nullptr;
  ast::FieldDecl* decl = nullptr;  // null when not from source

  // A final field initialised with a constant expression is a constant
  // variable (JLS 4.12.4); its value, once sema has folded it.
  std::optional<ast::ConstantValue> constantValue;
  // Body attribution folds a constant initializer on its first use, possibly
  // from another class; this marks the progress so that a cycle of constants
  // ends and no initializer is attributed twice.
  enum class InitializerState : unsigned char { Pending, Attributing, Done };
  mutable InitializerState initializerState = InitializerState::Pending;

  bool isStatic() const { return (modifiers & ast::kStatic) != 0; }
  bool isFinal() const { return (modifiers & ast::kFinal) != 0; }
};

class MethodSymbol {
 public:
  std::string name;  // "<init>" for constructors
  const ClassSymbol* owner = nullptr;
  ast::Modifiers modifiers = 0;
  bool isConstructor = false;
  const Type* returnType = nullptr;  // void for constructors
  std::vector<const Type*> parameterTypes;
  std::vector<const Type*> thrownTypes;
  ast::MethodDecl* decl = nullptr;   // null when not from source, or for a default constructor
  const MethodSymbol* overrides = nullptr;  // the superclass/interface method this overrides, if any

  bool isStatic() const { return (modifiers & ast::kStatic) != 0; }
  bool isAbstract() const { return (modifiers & ast::kAbstract) != 0; }
  // "name(int,String)" as javac prints a method in messages.
  std::string signature() const;
};

// Where sema finds classes that are not declared in the units being compiled:
// the embedded library when compiling from files, the live heap's name service
// when the shell compiles into a running cluster.
class ClassLookup {
 public:
  virtual ~ClassLookup() = default;
  // The class with this qualified name ("java.lang.String", "a.Outer.Inner"), or null.
  virtual const ClassSymbol* findClass(std::string_view qualifiedName) = 0;
  // True if some class lives in this package or a subpackage of it.
  virtual bool packageExists(std::string_view packageName) = 0;
};

}  // namespace plurix::compiler::sema
