#include <cmath>

#include <llvm/IR/MDBuilder.h>

#include "compiler/codegen/function_emitter.h"

namespace plurix::compiler::codegen {

using sema::TypeKind;

namespace {

bool isFloating(TypeKind kind) { return kind == TypeKind::Float || kind == TypeKind::Double; }
unsigned widthOf(TypeKind kind) {
  switch (kind) {
    case TypeKind::Byte: return 8;
    case TypeKind::Short:
    case TypeKind::Char: return 16;
    case TypeKind::Long: return 64;
    default: return 32;
  }
}

}  // namespace

TypeKind FunctionEmitter::promoted(TypeKind kind) {
  if (kind == TypeKind::Byte || kind == TypeKind::Short || kind == TypeKind::Char) return TypeKind::Int;
  return kind;
}

TypeKind FunctionEmitter::binaryPromoted(TypeKind left, TypeKind right) {
  if (left == TypeKind::Double || right == TypeKind::Double) return TypeKind::Double;
  if (left == TypeKind::Float || right == TypeKind::Float) return TypeKind::Float;
  if (left == TypeKind::Long || right == TypeKind::Long) return TypeKind::Long;
  return TypeKind::Int;
}

bool FunctionEmitter::isStaticSubtype(const sema::Type* from, const sema::Type* to) {
  if (from == to || from->isNull() || from->isError() || to->isError()) return true;
  if (to->isClass() && to->classSymbol()->qualifiedName == "java.lang.Object") return true;
  if (from->isClass() && to->isClass()) return from->classSymbol()->isSubtypeOf(to->classSymbol());
  if (from->isArray() && to->isClass()) return to->classSymbol()->qualifiedName == "java.lang.Cloneable";
  if (from->isArray() && to->isArray()) {
    const sema::Type* a = from->elementType();
    const sema::Type* b = to->elementType();
    if (a->isPrimitive() || b->isPrimitive()) return a == b;
    return isStaticSubtype(a, b);
  }
  return false;
}

llvm::Type* FunctionEmitter::kindType(TypeKind kind) {
  switch (kind) {
    case TypeKind::Boolean: return builder_.getInt1Ty();
    case TypeKind::Byte: return builder_.getInt8Ty();
    case TypeKind::Short:
    case TypeKind::Char: return builder_.getInt16Ty();
    case TypeKind::Int: return builder_.getInt32Ty();
    case TypeKind::Long: return builder_.getInt64Ty();
    case TypeKind::Float: return builder_.getFloatTy();
    case TypeKind::Double: return builder_.getDoubleTy();
    case TypeKind::Void: return builder_.getVoidTy();
    default: return builder_.getPtrTy();
  }
}

llvm::Value* FunctionEmitter::convert(llvm::Value* value, const sema::Type* from, const sema::Type* to) {
  return convertKind(value, from->kind(), to->kind());
}

llvm::Value* FunctionEmitter::convertKind(llvm::Value* value, TypeKind from, TypeKind to) {
  bool fromNumeric = from >= TypeKind::Byte && from <= TypeKind::Double;
  bool toNumeric = to >= TypeKind::Byte && to <= TypeKind::Double;
  if (from == to || !fromNumeric || !toNumeric) return value;
  llvm::Type* target = kindType(to);
  if (!isFloating(from) && !isFloating(to)) {
    unsigned fromWidth = widthOf(from);
    unsigned toWidth = widthOf(to);
    if (toWidth < fromWidth) return builder_.CreateTrunc(value, target);
    if (toWidth == fromWidth) return value;  // short <-> char: the same bits
    return from == TypeKind::Char ? builder_.CreateZExt(value, target) : builder_.CreateSExt(value, target);
  }
  if (!isFloating(from)) {
    return from == TypeKind::Char ? builder_.CreateUIToFP(value, target) : builder_.CreateSIToFP(value, target);
  }
  if (isFloating(to)) {
    return to == TypeKind::Double ? builder_.CreateFPExt(value, target) : builder_.CreateFPTrunc(value, target);
  }
  // Floating to integral: to int or long with saturation and NaN -> 0 (JLS 5.1.3), then narrower.
  TypeKind wide = to == TypeKind::Long ? TypeKind::Long : TypeKind::Int;
  llvm::Value* saturated = builder_.CreateIntrinsic(llvm::Intrinsic::fptosi_sat, {kindType(wide), value->getType()}, {value});
  return wide == to ? saturated : builder_.CreateTrunc(saturated, target);
}

llvm::Value* FunctionEmitter::emitExprAs(const ast::Expr* expr, const sema::Type* type) {
  return convert(emitExpr(expr), expr->type, type);
}

llvm::Value* FunctionEmitter::emitConstant(const ast::ConstantValue& value, const sema::Type* type) {
  switch (type->kind()) {
    case TypeKind::Boolean: return builder_.getInt1(std::get<bool>(value));
    case TypeKind::Byte:
    case TypeKind::Short:
    case TypeKind::Char:
    case TypeKind::Int:
      return llvm::ConstantInt::get(kindType(type->kind()), static_cast<uint64_t>(static_cast<int64_t>(std::get<int32_t>(value))), true);
    case TypeKind::Long: return builder_.getInt64(static_cast<uint64_t>(std::get<int64_t>(value)));
    // A constant NaN is Java's canonical one (javac stores constants as doubleToLongBits does),
    // whatever bits the folding machine's division produced.
    case TypeKind::Float:
      if (std::isnan(std::get<float>(value))) return llvm::ConstantFP::getNaN(builder_.getFloatTy());
      return llvm::ConstantFP::get(builder_.getFloatTy(), std::get<float>(value));
    case TypeKind::Double:
      if (std::isnan(std::get<double>(value))) return llvm::ConstantFP::getNaN(builder_.getDoubleTy());
      return llvm::ConstantFP::get(builder_.getDoubleTy(), std::get<double>(value));
    default:
      if (const auto* text = std::get_if<std::u16string>(&value)) return stringLiteral(*text);
      return llvm::ConstantPointerNull::get(builder_.getPtrTy());
  }
}

llvm::Value* FunctionEmitter::emitExpr(const ast::Expr* expr) {
  if (expr->constant.has_value()) return emitConstant(*expr->constant, expr->type);
  switch (expr->kind) {
    case ast::NodeKind::Literal: return llvm::ConstantPointerNull::get(builder_.getPtrTy());
    case ast::NodeKind::Name: return emitName(expr->as<ast::NameExpr>());
    case ast::NodeKind::FieldAccess: return emitFieldAccess(expr->as<ast::FieldAccessExpr>());
    case ast::NodeKind::MethodCall: setLocation(expr->location); return emitCall(expr->as<ast::MethodCallExpr>());
    case ast::NodeKind::New: setLocation(expr->location); return emitNew(expr->as<ast::NewExpr>());
    case ast::NodeKind::NewArray: return emitNewArray(expr->as<ast::NewArrayExpr>());
    case ast::NodeKind::ArrayInitializer: return emitArrayInitializer(expr->as<ast::ArrayInitializerExpr>(), expr->type);
    case ast::NodeKind::ArrayAccess: {
      Place place = emitPlace(expr);
      finishPlace(place);
      return load(place);
    }
    case ast::NodeKind::Unary: return emitUnary(expr->as<ast::UnaryExpr>());
    case ast::NodeKind::Binary: return emitBinary(expr->as<ast::BinaryExpr>());
    case ast::NodeKind::Assign: return emitAssign(expr->as<ast::AssignExpr>());
    case ast::NodeKind::Conditional: return emitConditional(expr->as<ast::ConditionalExpr>());
    case ast::NodeKind::InstanceOf: return emitInstanceOf(expr->as<ast::InstanceOfExpr>());
    case ast::NodeKind::Cast: return emitCast(expr->as<ast::CastExpr>());
    case ast::NodeKind::This: return this_;
    default:
      error_ = "an expression the code generator does not support";
      return zeroValue(kindType(expr->type->kind()));
  }
}

llvm::Value* FunctionEmitter::emitName(const ast::NameExpr* expr) {
  Place place = emitPlace(expr);
  finishPlace(place);
  return load(place);
}

llvm::Value* FunctionEmitter::emitFieldAccess(const ast::FieldAccessExpr* expr) {
  if (expr->meaning == ast::NameMeaning::ArrayLength) {
    llvm::Value* array = emitExpr(expr->target.get());
    nullCheck(array);
    return arrayLength(array);
  }
  Place place = emitPlace(expr);
  finishPlace(place);
  return load(place);
}

FunctionEmitter::Place FunctionEmitter::emitPlace(const ast::Expr* target) {
  Place place;
  place.type = target->type;
  const sema::FieldSymbol* field = nullptr;
  const ast::Expr* object = nullptr;
  if (target->is<ast::NameExpr>()) {
    const auto* name = target->as<ast::NameExpr>();
    if (name->meaning == ast::NameMeaning::Local) {
      place.kind = Place::Kind::Local;
      place.address = locals_.at(name->local);
      return place;
    }
    field = name->field;
  } else if (target->is<ast::FieldAccessExpr>()) {
    const auto* access = target->as<ast::FieldAccessExpr>();
    field = access->field;
    object = access->target.get();
  } else if (target->is<ast::ArrayAccessExpr>()) {
    const auto* access = target->as<ast::ArrayAccessExpr>();
    place.kind = Place::Kind::Element;
    place.object = emitExpr(access->array.get());
    place.index = convertKind(emitExpr(access->index.get()), access->index->type->kind(), TypeKind::Int);
    setLocation(access->location);
    return place;
  }
  place.field = field;
  place.type = field->type;
  if (field->isStatic()) {
    place.kind = Place::Kind::Static;
    place.address = staticAddress(field);
    return place;
  }
  place.kind = Place::Kind::Instance;
  if (object == nullptr || object->is<ast::ThisExpr>()) {
    place.object = this_;
  } else {
    place.object = emitExpr(object);
    place.needsNullCheck = true;
  }
  return place;
}

void FunctionEmitter::finishPlace(Place& place) {
  if (place.kind == Place::Kind::Instance) {
    if (place.needsNullCheck) nullCheck(place.object);
    place.needsNullCheck = false;
    place.address = fieldAddress(place.object, place.field);
  } else if (place.kind == Place::Kind::Element && place.address == nullptr) {
    place.address = elementAddress(place.object, place.index, place.type, true);
  }
}

llvm::Value* FunctionEmitter::load(const Place& place) {
  switch (place.kind) {
    case Place::Kind::Local: return builder_.CreateLoad(kindType(place.type->kind()), place.address);
    case Place::Kind::Static: return loadMemory(place.address, place.type, Memory::Static);
    case Place::Kind::Instance: return loadMemory(place.address, place.type, Memory::Field);
    case Place::Kind::Element: break;
  }
  return loadMemory(place.address, place.type, Memory::Element);
}

void FunctionEmitter::store(const Place& place, llvm::Value* value, const sema::Type* valueType) {
  switch (place.kind) {
    case Place::Kind::Local: builder_.CreateStore(value, place.address); return;
    case Place::Kind::Static: storeMemory(place.address, value, place.type, Memory::Static); return;
    case Place::Kind::Instance: storeMemory(place.address, value, place.type, Memory::Field); return;
    case Place::Kind::Element: {
      if (!place.type->isReference()) {
        storeMemory(place.address, value, place.type, Memory::Element);
        return;
      }
      bool exact = (place.type->isClass() && place.type->classSymbol()->isFinal()) ||
                   (place.type->isArray() && place.type->elementType()->isPrimitive());
      if (exact || valueType->isNull()) {
        callRuntime(runtime::RuntimeEntry::kStoreReference, {place.address, value});
      } else {
        callRuntime(runtime::RuntimeEntry::kStoreArrayElement, {place.object, place.index, value});
        checkPending();
      }
      return;
    }
  }
}

llvm::Value* FunctionEmitter::emitUnary(const ast::UnaryExpr* expr) {
  switch (expr->op) {
    case ast::UnaryOp::PreIncrement:
    case ast::UnaryOp::PreDecrement:
    case ast::UnaryOp::PostIncrement:
    case ast::UnaryOp::PostDecrement: return emitIncrement(expr);
    default: break;
  }
  TypeKind kind = expr->type->kind();
  llvm::Value* operand = convertKind(emitExpr(expr->operand.get()), expr->operand->type->kind(), kind);
  switch (expr->op) {
    case ast::UnaryOp::Plus: return operand;
    case ast::UnaryOp::Minus: return isFloating(kind) ? builder_.CreateFNeg(operand) : builder_.CreateNeg(operand);
    case ast::UnaryOp::BitNot: return builder_.CreateNot(operand);
    case ast::UnaryOp::Not: return builder_.CreateNot(operand);
    default: return operand;
  }
}

llvm::Value* FunctionEmitter::emitIncrement(const ast::UnaryExpr* expr) {
  Place place = emitPlace(expr->operand.get());
  finishPlace(place);
  llvm::Value* old = load(place);
  TypeKind kind = place.type->kind();
  TypeKind wide = promoted(kind);
  llvm::Value* value = convertKind(old, kind, wide);
  bool up = expr->op == ast::UnaryOp::PreIncrement || expr->op == ast::UnaryOp::PostIncrement;
  llvm::Value* result;
  if (isFloating(wide)) {
    llvm::Value* one = llvm::ConstantFP::get(kindType(wide), 1.0);
    result = up ? builder_.CreateFAdd(value, one) : builder_.CreateFSub(value, one);
  } else {
    llvm::Value* one = llvm::ConstantInt::get(kindType(wide), 1);
    result = up ? builder_.CreateAdd(value, one) : builder_.CreateSub(value, one);
  }
  llvm::Value* stored = convertKind(result, wide, kind);
  store(place, stored, place.type);
  bool pre = expr->op == ast::UnaryOp::PreIncrement || expr->op == ast::UnaryOp::PreDecrement;
  return pre ? stored : old;
}

llvm::Value* FunctionEmitter::emitBinary(const ast::BinaryExpr* expr) {
  ast::BinaryOp op = expr->op;
  if (op == ast::BinaryOp::And || op == ast::BinaryOp::Or) return emitLogical(expr);
  if (op == ast::BinaryOp::Add && expr->type->isClass()) return emitStringConcat(expr);
  TypeKind leftKind = expr->left->type->kind();
  TypeKind rightKind = expr->right->type->kind();
  switch (op) {
    case ast::BinaryOp::Lt:
    case ast::BinaryOp::Gt:
    case ast::BinaryOp::Le:
    case ast::BinaryOp::Ge:
    case ast::BinaryOp::Eq:
    case ast::BinaryOp::Ne: {
      llvm::Value* left = emitExpr(expr->left.get());
      llvm::Value* right = emitExpr(expr->right.get());
      bool numeric = expr->left->type->isNumeric() && expr->right->type->isNumeric();
      if (!numeric) return emitComparison(op, left, right, leftKind == TypeKind::Boolean ? TypeKind::Boolean : TypeKind::Class);
      TypeKind kind = binaryPromoted(leftKind, rightKind);
      return emitComparison(op, convertKind(left, leftKind, kind), convertKind(right, rightKind, kind), kind);
    }
    case ast::BinaryOp::Shl:
    case ast::BinaryOp::Shr:
    case ast::BinaryOp::Ushr: {
      TypeKind kind = promoted(leftKind);
      llvm::Value* left = convertKind(emitExpr(expr->left.get()), leftKind, kind);
      llvm::Value* right = convertKind(emitExpr(expr->right.get()), rightKind, kind);
      return emitArithmetic(op, left, right, kind);
    }
    default: {
      TypeKind kind = expr->type->kind();
      llvm::Value* left = convertKind(emitExpr(expr->left.get()), leftKind, kind);
      llvm::Value* right = convertKind(emitExpr(expr->right.get()), rightKind, kind);
      return emitArithmetic(op, left, right, kind);
    }
  }
}

llvm::Value* FunctionEmitter::emitArithmetic(ast::BinaryOp op, llvm::Value* left, llvm::Value* right, TypeKind kind) {
  if (isFloating(kind)) {
    switch (op) {
      case ast::BinaryOp::Add: return builder_.CreateFAdd(left, right);
      case ast::BinaryOp::Sub: return builder_.CreateFSub(left, right);
      case ast::BinaryOp::Mul: return builder_.CreateFMul(left, right);
      case ast::BinaryOp::Div: return builder_.CreateFDiv(left, right);
      case ast::BinaryOp::Rem:
        return callRuntime(kind == TypeKind::Double ? runtime::RuntimeEntry::kFmod : runtime::RuntimeEntry::kFmodf, {left, right});
      default: break;
    }
  }
  switch (op) {
    case ast::BinaryOp::Add: return builder_.CreateAdd(left, right);
    case ast::BinaryOp::Sub: return builder_.CreateSub(left, right);
    case ast::BinaryOp::Mul: return builder_.CreateMul(left, right);
    case ast::BinaryOp::Div:
    case ast::BinaryOp::Rem: return emitDivision(op, left, right);
    case ast::BinaryOp::BitAnd: return builder_.CreateAnd(left, right);
    case ast::BinaryOp::BitOr: return builder_.CreateOr(left, right);
    case ast::BinaryOp::BitXor: return builder_.CreateXor(left, right);
    case ast::BinaryOp::Shl:
    case ast::BinaryOp::Shr:
    case ast::BinaryOp::Ushr: {
      unsigned bits = left->getType()->getIntegerBitWidth();
      llvm::Value* count = builder_.CreateAnd(right, llvm::ConstantInt::get(right->getType(), bits - 1));
      if (op == ast::BinaryOp::Shl) return builder_.CreateShl(left, count);
      if (op == ast::BinaryOp::Shr) return builder_.CreateAShr(left, count);
      return builder_.CreateLShr(left, count);
    }
    default: break;
  }
  error_ = "an arithmetic operator the code generator does not support";
  return left;
}

llvm::Value* FunctionEmitter::emitDivision(ast::BinaryOp op, llvm::Value* left, llvm::Value* right) {
  llvm::Type* type = left->getType();
  auto* constant = llvm::dyn_cast<llvm::ConstantInt>(right);
  if (constant != nullptr && !constant->isZero() && !constant->isMinusOne()) {
    return op == ast::BinaryOp::Div ? builder_.CreateSDiv(left, right) : builder_.CreateSRem(left, right);
  }
  if (constant == nullptr || constant->isZero()) {
    llvm::BasicBlock* fail = llvm::BasicBlock::Create(context_, "div.zero", function_);
    llvm::BasicBlock* ok = llvm::BasicBlock::Create(context_, "div.ok", function_);
    builder_.CreateCondBr(builder_.CreateICmpEQ(right, llvm::ConstantInt::get(type, 0)), fail, ok,
                          llvm::MDBuilder(context_).createBranchWeights(1, 1000));
    builder_.SetInsertPoint(fail);
    throwAndBranch(runtime::RuntimeEntry::kThrowDivideByZero, {});
    builder_.SetInsertPoint(ok);
  }
  // MIN_VALUE / -1 overflows to MIN_VALUE in Java but traps on x86: divide by 1 instead.
  llvm::Value* minusOne = builder_.CreateICmpEQ(right, llvm::ConstantInt::getSigned(type, -1));
  llvm::Value* divisor = builder_.CreateSelect(minusOne, llvm::ConstantInt::get(type, 1), right);
  if (op == ast::BinaryOp::Rem) return builder_.CreateSRem(left, divisor);
  return builder_.CreateSelect(minusOne, builder_.CreateNeg(left), builder_.CreateSDiv(left, divisor));
}

llvm::Value* FunctionEmitter::emitComparison(ast::BinaryOp op, llvm::Value* left, llvm::Value* right, TypeKind kind) {
  if (isFloating(kind)) {
    switch (op) {
      case ast::BinaryOp::Lt: return builder_.CreateFCmpOLT(left, right);
      case ast::BinaryOp::Gt: return builder_.CreateFCmpOGT(left, right);
      case ast::BinaryOp::Le: return builder_.CreateFCmpOLE(left, right);
      case ast::BinaryOp::Ge: return builder_.CreateFCmpOGE(left, right);
      case ast::BinaryOp::Eq: return builder_.CreateFCmpOEQ(left, right);
      default: return builder_.CreateFCmpUNE(left, right);
    }
  }
  switch (op) {
    case ast::BinaryOp::Lt: return builder_.CreateICmpSLT(left, right);
    case ast::BinaryOp::Gt: return builder_.CreateICmpSGT(left, right);
    case ast::BinaryOp::Le: return builder_.CreateICmpSLE(left, right);
    case ast::BinaryOp::Ge: return builder_.CreateICmpSGE(left, right);
    case ast::BinaryOp::Eq: return builder_.CreateICmpEQ(left, right);
    default: return builder_.CreateICmpNE(left, right);
  }
}

llvm::Value* FunctionEmitter::emitLogical(const ast::BinaryExpr* expr) {
  llvm::BasicBlock* whenTrue = llvm::BasicBlock::Create(context_, "logic.true", function_);
  llvm::BasicBlock* whenFalse = llvm::BasicBlock::Create(context_, "logic.false", function_);
  llvm::BasicBlock* merge = llvm::BasicBlock::Create(context_, "logic.end", function_);
  emitCondition(expr, whenTrue, whenFalse);
  builder_.SetInsertPoint(whenTrue);
  builder_.CreateBr(merge);
  builder_.SetInsertPoint(whenFalse);
  builder_.CreateBr(merge);
  builder_.SetInsertPoint(merge);
  llvm::PHINode* phi = builder_.CreatePHI(builder_.getInt1Ty(), 2);
  phi->addIncoming(builder_.getTrue(), whenTrue);
  phi->addIncoming(builder_.getFalse(), whenFalse);
  return phi;
}

llvm::Value* FunctionEmitter::emitConditional(const ast::ConditionalExpr* expr) {
  llvm::BasicBlock* thenBlock = llvm::BasicBlock::Create(context_, "cond.then", function_);
  llvm::BasicBlock* elseBlock = llvm::BasicBlock::Create(context_, "cond.else", function_);
  llvm::BasicBlock* merge = llvm::BasicBlock::Create(context_, "cond.end", function_);
  emitCondition(expr->condition.get(), thenBlock, elseBlock);
  builder_.SetInsertPoint(thenBlock);
  llvm::Value* thenValue = emitExprAs(expr->thenExpr.get(), expr->type);
  llvm::BasicBlock* thenEnd = builder_.GetInsertBlock();
  builder_.CreateBr(merge);
  builder_.SetInsertPoint(elseBlock);
  llvm::Value* elseValue = emitExprAs(expr->elseExpr.get(), expr->type);
  llvm::BasicBlock* elseEnd = builder_.GetInsertBlock();
  builder_.CreateBr(merge);
  builder_.SetInsertPoint(merge);
  llvm::PHINode* phi = builder_.CreatePHI(thenValue->getType(), 2);
  phi->addIncoming(thenValue, thenEnd);
  phi->addIncoming(elseValue, elseEnd);
  return phi;
}

llvm::Value* FunctionEmitter::emitAssign(const ast::AssignExpr* expr) {
  Place place = emitPlace(expr->target.get());
  if (!expr->compoundOp.has_value()) {
    llvm::Value* value = emitExprAs(expr->value.get(), place.type);
    finishPlace(place);
    store(place, value, expr->value->type);
    return value;
  }
  finishPlace(place);
  llvm::Value* old = load(place);
  ast::BinaryOp op = *expr->compoundOp;
  llvm::Value* result;
  if (op == ast::BinaryOp::Add && place.type->isClass()) {
    llvm::Value* right = emitExpr(expr->value.get());
    result = emitConcat({{old, place.type}, {right, expr->value->type}});
  } else {
    TypeKind leftKind = place.type->kind();
    TypeKind rightKind = expr->value->type->kind();
    TypeKind kind;
    if (leftKind == TypeKind::Boolean) {
      kind = TypeKind::Boolean;
    } else if (op == ast::BinaryOp::Shl || op == ast::BinaryOp::Shr || op == ast::BinaryOp::Ushr) {
      kind = promoted(leftKind);
    } else {
      kind = binaryPromoted(leftKind, rightKind);
    }
    llvm::Value* right = convertKind(emitExpr(expr->value.get()), rightKind, kind);
    result = convertKind(emitArithmetic(op, convertKind(old, leftKind, kind), right, kind), kind, leftKind);
  }
  store(place, result, place.type);
  return result;
}

llvm::Value* FunctionEmitter::emitInstanceOf(const ast::InstanceOfExpr* expr) {
  llvm::Value* value = emitExpr(expr->operand.get());
  const sema::Type* target = expr->testType->resolved;
  llvm::Value* notNull = builder_.CreateICmpNE(value, llvm::ConstantPointerNull::get(builder_.getPtrTy()));
  if (isStaticSubtype(expr->operand->type, target)) return notNull;
  llvm::BasicBlock* start = builder_.GetInsertBlock();
  llvm::BasicBlock* test = llvm::BasicBlock::Create(context_, "instanceof.test", function_);
  llvm::BasicBlock* merge = llvm::BasicBlock::Create(context_, "instanceof.end", function_);
  builder_.CreateCondBr(notNull, test, merge);
  builder_.SetInsertPoint(test);
  llvm::Value* result = isInstance(value, target);
  llvm::BasicBlock* testEnd = builder_.GetInsertBlock();
  builder_.CreateBr(merge);
  builder_.SetInsertPoint(merge);
  llvm::PHINode* phi = builder_.CreatePHI(builder_.getInt1Ty(), 2);
  phi->addIncoming(builder_.getFalse(), start);
  phi->addIncoming(result, testEnd);
  return phi;
}

llvm::Value* FunctionEmitter::emitCast(const ast::CastExpr* expr) {
  const sema::Type* target = expr->targetType->resolved;
  llvm::Value* value = emitExpr(expr->operand.get());
  if (!target->isReference()) return convert(value, expr->operand->type, target);
  if (isStaticSubtype(expr->operand->type, target)) return value;
  // A STRUCT is raw memory with no header to test: the cast only names the layout.
  if (target->isClass() && target->classSymbol()->isStruct) return value;
  llvm::BasicBlock* test = llvm::BasicBlock::Create(context_, "cast.test", function_);
  llvm::BasicBlock* fail = llvm::BasicBlock::Create(context_, "cast.fail", function_);
  llvm::BasicBlock* ok = llvm::BasicBlock::Create(context_, "cast.ok", function_);
  builder_.CreateCondBr(builder_.CreateICmpEQ(value, llvm::ConstantPointerNull::get(builder_.getPtrTy())), ok, test);
  builder_.SetInsertPoint(test);
  builder_.CreateCondBr(isInstance(value, target), ok, fail);
  builder_.SetInsertPoint(fail);
  setLocation(expr->location);
  throwAndBranch(runtime::RuntimeEntry::kThrowClassCast, {value, module_.address(classInfoFor(target))});
  builder_.SetInsertPoint(ok);
  return value;
}

}  // namespace plurix::compiler::codegen
