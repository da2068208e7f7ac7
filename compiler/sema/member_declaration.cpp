#include "compiler/sema/member_declaration.h"

#include <initializer_list>
#include <utility>

#include "compiler/sema/member_lookup.h"
#include "compiler/sema/type_resolution.h"

namespace plurix::compiler::sema {

namespace {

const char* modifierName(ast::Modifier modifier) {
  switch (modifier) {
    case ast::kPublic: return "public";
    case ast::kProtected: return "protected";
    case ast::kPrivate: return "private";
    case ast::kStatic: return "static";
    case ast::kFinal: return "final";
    case ast::kAbstract: return "abstract";
    case ast::kNative: return "native";
    case ast::kSynchronized: return "synchronized";
    case ast::kTransient: return "transient";
    case ast::kVolatile: return "volatile";
    case ast::kStrictfp: return "strictfp";
    case ast::kDefault: return "default";
  }
  return "?";
}

// Reports the first pair of `written` modifiers that may not be combined (javac
// reports one per declaration). Returns true if it reported.
bool checkCombinations(SemaContext& ctx, SourceLocation where, ast::Modifiers written,
                       std::initializer_list<std::pair<ast::Modifier, ast::Modifier>> forbidden) {
  for (auto [a, b] : forbidden) {
    if ((written & a) != 0 && (written & b) != 0) {
      ctx.diags.error(where, std::string("illegal combination of modifiers: ") + modifierName(a) + " and " +
                                 modifierName(b));
      return true;
    }
  }
  return false;
}

constexpr std::initializer_list<std::pair<ast::Modifier, ast::Modifier>> kAccessPairs = {
    {ast::kPublic, ast::kProtected}, {ast::kPublic, ast::kPrivate}, {ast::kProtected, ast::kPrivate}};

// Reports the first of `written` that is not in `allowed`.
bool checkAllowed(SemaContext& ctx, SourceLocation where, ast::Modifiers written, ast::Modifiers allowed) {
  for (uint32_t bit = 1; bit <= ast::kDefault; bit <<= 1) {
    if ((written & bit) != 0 && (allowed & bit) == 0) {
      ctx.diags.error(where, std::string("modifier ") + modifierName(static_cast<ast::Modifier>(bit)) +
                                 " not allowed here");
      return true;
    }
  }
  return false;
}

bool hasErrorType(const MethodSymbol& method) {
  for (const Type* t : method.parameterTypes) {
    if (t->isError()) return true;
  }
  return false;
}

// A class that gets a STRUCT-typed field would hold a heap reference to raw
// memory; a STRUCT with a reference field would hide a heap reference from
// the collector. Both break "a STRUCT is never referenced from the heap".
void checkStructField(SemaContext& ctx, const ClassSymbol& cls, const FieldSymbol& field, SourceLocation where) {
  if (field.type->isError()) return;
  if (cls.isStruct) {
    if (&cls != ctx.known.structBase && !field.type->isPrimitive()) {
      ctx.diags.error(where, "STRUCT fields must be of primitive type; " + field.name + " is of type " +
                                 field.type->name());
    }
    return;
  }
  if (field.type->isClass() && field.type->classSymbol()->isStruct) {
    ctx.diags.error(where, "field " + field.name + " of STRUCT type " + field.type->name() +
                               " in non-STRUCT class " + cls.name +
                               ": a STRUCT is never referenced from the heap");
  }
}

void declareField(SemaContext& ctx, ClassTable& table, ClassSymbol& cls, ast::FieldDecl& decl) {
  if (!decl.type) return;
  const Type* type = resolveTypeRef(ctx, scopeOf(&cls), *decl.type);
  ast::Modifiers modifiers = decl.modifiers;
  if (cls.isInterface) {
    checkAllowed(ctx, decl.location, modifiers, ast::kPublic | ast::kStatic | ast::kFinal);
    modifiers |= ast::kPublic | ast::kStatic | ast::kFinal;
  } else {
    checkAllowed(ctx, decl.location, modifiers,
                 ast::kPublic | ast::kProtected | ast::kPrivate | ast::kStatic | ast::kFinal | ast::kTransient |
                     ast::kVolatile) ||
        checkCombinations(ctx, decl.location, modifiers, kAccessPairs) ||
        checkCombinations(ctx, decl.location, modifiers, {{ast::kFinal, ast::kVolatile}});
  }
  for (const FieldSymbol* other : cls.fields) {
    if (other->name == decl.name) {
      ctx.diags.error(decl.location, "variable " + decl.name + " is already defined in class " + cls.name);
      return;
    }
  }
  FieldSymbol* field = table.newField();
  field->name = decl.name;
  field->type = type;
  field->modifiers = modifiers;
  field->owner = &cls;
  field->decl = &decl;
  decl.symbol = field;
  cls.fields.push_back(field);
  checkStructField(ctx, cls, *field, decl.location);
}

// The checks on a method's modifiers and body; `modifiers` has the implicit ones.
void checkMethodForm(SemaContext& ctx, const ClassSymbol& cls, const ast::MethodDecl& decl,
                     ast::Modifiers modifiers) {
  SourceLocation where = decl.nameLocation.valid() ? decl.nameLocation : decl.location;
  ast::Modifiers written = decl.modifiers;
  if (decl.isConstructor) {
    checkAllowed(ctx, where, written, ast::kPublic | ast::kProtected | ast::kPrivate) ||
        checkCombinations(ctx, where, written, kAccessPairs);
    return;
  }
  if (cls.isInterface) {
    if (checkAllowed(ctx, where, written, ast::kPublic | ast::kAbstract | ast::kStatic | ast::kDefault | ast::kPrivate)) {
      return;
    }
    if (decl.body && (written & (ast::kStatic | ast::kDefault | ast::kPrivate)) == 0) {
      ctx.diags.error(where, "interface abstract methods cannot have body");
    }
    return;
  }
  constexpr ast::Modifiers kMethodModifiers = ast::kPublic | ast::kProtected | ast::kPrivate | ast::kStatic |
                                              ast::kFinal | ast::kAbstract | ast::kNative | ast::kSynchronized |
                                              ast::kStrictfp;
  if (checkAllowed(ctx, where, written, kMethodModifiers) || checkCombinations(ctx, where, written, kAccessPairs) ||
      checkCombinations(ctx, where, written,
                        {{ast::kAbstract, ast::kFinal},
                         {ast::kAbstract, ast::kPrivate},
                         {ast::kAbstract, ast::kStatic},
                         {ast::kAbstract, ast::kNative},
                         {ast::kAbstract, ast::kSynchronized}})) {
    return;
  }
  bool isNative = (modifiers & ast::kNative) != 0;
  if (isNative && (cls.unit == nullptr || !cls.unit->isLibrary)) {
    ctx.diags.error(where, "native methods are not supported outside the standard library");
    return;
  }
  if ((modifiers & ast::kAbstract) != 0 && decl.body) {
    ctx.diags.error(where, "abstract methods cannot have a body");
  } else if (isNative && decl.body) {
    ctx.diags.error(where, "native methods cannot have a body");
  } else if ((modifiers & (ast::kAbstract | ast::kNative)) == 0 && !decl.body) {
    ctx.diags.error(where, "missing method body, or declare abstract");
  }
}

void resolveThrows(SemaContext& ctx, ClassSymbol& cls, ast::MethodDecl& decl, MethodSymbol& method) {
  for (auto& thrown : decl.thrownTypes) {
    if (!thrown) continue;
    const Type* type = resolveTypeRef(ctx, scopeOf(&cls), *thrown);
    if (type->isError()) continue;
    const ClassSymbol* throwable = ctx.known.throwable;
    if (throwable != nullptr && !isSubtype(ctx, type, throwable->type)) {
      ctx.diags.error(thrown->location,
                      "incompatible types: " + type->name() + " cannot be converted to Throwable");
      continue;
    }
    method.thrownTypes.push_back(type);
  }
}

void declareMethod(SemaContext& ctx, ClassTable& table, ClassSymbol& cls, ast::MethodDecl& decl) {
  SourceLocation where = decl.nameLocation.valid() ? decl.nameLocation : decl.location;
  // A constructor not named after its class is really a method without a
  // return type; the parser reports it ("invalid method declaration; return
  // type required"), so here it only stays out of the class.
  if (decl.isConstructor && (decl.name != cls.name || cls.isInterface)) return;
  ast::Modifiers modifiers = decl.modifiers;
  if (cls.isInterface && (modifiers & (ast::kStatic | ast::kDefault | ast::kPrivate)) == 0) {
    modifiers |= ast::kPublic | ast::kAbstract;
  }
  checkMethodForm(ctx, cls, decl, modifiers);

  MethodSymbol* method = table.newMethod();
  method->name = decl.isConstructor ? "<init>" : decl.name;
  method->owner = &cls;
  method->modifiers = modifiers;
  method->isConstructor = decl.isConstructor;
  method->decl = &decl;
  TypeScope scope = scopeOf(&cls);
  method->returnType = decl.returnType ? resolveTypeRef(ctx, scope, *decl.returnType) : ctx.types.voidType();
  for (auto& parameter : decl.parameters) {
    const Type* type = parameter && parameter->type ? resolveTypeRef(ctx, scope, *parameter->type)
                                                    : ctx.types.errorType();
    method->parameterTypes.push_back(type);
  }
  resolveThrows(ctx, cls, decl, *method);
  decl.symbol = method;

  if (!hasErrorType(*method)) {
    for (const MethodSymbol* other : cls.methods) {
      if (!sameSignature(other, method)) continue;
      std::string what = decl.isConstructor ? "constructor " : "method ";
      ctx.diags.error(where, what + method->signature() + " is already defined in class " + cls.name);
      return;
    }
  }
  cls.methods.push_back(method);
}

// JLS 8.8.9: the default constructor has the access of its class.
void addDefaultConstructor(ClassTable& table, ClassSymbol& cls, const Type* voidType) {
  MethodSymbol* constructor = table.newMethod();
  constructor->name = "<init>";
  constructor->owner = &cls;
  constructor->modifiers = cls.modifiers & (ast::kPublic | ast::kProtected | ast::kPrivate);
  constructor->isConstructor = true;
  constructor->returnType = voidType;
  cls.methods.push_back(constructor);
}

}  // namespace

void declareMembers(SemaContext& ctx, ClassTable& table, ClassSymbol& cls) {
  if (cls.decl == nullptr) return;
  bool hasConstructor = false;
  for (auto& member : cls.decl->members) {
    if (!member) continue;
    if (member->is<ast::FieldDecl>()) {
      declareField(ctx, table, cls, *member->as<ast::FieldDecl>());
    } else if (member->is<ast::MethodDecl>()) {
      auto* method = member->as<ast::MethodDecl>();
      hasConstructor = hasConstructor || method->isConstructor;
      declareMethod(ctx, table, cls, *method);
    }
  }
  if (!cls.isInterface && !hasConstructor) addDefaultConstructor(table, cls, ctx.types.voidType());
}

void checkClassModifiers(SemaContext& ctx, const ClassSymbol& cls) {
  if (cls.decl == nullptr) return;
  SourceLocation where = cls.decl->nameLocation.valid() ? cls.decl->nameLocation : cls.decl->location;
  ast::Modifiers written = cls.decl->modifiers;
  ast::Modifiers allowed = ast::kPublic | ast::kAbstract | ast::kFinal | ast::kStrictfp;
  if (cls.enclosing != nullptr) allowed |= ast::kProtected | ast::kPrivate | ast::kStatic;
  if (checkAllowed(ctx, where, written, allowed)) return;
  if (checkCombinations(ctx, where, written, kAccessPairs)) return;
  if (cls.isInterface) {
    checkAllowed(ctx, where, written, ~ast::Modifiers{ast::kFinal});
    return;
  }
  checkCombinations(ctx, where, written, {{ast::kAbstract, ast::kFinal}});
}

}  // namespace plurix::compiler::sema
