// Names (JLS 6.5): a simple name is a local, then a field of the class or an
// enclosing class, then (as a qualifier only) a type, then a package; a.b.c
// is reclassified left to right the same way. Also the checks that belong to
// a variable use: static context, accessibility, constant variables, and the
// assignments a final variable refuses.
#include "compiler/sema/body_attributor.h"
#include "compiler/sema/constant_folding.h"
#include "compiler/sema/conversions.h"
#include "compiler/sema/member_lookup.h"

namespace plurix::compiler::sema {
namespace {

bool isConstantType(const Type* t) { return t != nullptr && (t->isPrimitive() || isStringType(t)); }

// The dotted text of a package-name chain, e.g. "java.util".
std::string dottedName(const ast::Expr* e) {
  if (e->is<ast::NameExpr>()) return e->as<ast::NameExpr>()->name;
  if (e->is<ast::FieldAccessExpr>()) {
    const auto* access = e->as<ast::FieldAccessExpr>();
    if (access->target == nullptr) return access->name;
    return dottedName(access->target.get()) + "." + access->name;
  }
  return "";
}

ast::NameMeaning meaningOf(const ast::Expr* e) {
  if (e->is<ast::NameExpr>()) return e->as<ast::NameExpr>()->meaning;
  if (e->is<ast::FieldAccessExpr>()) return e->as<ast::FieldAccessExpr>()->meaning;
  return ast::NameMeaning::Unresolved;
}

const ClassSymbol* classOf(const ast::Expr* e) {
  if (e->is<ast::NameExpr>()) return e->as<ast::NameExpr>()->classSymbol;
  if (e->is<ast::FieldAccessExpr>()) return e->as<ast::FieldAccessExpr>()->classSymbol;
  return nullptr;
}

// Nested constant lookups across classes recurse through fresh attributors;
// a pathological chain of thousands of constants must not overflow the stack.
int constantNesting = 0;
constexpr int kMaxConstantNesting = 64;

}  // namespace

void BodyAttributor::reportStaticContext(SourceLocation where, const std::string& what) {
  if (!staticContext_ && constructorPrologue_) {
    ctx_.diags.error(where, "cannot reference " + what + " before supertype constructor has been called");
    return;
  }
  ctx_.diags.error(where, "non-static " + what + " cannot be referenced from a static context");
}

const Type* BodyAttributor::attributeQualifier(ast::Expr* e) {
  if (e == nullptr) return errorType();
  const Type* type = nullptr;
  if (e->is<ast::NameExpr>()) {
    type = attributeName(e->as<ast::NameExpr>(), true);
  } else if (e->is<ast::FieldAccessExpr>()) {
    type = attributeFieldAccess(e->as<ast::FieldAccessExpr>(), true);
  } else {
    return attributeExpr(e);
  }
  e->type = type != nullptr ? type : errorType();
  return e->type;
}

const Type* BodyAttributor::attributeName(ast::NameExpr* e, bool allowTypeOrPackage) {
  if (ast::VariableDecl* local = scope_.find(e->name)) {
    e->meaning = ast::NameMeaning::Local;
    e->local = local;
    const Type* type = local->type != nullptr && local->type->resolved != nullptr ? local->type->resolved : errorType();
    // A final local with a constant initializer is a constant variable (JLS 4.12.4).
    if ((local->modifiers & ast::kFinal) != 0 && local->variableKind == ast::VariableKind::Local &&
        local->initializer != nullptr && local->initializer->constant && isConstantType(type) &&
        local->initializer->type != nullptr)
      e->constant = convertConstant(*local->initializer->constant, local->initializer->type, type);
    return type;
  }
  for (const ClassSymbol* cls = classSymbol_; cls != nullptr; cls = cls->enclosing) {
    const FieldSymbol* field = findField(cls, e->name);
    if (field == nullptr) continue;
    e->meaning = ast::NameMeaning::Field;
    e->field = field;
    if (!isAccessible(classSymbol_, field->owner, field->modifiers)) {
      ctx_.diags.error(e->location, inaccessibleMessage(field->name, field->owner, field->modifiers));
      return errorType();
    }
    // A static nested class has no enclosing instance to take a field from.
    if (!field->isStatic() && (cls != classSymbol_ || isStaticContext())) {
      reportStaticContext(e->location, "variable " + e->name);
      return errorType();
    }
    return useField(e, field, true);
  }
  if (allowTypeOrPackage) {
    TypeNameLookup lookup = lookupSimpleTypeName(ctx_, typeScope_, e->name);
    if (lookup.ambiguous) {
      ctx_.diags.error(e->location, "reference to " + e->name + " is ambiguous");
      return errorType();
    }
    if (lookup.found != nullptr) {
      e->meaning = ast::NameMeaning::Type;
      e->classSymbol = lookup.found;
      return classTypeOf(lookup.found);
    }
    if (ctx_.classes.packageExists(e->name)) {
      e->meaning = ast::NameMeaning::Package;
      return errorType();
    }
  }
  ctx_.diags.error(e->location, "cannot find symbol: variable " + e->name);
  return errorType();
}

const Type* BodyAttributor::attributeFieldAccess(ast::FieldAccessExpr* e, bool allowTypeOrPackage) {
  ast::Expr* target = e->target.get();
  if (target == nullptr) return errorType();
  const SourceLocation where = selectionLocation(*e);
  const Type* targetType = target->is<ast::ThisExpr>() ? attributeExpr(target) : attributeQualifier(target);
  const ast::NameMeaning targetMeaning = meaningOf(target);
  if (targetMeaning == ast::NameMeaning::Package) {
    const std::string qualified = dottedName(target) + "." + e->name;
    if (const ClassSymbol* cls = ctx_.classes.findClass(qualified); cls != nullptr && allowTypeOrPackage) {
      e->meaning = ast::NameMeaning::Type;
      e->classSymbol = cls;
      return classTypeOf(cls);
    }
    if (allowTypeOrPackage && ctx_.classes.packageExists(qualified)) {
      e->meaning = ast::NameMeaning::Package;
      return errorType();
    }
    ctx_.diags.error(where, "cannot find symbol: class " + e->name + " in package " + dottedName(target));
    return errorType();
  }
  if (targetMeaning == ast::NameMeaning::Type) {
    const ClassSymbol* cls = classOf(target);
    if (cls == nullptr) return errorType();
    if (const FieldSymbol* field = findField(cls, e->name)) {
      e->meaning = ast::NameMeaning::Field;
      e->field = field;
      if (!isAccessible(classSymbol_, field->owner, field->modifiers)) {
        ctx_.diags.error(where, inaccessibleMessage(field->name, field->owner, field->modifiers));
        return errorType();
      }
      if (!field->isStatic()) {
        ctx_.diags.error(where, "non-static variable " + e->name + " cannot be referenced from a static context");
        return errorType();
      }
      return useField(e, field, true);
    }
    if (allowTypeOrPackage) {
      if (const ClassSymbol* nested = findMemberClass(cls, e->name)) {
        e->meaning = ast::NameMeaning::Type;
        e->classSymbol = nested;
        return classTypeOf(nested);
      }
    }
    ctx_.diags.error(where, "cannot find symbol: variable " + e->name);
    return errorType();
  }
  if (targetType->isError()) return errorType();
  return selectField(e, targetType, false);
}

const Type* BodyAttributor::selectField(ast::FieldAccessExpr* e, const Type* targetType, bool throughType) {
  const SourceLocation where = selectionLocation(*e);
  if (targetType->isArray()) {
    if (e->name == "length") {
      e->meaning = ast::NameMeaning::ArrayLength;
      return ctx_.types.intType();
    }
    ctx_.diags.error(where, "cannot find symbol: variable " + e->name);
    return errorType();
  }
  if (!targetType->isClass()) {
    ctx_.diags.error(where, messageTypeName(targetType, nullptr) + " cannot be dereferenced");
    return errorType();
  }
  const FieldSymbol* field = findField(targetType->classSymbol(), e->name);
  if (field == nullptr) {
    ctx_.diags.error(where, "cannot find symbol: variable " + e->name);
    return errorType();
  }
  e->meaning = ast::NameMeaning::Field;
  e->field = field;
  // JLS 6.6.2.1 permits super.x without a qualifier type to check.
  const bool throughSuper = e->target != nullptr && e->target->is<ast::ThisExpr>() &&
                            e->target->as<ast::ThisExpr>()->isSuper;
  if (!isAccessible(classSymbol_, field->owner, field->modifiers, throughSuper ? nullptr : targetType)) {
    ctx_.diags.error(where, inaccessibleMessage(field->name, field->owner, field->modifiers));
    return errorType();
  }
  return useField(e, field, throughType);
}

const Type* BodyAttributor::useField(ast::Expr* e, const FieldSymbol* field, bool simpleOrTypeQualified) {
  const Type* type = field->type != nullptr ? field->type : errorType();
  // Only a simple name or TypeName.f denotes a constant variable (JLS 15.29).
  if (simpleOrTypeQualified && field->isFinal() && isConstantType(type)) {
    ensureFieldConstant(field);
    if (field->constantValue) e->constant = field->constantValue;
  }
  return type;
}

void BodyAttributor::ensureFieldConstant(const FieldSymbol* field) {
  if (field->constantValue || field->decl == nullptr || field->decl->initializer == nullptr) return;
  if (field->initializerState != FieldSymbol::InitializerState::Pending) return;  // done, or a cycle
  ast::ClassDecl* owner = field->decl->owner;
  if (owner == nullptr || owner->symbol == nullptr || constantNesting >= kMaxConstantNesting) return;
  ++constantNesting;
  BodyAttributor ownerAttributor(ctx_, *owner);
  ownerAttributor.attributeFieldInitializer(*field->decl);
  --constantNesting;
}

const Type* BodyAttributor::attributeAssignmentTarget(ast::Expr* target) {
  if (target == nullptr) return errorType();
  const Type* type = nullptr;
  if (target->is<ast::NameExpr>() || target->is<ast::FieldAccessExpr>() || target->is<ast::ArrayAccessExpr>()) {
    type = attributeExpr(target);
  } else {
    type = attributeExpr(target);
    if (!type->isError())
      ctx_.diags.error(target->location, "unexpected type; required: variable; found: value");
    return errorType();
  }
  // A variable being written is not a use of its constant value.
  target->constant.reset();
  if (!type->isError()) checkFinalAssignment(target);
  return type;
}

void BodyAttributor::checkFinalAssignment(ast::Expr* target) {
  const FieldSymbol* field = nullptr;
  bool simpleOrThis = false;
  if (target->is<ast::NameExpr>()) {
    auto* name = target->as<ast::NameExpr>();
    if (name->meaning == ast::NameMeaning::Local && name->local != nullptr) {
      const ast::VariableDecl* local = name->local;
      if (!local->alternatives.empty()) {
        ctx_.diags.error(target->location, "multi-catch parameter " + local->name + " may not be assigned");
        return;
      }
      if ((local->modifiers & ast::kFinal) == 0) return;
      if (local->variableKind == ast::VariableKind::Parameter) {
        ctx_.diags.error(target->location, "final parameter " + local->name + " may not be assigned");
        return;
      }
      // A blank final local is flow's business (definite unassignment).
      if (local->variableKind == ast::VariableKind::Local && local->initializer == nullptr) return;
      ctx_.diags.error(target->location, "cannot assign a value to final variable " + local->name);
      return;
    }
    field = name->field;
    simpleOrThis = true;
  } else if (target->is<ast::FieldAccessExpr>()) {
    auto* access = target->as<ast::FieldAccessExpr>();
    const SourceLocation where = selectionLocation(*access);
    if (access->meaning == ast::NameMeaning::ArrayLength) {
      ctx_.diags.error(where, "cannot assign a value to final variable length");
      return;
    }
    field = access->field;
    const ast::Expr* qualifier = access->target.get();
    simpleOrThis = qualifier != nullptr && qualifier->is<ast::ThisExpr>() && !qualifier->as<ast::ThisExpr>()->isSuper;
  }
  if (field == nullptr || !field->isFinal()) return;
  // A blank final may be assigned by its own class's constructors or
  // initializers (instance or static to match); flow checks "at most once".
  const bool blank = field->decl != nullptr && field->decl->initializer == nullptr;
  const bool rightPlace = field->isStatic() ? memberKind_ == MemberKind::StaticInit
                                            : memberKind_ == MemberKind::Constructor || memberKind_ == MemberKind::InstanceInit;
  if (blank && simpleOrThis && field->owner == classSymbol_ && rightPlace) return;
  const SourceLocation where =
      target->is<ast::FieldAccessExpr>() ? selectionLocation(*target->as<ast::FieldAccessExpr>()) : target->location;
  ctx_.diags.error(where, "cannot assign a value to final variable " + field->name);
}

}  // namespace plurix::compiler::sema
