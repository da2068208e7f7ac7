// Method invocation (JLS 15.12), instance creation (15.9) and explicit
// constructor calls (8.8.7.1): find the candidates the call can see, let
// overload resolution choose, then check static context, accessibility and
// what the chosen method may throw.
#include "compiler/sema/body_attributor.h"
#include "compiler/sema/conversions.h"
#include "compiler/sema/member_lookup.h"
#include "compiler/sema/overload_resolution.h"

namespace plurix::compiler::sema {
namespace {

ast::NameMeaning meaningOfQualifier(const ast::Expr* e) {
  if (e->is<ast::NameExpr>()) return e->as<ast::NameExpr>()->meaning;
  if (e->is<ast::FieldAccessExpr>()) return e->as<ast::FieldAccessExpr>()->meaning;
  return ast::NameMeaning::Unresolved;
}

const ClassSymbol* qualifierClass(const ast::Expr* e) {
  if (e->is<ast::NameExpr>()) return e->as<ast::NameExpr>()->classSymbol;
  if (e->is<ast::FieldAccessExpr>()) return e->as<ast::FieldAccessExpr>()->classSymbol;
  return nullptr;
}

}  // namespace

bool BodyAttributor::attributeArguments(std::vector<ast::Own<ast::Expr>>& args, std::vector<const Type*>* types) {
  bool ok = true;
  for (auto& arg : args) {
    const Type* type = attributeExpr(arg.get());
    if (type->isError()) ok = false;
    if (type->isVoid() && arg != nullptr) {
      ctx_.diags.error(arg->location, "'void' type not allowed here");
      ok = false;
    }
    types->push_back(type);
  }
  return ok;
}

void BodyAttributor::noteThrows(const MethodSymbol* method, SourceLocation where) {
  if (method == nullptr) return;
  for (const Type* thrown : method->thrownTypes) exceptions_.thrown(thrown, where);
}

const Type* BodyAttributor::attributeMethodCall(ast::MethodCallExpr* e) {
  const SourceLocation where = selectionLocation(*e);
  const ClassSymbol* searchIn = nullptr;  // where the candidates come from
  const Type* qualifierType = nullptr;   // the instance expression's type, if any
  bool isSuperCall = false;
  bool fromEnclosing = false;
  std::vector<const MethodSymbol*> candidates;
  ast::Expr* target = e->target.get();
  if (target == nullptr) {
    for (const ClassSymbol* cls = classSymbol_; cls != nullptr; cls = cls->enclosing) {
      candidates = findMethods(ctx_, cls, e->name);
      if (candidates.empty()) continue;
      searchIn = cls;
      fromEnclosing = cls != classSymbol_;
      break;
    }
    if (searchIn == nullptr) searchIn = classSymbol_;
  } else {
    const Type* targetType = target->is<ast::ThisExpr>() ? attributeExpr(target) : attributeQualifier(target);
    const ast::NameMeaning meaning = meaningOfQualifier(target);
    if (meaning == ast::NameMeaning::Package) {
      ctx_.diags.error(target->location, "cannot find symbol: class " + std::string(target->is<ast::NameExpr>() ? target->as<ast::NameExpr>()->name : target->as<ast::FieldAccessExpr>()->name));
      return errorType();
    }
    if (meaning == ast::NameMeaning::Type) {
      searchIn = qualifierClass(target);
      e->targetIsType = true;
    } else {
      if (targetType->isError()) {
        std::vector<const Type*> ignored;
        attributeArguments(e->args, &ignored);
        return errorType();
      }
      isSuperCall = target->is<ast::ThisExpr>() && target->as<ast::ThisExpr>()->isSuper;
      qualifierType = targetType;
      if (targetType->isClass()) {
        searchIn = targetType->classSymbol();
      } else if (targetType->isArray()) {
        searchIn = ctx_.known.object;
      } else {
        ctx_.diags.error(where, messageTypeName(targetType, nullptr) + " cannot be dereferenced");
        std::vector<const Type*> ignored;
        attributeArguments(e->args, &ignored);
        return errorType();
      }
    }
    if (searchIn != nullptr) candidates = findMethods(ctx_, searchIn, e->name);
  }
  std::vector<const Type*> argTypes;
  if (!attributeArguments(e->args, &argTypes) || searchIn == nullptr) return errorType();
  OverloadResult result = resolveOverload(ctx_, candidates, argTypes);
  if (result.status != OverloadResult::Status::Found) {
    reportFailedCall(result, e->name, false, candidates, argTypes, &e->args, where);
    return errorType();
  }
  const MethodSymbol* method = result.method;
  e->method = method;
  // JLS 6.6.2.1 permits super.m() without a qualifier type to check.
  if (!isAccessible(classSymbol_, method->owner, method->modifiers, isSuperCall ? nullptr : qualifierType)) {
    ctx_.diags.error(where, inaccessibleMessage(method->signature(), method->owner, method->modifiers));
    return errorType();
  }
  if (!method->isStatic()) {
    const bool noInstance = e->targetIsType || (target == nullptr && (fromEnclosing || isStaticContext()));
    if (noInstance) {
      reportStaticContext(where, "method " + method->signature());
      return errorType();
    }
  }
  if (isSuperCall && method->isAbstract()) {
    ctx_.diags.error(where, "abstract method " + method->signature() + " in " + method->owner->name +
                                " cannot be accessed directly");
    return errorType();
  }
  // JLS 10.7: an array's clone() returns its own type and throws nothing checked.
  if (qualifierType != nullptr && qualifierType->isArray() && e->name == "clone" && argTypes.empty())
    return qualifierType;
  noteThrows(method, e->argumentsLocation.valid() ? e->argumentsLocation : where);
  return method->returnType != nullptr ? method->returnType : errorType();
}

void BodyAttributor::reportFailedCall(const OverloadResult& result, std::string_view name, bool isConstructor,
                                      const std::vector<const MethodSymbol*>& candidates,
                                      const std::vector<const Type*>& argTypes,
                                      const std::vector<ast::Own<ast::Expr>>* args, SourceLocation where) {
  std::optional<size_t> mismatch = mismatchedArgument(result, candidates, argTypes, ctx_);
  if (mismatch && args != nullptr && *mismatch < args->size() && (*args)[*mismatch] != nullptr) {
    const MethodSymbol* m = candidates.front();
    ctx_.diags.error((*args)[*mismatch]->location,
                     incompatibleTypesMessage(ctx_, argTypes[*mismatch], m->parameterTypes[*mismatch]));
    return;
  }
  ctx_.diags.error(where, overloadErrorMessage(result, name, isConstructor, candidates, argTypes, ctx_));
}

const MethodSymbol* BodyAttributor::resolveConstructor(const ClassSymbol* cls, const std::vector<const Type*>& argTypes,
                                                       SourceLocation where,
                                                       const std::vector<ast::Own<ast::Expr>>* args) {
  std::vector<const MethodSymbol*> candidates = constructorsOf(cls);
  OverloadResult result = resolveOverload(ctx_, candidates, argTypes);
  if (result.status != OverloadResult::Status::Found) {
    reportFailedCall(result, cls->name, true, candidates, argTypes, args, where);
    return nullptr;
  }
  if (!isAccessible(classSymbol_, cls, result.method->modifiers)) {
    ctx_.diags.error(where, inaccessibleMessage(result.method->signature(), cls, result.method->modifiers));
    return nullptr;
  }
  return result.method;
}

const Type* BodyAttributor::attributeNew(ast::NewExpr* e) {
  const Type* type = resolveType(e->classType.get());
  std::vector<const Type*> argTypes;
  const bool argsOk = attributeArguments(e->args, &argTypes);
  if (type->isError()) return type;
  if (!type->isClass()) {
    ctx_.diags.error(e->location, "unexpected type; required: class; found: " + messageTypeName(type, nullptr));
    return errorType();
  }
  const ClassSymbol* cls = type->classSymbol();
  if (cls->isStruct) {
    ctx_.diags.error(e->location, "STRUCT types cannot be instantiated with new; use MAGIC.cast2Struct");
    return type;
  }
  if (cls->isAbstract()) {
    ctx_.diags.error(e->location, messageTypeName(type, nullptr) + " is abstract; cannot be instantiated");
    return type;
  }
  if (!argsOk) return type;
  const SourceLocation where = e->classType != nullptr ? e->classType->location : e->location;
  e->constructor = resolveConstructor(cls, argTypes, e->location.valid() ? e->location : where, &e->args);
  noteThrows(e->constructor, e->location);
  return type;
}

void BodyAttributor::attributeExplicitConstructorCall(ast::ExplicitConstructorCallStmt* s) {
  std::vector<const Type*> argTypes;
  constructorPrologue_ = true;
  const bool argsOk = attributeArguments(s->args, &argTypes);
  constructorPrologue_ = false;
  if (!argsOk) return;
  const ClassSymbol* cls = s->isSuper ? classSymbol_->superclass : classSymbol_;
  if (cls == nullptr) return;  // java.lang.Object has nothing to call
  const SourceLocation where = s->argumentsLocation.valid() ? s->argumentsLocation : s->location;
  s->constructor = resolveConstructor(cls, argTypes, where, &s->args);
  noteThrows(s->constructor, where);
}

}  // namespace plurix::compiler::sema
