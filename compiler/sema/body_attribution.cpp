// Drives the attribution of one class: each member gets a fresh member
// context (static or not, what it may throw, which locals exist) before its
// body is walked. Field initializers may already have been attributed by
// another class that needed their constant value; they are never done twice.
#include "compiler/sema/body_attribution.h"

#include <algorithm>

#include "compiler/sema/body_attributor.h"
#include "compiler/sema/constant_folding.h"
#include "compiler/sema/conversions.h"
#include "compiler/sema/member_lookup.h"
#include "compiler/sema/overload_resolution.h"

namespace plurix::compiler::sema {

size_t attributeClass(SemaContext& ctx, ast::ClassDecl& cls) {
  if (cls.symbol == nullptr) return 0;
  const size_t before = ctx.diags.errorCount();
  BodyAttributor attributor(ctx, cls);
  attributor.attributeMembers();
  return ctx.diags.errorCount() - before;
}

BodyAttributor::BodyAttributor(SemaContext& ctx, ast::ClassDecl& cls)
    : ctx_(ctx), cls_(cls), classSymbol_(cls.symbol), typeScope_(scopeOf(cls.symbol)), exceptions_(ctx) {}

void BodyAttributor::attributeMembers() {
  bool hasConstructor = false;
  for (auto& member : cls_.members) {
    if (member == nullptr) continue;
    switch (member->kind) {
      case ast::NodeKind::Field:
        attributeFieldInitializer(*member->as<ast::FieldDecl>());
        break;
      case ast::NodeKind::Initializer:
        attributeInitializer(*member->as<ast::InitializerDecl>());
        break;
      case ast::NodeKind::Method: {
        auto* method = member->as<ast::MethodDecl>();
        hasConstructor = hasConstructor || method->isConstructor;
        attributeMethod(*method);
        break;
      }
      default:
        break;  // nested classes are attributed by their own call
    }
  }
  // The default constructor's implicit super() must find a constructor too.
  if (!hasConstructor && !classSymbol_->isInterface) {
    beginMember(MemberKind::Constructor, nullptr, false);
    checkDefaultConstructor(cls_.keywordLocation.valid() ? cls_.keywordLocation : cls_.location);
  }
}

void BodyAttributor::beginMember(MemberKind kind, ast::MethodDecl* method, bool isStatic) {
  memberKind_ = kind;
  method_ = method;
  staticContext_ = isStatic;
  constructorPrologue_ = false;
  permittedConstructorCall_ = nullptr;
  rethrowable_.clear();
  scope_ = LocalScope{};
  jumpTargets_.clear();
  std::vector<const Type*> declared;
  if (method != nullptr && method->symbol != nullptr) declared = method->symbol->thrownTypes;
  if (kind == MemberKind::InstanceInit || (kind == MemberKind::FieldInit && !isStatic)) {
    // Once per class: a class with many initialized fields must stay linear.
    if (!initializerExceptions_) initializerExceptions_ = exceptionsEveryConstructorDeclares();
    declared = *initializerExceptions_;
  }
  exceptions_.beginBody(std::move(declared));
}

// JLS 11.2.3: an instance initializer may throw what every declared
// constructor declares. Those exceptions are the types of some throws clause
// that every constructor's clause covers: an exception all clauses cover has
// its covering types on one superclass chain, and the lowest of them is such
// a type.
std::vector<const Type*> BodyAttributor::exceptionsEveryConstructorDeclares() const {
  std::vector<const ast::MethodDecl*> constructors;
  for (const auto& member : cls_.members) {
    if (member != nullptr && member->is<ast::MethodDecl>() && member->as<ast::MethodDecl>()->isConstructor)
      constructors.push_back(member->as<ast::MethodDecl>());
  }
  auto covers = [&](const ast::MethodDecl* constructor, const Type* exception) {
    if (constructor->symbol == nullptr) return true;  // its own error was reported
    for (const Type* declared : constructor->symbol->thrownTypes)
      if (declared != nullptr && isSubtype(ctx_, exception, declared)) return true;
    return false;
  };
  std::vector<const Type*> common;
  for (const ast::MethodDecl* constructor : constructors) {
    if (constructor->symbol == nullptr) continue;
    for (const Type* candidate : constructor->symbol->thrownTypes) {
      if (candidate == nullptr) continue;
      bool everywhere = true;
      for (const ast::MethodDecl* other : constructors) everywhere = everywhere && covers(other, candidate);
      if (everywhere) common.push_back(candidate);
    }
  }
  return common;
}

void BodyAttributor::attributeFieldInitializer(ast::FieldDecl& field) {
  const FieldSymbol* symbol = field.symbol;
  if (symbol != nullptr) {
    if (symbol->initializerState != FieldSymbol::InitializerState::Pending) return;
    symbol->initializerState = FieldSymbol::InitializerState::Attributing;
  }
  const bool isStatic = symbol != nullptr ? symbol->isStatic() : (field.modifiers & ast::kStatic) != 0;
  beginMember(MemberKind::FieldInit, nullptr, isStatic);
  const Type* type = symbol != nullptr && symbol->type != nullptr ? symbol->type : resolveType(field.type.get());
  if (field.initializer != nullptr) attributeAssignable(field.initializer.get(), type);
  if (symbol == nullptr) return;
  const ast::Expr* init = field.initializer.get();
  if (symbol->isFinal() && init != nullptr && init->constant && init->type != nullptr &&
      (type->isPrimitive() || isStringType(type))) {
    // The symbol is owned by the class table; its constant is sema's to fill.
    const_cast<FieldSymbol*>(symbol)->constantValue = convertConstant(*init->constant, init->type, type);
  }
  symbol->initializerState = FieldSymbol::InitializerState::Done;
}

void BodyAttributor::attributeInitializer(ast::InitializerDecl& init) {
  beginMember(init.isStatic ? MemberKind::StaticInit : MemberKind::InstanceInit, nullptr, init.isStatic);
  attributeBlock(init.body.get());
}

void BodyAttributor::attributeMethod(ast::MethodDecl& method) {
  const bool isStatic = method.symbol != nullptr ? method.symbol->isStatic() : (method.modifiers & ast::kStatic) != 0;
  beginMember(method.isConstructor ? MemberKind::Constructor : MemberKind::Method, &method, isStatic);
  BlockGuard parameters(scope_);
  for (auto& parameter : method.parameters) {
    if (parameter == nullptr) continue;
    if (parameter->type != nullptr && parameter->type->resolved == nullptr) resolveType(parameter->type.get());
    declareLocal(parameter.get());
  }
  if (method.body == nullptr) return;
  if (method.isConstructor) {
    const auto& statements = method.body->statements;
    const bool explicitCall = !statements.empty() && statements.front() != nullptr &&
                              statements.front()->is<ast::ExplicitConstructorCallStmt>();
    if (explicitCall) permittedConstructorCall_ = statements.front().get();
    // A misplaced this(...) or super(...) is reported as such; javac adds no
    // implicit super() beside it.
    const bool misplacedCall = std::any_of(statements.begin(), statements.end(), [](const auto& statement) {
      return statement != nullptr && statement->template is<ast::ExplicitConstructorCallStmt>();
    });
    // javac reports the implicit super() at the body's opening brace.
    if (!misplacedCall) checkImplicitSuperCall(method.body->location);
  }
  attributeBlock(method.body.get());
}

void BodyAttributor::checkImplicitSuperCall(SourceLocation where) {
  const ClassSymbol* superclass = classSymbol_->superclass;
  if (superclass == nullptr || classSymbol_->isInterface) return;
  const MethodSymbol* chosen = resolveConstructor(superclass, {}, where);
  noteThrows(chosen, where);
}

// The default constructor declares nothing, so whatever its super() throws
// is javac's "unreported exception X in default constructor".
void BodyAttributor::checkDefaultConstructor(SourceLocation where) {
  const ClassSymbol* superclass = classSymbol_->superclass;
  if (superclass == nullptr) return;
  const MethodSymbol* chosen = resolveConstructor(superclass, {}, where);
  if (chosen == nullptr) return;
  for (const Type* thrown : chosen->thrownTypes) {
    if (exceptions_.isChecked(thrown))
      ctx_.diags.error(where, "unreported exception " + messageTypeName(thrown, nullptr) + " in default constructor");
  }
}

std::string BodyAttributor::memberDescription() const {
  const std::string className = classSymbol_->type != nullptr ? classSymbol_->type->name() : classSymbol_->name;
  switch (memberKind_) {
    case MemberKind::Method:
    case MemberKind::Constructor:
      if (method_ != nullptr && method_->symbol != nullptr)
        return (method_->isConstructor ? "constructor " : "method ") + method_->symbol->signature();
      return "class " + className;
    case MemberKind::StaticInit:
      return "static initializer of class " + className;
    case MemberKind::InstanceInit:
      return "instance initializer of class " + className;
    case MemberKind::FieldInit:
      return "class " + className;
  }
  return "class " + className;
}

const Type* BodyAttributor::resolveType(ast::TypeRef* ref) {
  if (ref == nullptr) return errorType();
  if (ref->resolved != nullptr) return ref->resolved;
  return resolveTypeRef(ctx_, typeScope_, *ref);
}

const Type* BodyAttributor::stringType() {
  if (ctx_.known.string == nullptr) return errorType();
  return classTypeOf(ctx_.known.string);
}

}  // namespace plurix::compiler::sema
