#include "compiler/codegen/function_emitter.h"

#include <algorithm>
#include <cstddef>

#include "compiler/codegen/java_names.h"

namespace plurix::compiler::codegen {

namespace {

// A virtual call whose receiver can be of at most this many classes tests for each of them.
constexpr size_t kMaxGuardedClasses = 4;
// ... and only if they run at most this many different methods.
constexpr size_t kMaxGuardedMethods = 2;

// Whether a guarded call fits: few methods, each of the called method's LLVM type (an override
// with a covariant result still returns a pointer) and with code linked by the time this module
// is, and a descriptor to test for every class.
bool guardable(const sema::MethodSymbol* method, const std::vector<ClassLoader::Target>& targets,
               ModuleContext& module) {
  std::vector<const sema::MethodSymbol*> methods;
  for (const ClassLoader::Target& target : targets) {
    if (module.loader().layout(target.cls).type == nullptr || !module.hasCode(target.method->owner)) return false;
    if (std::find(methods.begin(), methods.end(), target.method) == methods.end()) methods.push_back(target.method);
  }
  if (methods.size() > kMaxGuardedMethods) return false;
  llvm::FunctionType* type = module.function(method)->getFunctionType();
  for (const sema::MethodSymbol* target : methods) {
    if (target->isAbstract() || module.function(target)->getFunctionType() != type) return false;
  }
  return true;
}

}  // namespace

const sema::MethodSymbol* FunctionEmitter::libraryMethod(const char* className, const std::string& key) {
  const sema::ClassSymbol* cls = module_.loader().findByBinaryName(className);
  if (cls != nullptr) {
    for (const sema::MethodSymbol* method : cls->methods) {
      if (methodKey(method) == key) return method;
    }
  }
  error_ = std::string("the standard library lacks ") + className + "." + key;
  return nullptr;
}

std::vector<llvm::Value*> FunctionEmitter::emitArguments(const sema::MethodSymbol* method,
                                                         const std::vector<ast::Own<ast::Expr>>& args) {
  std::vector<llvm::Value*> values;
  for (size_t i = 0; i < args.size(); ++i) values.push_back(emitExprAs(args[i].get(), method->parameterTypes[i]));
  return values;
}

llvm::Value* FunctionEmitter::callDirect(const sema::MethodSymbol* method, std::vector<llvm::Value*> args) {
  if (method == nullptr) return zeroValue(builder_.getPtrTy());
  llvm::Function* callee = module_.function(method);
  llvm::CallInst* call = builder_.CreateCall(callee, args);
  call->setAttributes(callee->getAttributes());
  checkPending();
  return call;
}

llvm::Value* FunctionEmitter::callVirtual(const sema::MethodSymbol* method, std::vector<llvm::Value*> args) {
  llvm::Value* call = emitVtableCall(method, args);
  checkPending();
  return call;
}

llvm::CallInst* FunctionEmitter::emitVtableCall(const sema::MethodSymbol* method, const std::vector<llvm::Value*>& args) {
  llvm::Function* callee = module_.function(method);
  llvm::Value* target;
  if (method->owner->isInterface) {
    const ClassLayout& iface = module_.loader().layout(method->owner);
    uint32_t index = 0;
    while (index < iface.interfaceMethods.size() && iface.interfaceMethods[index] != method) ++index;
    llvm::Value* table = callRuntime(runtime::RuntimeEntry::kInterfaceMethods, {args[0], module_.address(iface.info)});
    target = builder_.CreateLoad(builder_.getPtrTy(), builder_.CreateConstInBoundsGEP1_64(builder_.getPtrTy(), table, index));
  } else {
    uint32_t index = module_.loader().layout(method->owner).vtableIndex.at(method);
    llvm::Value* descriptor = descriptorOf(args[0]);
    llvm::Value* slot = builder_.CreateConstGEP1_64(builder_.getInt8Ty(), descriptor, -8 * static_cast<int64_t>(index + 1));
    auto* load = builder_.CreateLoad(builder_.getPtrTy(), slot);
    load->setMetadata(llvm::LLVMContext::MD_invariant_load, llvm::MDNode::get(context_, {}));
    target = load;
  }
  llvm::CallInst* call = builder_.CreateCall(callee->getFunctionType(), target, args);
  call->setAttributes(callee->getAttributes());
  return call;
}

// A call with few possible receivers' classes (Shape.intersect: a Sphere or a Triangle) tests
// the receiver's type descriptor against each and calls the method found there directly, which
// the optimiser can inline, as HotSpot does for the classes its profile saw. A receiver of any
// other class takes the vtable: none can in a closed world; in a live heap, a class compiled
// later can, so the guards stay right while the classes grow.
llvm::Value* FunctionEmitter::callGuarded(const sema::MethodSymbol* method, const std::vector<ClassLoader::Target>& targets,
                                          const std::vector<llvm::Value*>& args) {
  llvm::Value* typeOffset = typeOffsetOf(args[0]);
  llvm::Type* resultType = module_.function(method)->getReturnType();
  llvm::BasicBlock* join = llvm::BasicBlock::Create(context_, "dispatch.join", function_);
  std::vector<std::pair<llvm::Value*, llvm::BasicBlock*>> results;
  std::vector<bool> done(targets.size(), false);
  for (size_t i = 0; i < targets.size(); ++i) {
    if (done[i]) continue;
    // Every class whose vtable holds the same method shares one direct call.
    llvm::Value* matches = builder_.getFalse();
    for (size_t j = i; j < targets.size(); ++j) {
      if (targets[j].method != targets[i].method) continue;
      done[j] = true;
      auto descriptor = reinterpret_cast<uintptr_t>(module_.loader().layout(targets[j].cls).type);
      uint32_t offset = static_cast<uint32_t>((descriptor - module_.heapBase()) >> 3);
      matches = builder_.CreateOr(matches, builder_.CreateICmpEQ(typeOffset, builder_.getInt32(offset)));
    }
    llvm::BasicBlock* direct = llvm::BasicBlock::Create(context_, "dispatch.direct", function_);
    llvm::BasicBlock* next = llvm::BasicBlock::Create(context_, "dispatch.next", function_);
    builder_.CreateCondBr(matches, direct, next);
    builder_.SetInsertPoint(direct);
    llvm::Function* callee = module_.function(targets[i].method);
    llvm::CallInst* call = builder_.CreateCall(callee, args);
    call->setAttributes(callee->getAttributes());
    results.emplace_back(call, builder_.GetInsertBlock());
    builder_.CreateBr(join);
    builder_.SetInsertPoint(next);
  }
  llvm::CallInst* fallback = emitVtableCall(method, args);
  results.emplace_back(fallback, builder_.GetInsertBlock());
  builder_.CreateBr(join);
  builder_.SetInsertPoint(join);
  llvm::Value* result = nullptr;
  if (!resultType->isVoidTy()) {
    llvm::PHINode* phi = builder_.CreatePHI(resultType, static_cast<unsigned>(results.size()));
    for (auto [value, block] : results) phi->addIncoming(value, block);
    result = phi;
  }
  checkPending();
  return result != nullptr ? result : fallback;
}

llvm::Value* FunctionEmitter::emitCall(const ast::MethodCallExpr* call) {
  const sema::MethodSymbol* method = call->method;
  if (method->isStatic()) {
    std::vector<llvm::Value*> args = emitArguments(method, call->args);
    setLocation(call->location);
    initGuard(method->owner);
    return callDirect(method, args);
  }
  llvm::Value* receiver;
  bool isSuper = false;
  bool knownNonNull = false;
  if (call->target == nullptr) {
    receiver = this_;
    knownNonNull = true;
  } else if (call->target->is<ast::ThisExpr>()) {
    receiver = this_;
    isSuper = call->target->as<ast::ThisExpr>()->isSuper;
    knownNonNull = true;
  } else {
    receiver = emitExpr(call->target.get());
  }
  std::vector<llvm::Value*> args{receiver};
  for (llvm::Value* arg : emitArguments(method, call->args)) args.push_back(arg);
  setLocation(call->location);
  if (!knownNonNull) nullCheck(receiver);
  bool direct = isSuper || (method->modifiers & ast::kPrivate) != 0 || (method->modifiers & ast::kFinal) != 0 ||
                (!method->owner->isInterface && method->owner->isFinal()) ||
                (module_.closedWorld() && !module_.loader().isOverridden(method));
  if (direct) return callDirect(method, args);
  if (!method->owner->isInterface) {
    std::vector<ClassLoader::Target> targets = module_.loader().concreteTargets(method, kMaxGuardedClasses);
    if (!targets.empty() && guardable(method, targets, module_)) return callGuarded(method, targets, args);
  }
  return callVirtual(method, args);
}

llvm::Value* FunctionEmitter::emitNew(const ast::NewExpr* expr) {
  const sema::ClassSymbol* cls = expr->type->classSymbol();
  std::vector<llvm::Value*> args = emitArguments(expr->constructor, expr->args);
  setLocation(expr->location);
  initGuard(cls);
  llvm::Value* object = callRuntime(runtime::RuntimeEntry::kNewInstance, {module_.address(module_.loader().layout(cls).info)});
  checkPending();
  args.insert(args.begin(), object);
  callDirect(expr->constructor, args);
  return object;
}

llvm::Value* FunctionEmitter::emitNewArray(const ast::NewArrayExpr* expr) {
  if (expr->initializer != nullptr) return emitArrayInitializer(expr->initializer.get(), expr->type);
  std::vector<llvm::Value*> lengths;
  for (const auto& dimension : expr->dimensions) {
    lengths.push_back(convertKind(emitExpr(dimension.get()), dimension->type->kind(), sema::TypeKind::Int));
  }
  setLocation(expr->location);
  llvm::Value* info = module_.address(classInfoFor(expr->type));
  llvm::Value* array;
  if (lengths.size() == 1) {
    array = callRuntime(runtime::RuntimeEntry::kNewArray, {info, lengths[0]});
  } else {
    llvm::IRBuilder<> entry(entryBlock_, entryBlock_->begin());
    llvm::AllocaInst* buffer = entry.CreateAlloca(llvm::ArrayType::get(builder_.getInt32Ty(), lengths.size()), nullptr, "dims");
    for (size_t i = 0; i < lengths.size(); ++i) {
      builder_.CreateStore(lengths[i], builder_.CreateConstInBoundsGEP2_32(buffer->getAllocatedType(), buffer, 0, i));
    }
    array = callRuntime(runtime::RuntimeEntry::kNewMultiArray,
                        {info, builder_.getInt32(static_cast<uint32_t>(lengths.size())), buffer});
  }
  checkPending();
  return array;
}

llvm::Value* FunctionEmitter::emitArrayInitializer(const ast::ArrayInitializerExpr* init, const sema::Type* arrayType) {
  setLocation(init->location);
  llvm::Value* array = callRuntime(runtime::RuntimeEntry::kNewArray,
                                   {module_.address(classInfoFor(arrayType)),
                                    builder_.getInt32(static_cast<uint32_t>(init->elements.size()))});
  checkPending();
  const sema::Type* elementType = arrayType->elementType();
  for (size_t i = 0; i < init->elements.size(); ++i) {
    const ast::Expr* element = init->elements[i].get();
    llvm::Value* value = element->is<ast::ArrayInitializerExpr>()
                             ? emitArrayInitializer(element->as<ast::ArrayInitializerExpr>(), elementType)
                             : emitExprAs(element, elementType);
    llvm::Value* address = elementAddress(array, builder_.getInt32(static_cast<uint32_t>(i)), elementType, false);
    if (elementType->isReference()) {
      callRuntime(runtime::RuntimeEntry::kStoreReference, {address, value});
    } else {
      storeMemory(address, value, elementType, Memory::Element);
    }
  }
  return array;
}

llvm::Value* FunctionEmitter::emitStringConcat(const ast::BinaryExpr* expr) {
  // Flatten a left-leaning chain of string additions: ((a + b) + c) appends a, b, c in turn.
  std::vector<const ast::Expr*> operands;
  const ast::Expr* node = expr;
  while (node->is<ast::BinaryExpr>() && node->as<ast::BinaryExpr>()->op == ast::BinaryOp::Add &&
         node->type->isClass() && !node->constant.has_value()) {
    operands.push_back(node->as<ast::BinaryExpr>()->right.get());
    node = node->as<ast::BinaryExpr>()->left.get();
  }
  operands.push_back(node);
  std::vector<std::pair<llvm::Value*, const sema::Type*>> parts;
  for (size_t i = operands.size(); i-- > 0;) parts.push_back({emitExpr(operands[i]), operands[i]->type});
  return emitConcat(parts);
}

llvm::Value* FunctionEmitter::emitConcat(const std::vector<std::pair<llvm::Value*, const sema::Type*>>& parts) {
  const sema::ClassSymbol* builderClass = module_.loader().findByBinaryName("java.lang.StringBuilder");
  const sema::MethodSymbol* constructor = libraryMethod("java.lang.StringBuilder", "<init>()V");
  const sema::MethodSymbol* toString = libraryMethod("java.lang.StringBuilder", "toString()Ljava/lang/String;");
  if (builderClass == nullptr || constructor == nullptr || toString == nullptr) return zeroValue(builder_.getPtrTy());
  llvm::Value* sb = callRuntime(runtime::RuntimeEntry::kNewInstance, {module_.address(module_.loader().layout(builderClass).info)});
  checkPending();
  callDirect(constructor, {sb});
  for (const auto& [value, type] : parts) {
    std::string parameter;
    sema::TypeKind kind = type->kind();
    llvm::Value* argument = value;
    switch (kind) {
      case sema::TypeKind::Boolean: parameter = "Z"; break;
      case sema::TypeKind::Char: parameter = "C"; break;
      case sema::TypeKind::Byte:
      case sema::TypeKind::Short:
      case sema::TypeKind::Int:
        parameter = "I";
        argument = convertKind(value, kind, sema::TypeKind::Int);
        break;
      case sema::TypeKind::Long: parameter = "J"; break;
      case sema::TypeKind::Float: parameter = "F"; break;
      case sema::TypeKind::Double: parameter = "D"; break;
      default:
        parameter = type->isClass() && type->classSymbol()->qualifiedName == "java.lang.String" ? "Ljava/lang/String;"
                                                                                                : "Ljava/lang/Object;";
        break;
    }
    const sema::MethodSymbol* append = libraryMethod("java.lang.StringBuilder", "append(" + parameter + ")Ljava/lang/StringBuilder;");
    callDirect(append, {sb, argument});
  }
  return callDirect(toString, {sb});
}

}  // namespace plurix::compiler::codegen
