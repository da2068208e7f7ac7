// Declarations: the compilation unit, classes and interfaces, their members.
#include "compiler/parse/ast_builder.h"

namespace plurix::compiler::parse {

using namespace ast;

SourceLocation AstBuilder::loc(const antlr4::Token* token) const {
  return SourceLocation{file_, static_cast<uint32_t>(token->getLine()),
                        static_cast<uint32_t>(token->getCharPositionInLine() + 1)};
}

std::string AstBuilder::text(const antlr4::Token* first, const antlr4::Token* last) const {
  // ANTLR's own getText() re-encodes UTF-32 through std::wstring_convert,
  // which costs more than all the rest of building; the source is at hand.
  size_t begin = first->getStartIndex();
  size_t end = last->getStopIndex() + 1;
  if (byteOffsets_ != nullptr) {
    begin = (*byteOffsets_)[begin];
    end = (*byteOffsets_)[end];
  }
  return source_.substr(begin, end - begin);
}

std::vector<std::string> AstBuilder::qualifiedNameParts(P::QualifiedNameContext* ctx) {
  std::vector<std::string> parts;
  for (auto* id : ctx->identifier()) parts.push_back(text(id));
  return parts;
}

Own<TypeRef> cloneType(const TypeRef& type) {
  auto copy = std::make_unique<TypeRef>(type.location);
  copy->isPrimitive = type.isPrimitive;
  copy->primitive = type.primitive;
  copy->name = type.name;
  copy->arrayDims = type.arrayDims;
  return copy;
}

namespace {

std::string joined(const std::vector<std::string>& parts) {
  std::string out;
  for (const std::string& part : parts) {
    if (!out.empty()) out += '.';
    out += part;
  }
  return out;
}

}  // namespace

std::unique_ptr<CompilationUnit> AstBuilder::build(P::CompilationUnitContext* tree) {
  auto unit = std::make_unique<CompilationUnit>(SourceLocation{file_, 1, 1});
  unit->file = file_;
  if (auto* package = tree->packageDeclaration()) {
    unit->packageName = qualifiedNameParts(package->qualifiedName());
    unit->packageLocation = loc(package->PACKAGE());
  }
  for (auto* import : tree->importDeclaration()) {
    ImportDecl decl;
    decl.location = loc(import->IMPORT());
    decl.name = qualifiedNameParts(import->qualifiedName());
    decl.isStatic = import->STATIC() != nullptr;
    decl.isOnDemand = import->MUL() != nullptr;
    if (decl.isOnDemand) {
      decl.lastDotLocation = loc(import->DOT());
    } else if (!import->qualifiedName()->DOT().empty()) {
      decl.lastDotLocation = loc(import->qualifiedName()->DOT().back());
    }
    if (decl.isStatic) error(loc(import->STATIC()), "static imports are not supported yet");
    unit->imports.push_back(std::move(decl));
  }
  for (auto* type : tree->typeDeclaration()) {
    if (type->anyTypeDeclaration() == nullptr) continue;  // a stray ';'
    ModifierList modifiers = buildModifiers(type->modifier());
    SourceLocation start = modifiers.first.valid() ? modifiers.first : loc(type);
    if (auto decl = buildTypeDeclaration(std::move(modifiers), start, type->anyTypeDeclaration(), nullptr)) {
      unit->types.push_back(std::move(decl));
    }
  }
  return unit;
}

// ---------------------------------------------------------------- modifiers

Annotation AstBuilder::buildAnnotation(P::AnnotationContext* ctx) {
  return Annotation{loc(ctx->AT()), joined(qualifiedNameParts(ctx->qualifiedName()))};
}

void AstBuilder::addModifier(ModifierList& list, antlr4::Token* token) {
  Modifiers bit = 0;
  switch (token->getType()) {
    case P::PUBLIC: bit = kPublic; break;
    case P::PROTECTED: bit = kProtected; break;
    case P::PRIVATE: bit = kPrivate; list.privateAt = loc(token); break;
    case P::STATIC: bit = kStatic; list.staticAt = loc(token); break;
    case P::FINAL: bit = kFinal; break;
    case P::ABSTRACT: bit = kAbstract; break;
    case P::NATIVE: bit = kNative; break;
    case P::TRANSIENT: bit = kTransient; break;
    case P::VOLATILE: bit = kVolatile; break;
    case P::STRICTFP: bit = kStrictfp; break;
    case P::DEFAULT: bit = kDefault; list.defaultAt = loc(token); break;
    case P::SYNCHRONIZED:
      bit = kSynchronized;
      error(loc(token), "synchronized is not supported; Plurix runs every step as a transaction");
      break;
    default: return;
  }
  if ((list.bits & bit) != 0) error(loc(token), "repeated modifier");
  list.bits |= bit;
}

AstBuilder::ModifierList AstBuilder::buildModifiers(const std::vector<P::ModifierContext*>& modifiers) {
  ModifierList list;
  for (auto* modifier : modifiers) {
    if (!list.first.valid()) list.first = loc(modifier);
    if (auto* annotation = modifier->annotation()) {
      list.annotations.push_back(buildAnnotation(annotation));
      continue;
    }
    addModifier(list, modifier->getStart());
  }
  return list;
}

Modifiers AstBuilder::buildVariableModifiers(const std::vector<P::VariableModifierContext*>& modifiers,
                                             std::vector<Annotation>* annotations) {
  Modifiers bits = 0;
  for (auto* modifier : modifiers) {
    if (auto* annotation = modifier->annotation()) {
      annotations->push_back(buildAnnotation(annotation));
      continue;
    }
    if ((bits & kFinal) != 0) error(loc(modifier), "repeated modifier");
    bits |= kFinal;
  }
  return bits;
}

// ---------------------------------------------------------------- classes

Own<ClassDecl> AstBuilder::buildTypeDeclaration(ModifierList modifiers, SourceLocation start,
                                                P::AnyTypeDeclarationContext* ctx, ClassDecl* enclosing) {
  if (auto* enumCtx = ctx->enumDeclaration()) {
    error(loc(enumCtx->ENUM()), "enums are not supported yet");
    return nullptr;
  }
  if (auto* annotationCtx = ctx->annotationTypeDeclaration()) {
    error(loc(annotationCtx->AT()), "annotation type declarations are not supported yet");
    return nullptr;
  }
  if (auto* recordCtx = ctx->recordDeclaration()) {
    error(loc(recordCtx->IDENTIFIER()), "records are not supported yet");
    return nullptr;
  }
  return buildClassOrInterface(std::move(modifiers), start, ctx->classDeclaration(), ctx->interfaceDeclaration(),
                               enclosing);
}

Own<ClassDecl> AstBuilder::buildClassOrInterface(ModifierList modifiers, SourceLocation start,
                                                 P::ClassDeclarationContext* classCtx,
                                                 P::InterfaceDeclarationContext* interfaceCtx, ClassDecl* enclosing) {
  auto decl = std::make_unique<ClassDecl>(start);
  decl->modifiers = modifiers.bits;
  decl->annotations = std::move(modifiers.annotations);
  decl->enclosing = enclosing;
  decl->owner = enclosing;
  if ((decl->modifiers & kDefault) != 0) error(modifiers.defaultAt, "modifier default not allowed here");
  P::IdentifierContext* name = nullptr;
  P::ClassBodyContext* body = nullptr;
  if (classCtx != nullptr) {
    decl->classKind = ClassKind::Class;
    name = classCtx->identifier();
    decl->keywordLocation = loc(classCtx->CLASS());
    body = classCtx->classBody();
    rejectTypeParameters(classCtx->typeParameters(), decl.get());
    if (classCtx->typeType() != nullptr) decl->superclass = buildType(classCtx->typeType());
    if (classCtx->typeList() != nullptr) decl->interfaces = buildTypeList(classCtx->typeList());
  } else {
    decl->classKind = ClassKind::Interface;
    name = interfaceCtx->identifier();
    decl->keywordLocation = loc(interfaceCtx->INTERFACE());
    body = interfaceCtx->classBody();
    rejectTypeParameters(interfaceCtx->typeParameters(), decl.get());
    if (interfaceCtx->typeList() != nullptr) decl->interfaces = buildTypeList(interfaceCtx->typeList());
  }
  decl->name = text(name);
  decl->nameLocation = loc(name);
  // JLS 8.1.3: a member class of a class is inner unless static; member
  // interfaces and every class nested in an interface are implicitly static.
  bool implicitlyStatic = decl->classKind == ClassKind::Interface ||
                          (enclosing != nullptr && enclosing->classKind == ClassKind::Interface);
  if (enclosing != nullptr && !implicitlyStatic && (decl->modifiers & kStatic) == 0) {
    error(decl->nameLocation, "inner classes are not supported yet; declare " + decl->name + " static");
  }
  buildClassBody(body, decl.get());
  return decl;
}

std::vector<Own<TypeRef>> AstBuilder::buildTypeList(P::TypeListContext* ctx) {
  std::vector<Own<TypeRef>> types;
  for (auto* type : ctx->typeType()) types.push_back(buildType(type));
  return types;
}

void AstBuilder::buildClassBody(P::ClassBodyContext* body, ClassDecl* owner) {
  for (auto* member : body->classBodyDeclaration()) buildMember(member, owner);
}

void AstBuilder::buildMember(P::ClassBodyDeclarationContext* ctx, ClassDecl* owner) {
  if (auto* block = ctx->block()) {
    auto initializer = std::make_unique<InitializerDecl>(loc(ctx));
    initializer->isStatic = ctx->STATIC() != nullptr;
    if (initializer->isStatic) initializer->modifiers = kStatic;
    initializer->owner = owner;
    initializer->body = buildBlock(block);
    owner->members.push_back(std::move(initializer));
    return;
  }
  auto* member = ctx->memberDeclaration();
  if (member == nullptr) return;  // a stray ';'
  ModifierList modifiers = buildModifiers(ctx->modifier());
  SourceLocation start = loc(ctx);
  if (auto* type = member->anyTypeDeclaration()) {
    if (auto decl = buildTypeDeclaration(std::move(modifiers), start, type, owner)) {
      owner->members.push_back(std::move(decl));
    }
    return;
  }
  if (auto* field = member->fieldDeclaration()) {
    buildFields(field, modifiers, owner);
    return;
  }
  Own<MethodDecl> method = member->methodDeclaration() != nullptr
                               ? buildMethod(member->methodDeclaration(), owner)
                               : buildConstructor(member->constructorDeclaration(), owner);
  method->location = start;
  method->modifiers = modifiers.bits;
  method->annotations = std::move(modifiers.annotations);
  method->owner = owner;
  checkInterfaceMethod(modifiers, owner->classKind == ClassKind::Interface);
  owner->members.push_back(std::move(method));
}

void AstBuilder::checkInterfaceMethod(const ModifierList& modifiers, bool inInterface) {
  if ((modifiers.bits & kDefault) != 0) {
    error(modifiers.defaultAt,
          inInterface ? "default methods are not supported yet" : "modifier default not allowed here");
  }
  if (!inInterface) return;
  if ((modifiers.bits & kStatic) != 0) error(modifiers.staticAt, "static interface methods are not supported yet");
  if ((modifiers.bits & kPrivate) != 0) {
    error(modifiers.privateAt, "private interface methods are not supported yet");
  }
}

Own<MethodDecl> AstBuilder::buildMethod(P::MethodDeclarationContext* ctx, ClassDecl* owner) {
  auto method = std::make_unique<MethodDecl>(loc(ctx));
  rejectTypeParameters(ctx->typeParameters(), owner);
  method->returnType = buildTypeOrVoid(ctx->typeOrVoid());
  if (auto* dims = ctx->dims()) method->returnType->arrayDims += static_cast<int>(dims->LBRACK().size());
  method->name = text(ctx->identifier());
  method->nameLocation = loc(ctx->identifier());
  method->parameters = buildParameters(ctx->formalParameters());
  if (auto* throws = ctx->throwsClause()) method->thrownTypes = buildTypeList(throws->typeList());
  if (ctx->DEFAULT() != nullptr) {
    error(loc(ctx->DEFAULT()), "annotation type declarations are not supported yet");
  }
  if (auto* body = ctx->block()) method->body = buildBlock(body);
  return method;
}

Own<MethodDecl> AstBuilder::buildConstructor(P::ConstructorDeclarationContext* ctx, ClassDecl* owner) {
  auto method = std::make_unique<MethodDecl>(loc(ctx));
  method->isConstructor = true;
  rejectTypeParameters(ctx->typeParameters(), owner);
  method->name = text(ctx->identifier());
  method->nameLocation = loc(ctx->identifier());
  // A "constructor" named unlike its class is a method missing its type.
  if (method->name != owner->name) error(method->nameLocation, "invalid method declaration; return type required");
  method->parameters = buildParameters(ctx->formalParameters());
  if (auto* throws = ctx->throwsClause()) method->thrownTypes = buildTypeList(throws->typeList());
  method->body = buildBlock(ctx->block());
  return method;
}

void AstBuilder::buildFields(P::FieldDeclarationContext* ctx, const ModifierList& modifiers, ClassDecl* owner) {
  Own<TypeRef> type = buildType(ctx->typeType());
  const std::vector<P::VariableDeclaratorContext*> declarators = ctx->variableDeclarators()->variableDeclarator();
  for (size_t i = 0; i < declarators.size(); ++i) {
    P::VariableDeclaratorContext* declarator = declarators[i];
    auto field = std::make_unique<FieldDecl>(loc(declarator->identifier()));
    field->modifiers = modifiers.bits;
    field->annotations = modifiers.annotations;
    field->owner = owner;
    field->type = cloneType(*type);
    if (auto* dims = declarator->dims()) field->type->arrayDims += static_cast<int>(dims->LBRACK().size());
    field->name = text(declarator->identifier());
    if (auto* init = declarator->variableInitializer()) {
      field->initializer = buildVariableInitializer(init);
    } else if (owner->classKind == ClassKind::Interface) {
      // Interface fields are constants (JLS 9.3); javac's parser demands the
      // '=' where the ',' or ';' stands.
      error(i + 1 < declarators.size() ? loc(ctx->variableDeclarators()->COMMA(i)) : loc(ctx->SEMI()), "= expected");
    }
    owner->members.push_back(std::move(field));
  }
}

std::vector<Own<VariableDecl>> AstBuilder::buildParameters(P::FormalParametersContext* ctx) {
  std::vector<Own<VariableDecl>> parameters;
  auto* list = ctx->formalParameterList();
  if (list == nullptr) return parameters;
  for (auto* param : list->formalParameter()) {
    auto decl = std::make_unique<VariableDecl>(loc(param->identifier()));
    decl->variableKind = VariableKind::Parameter;
    decl->modifiers = buildVariableModifiers(param->variableModifier(), &decl->annotations);
    decl->type = buildType(param->typeType());
    decl->name = text(param->identifier());
    if (auto* dims = param->dims()) decl->type->arrayDims += static_cast<int>(dims->LBRACK().size());
    if (param->ELLIPSIS() != nullptr) {
      error(loc(param->ELLIPSIS()), "varargs are not supported yet");
      decl->type->arrayDims += 1;  // what T... means, so the body still checks
    }
    parameters.push_back(std::move(decl));
  }
  return parameters;
}

}  // namespace plurix::compiler::parse
