#include "compiler/codegen/function_emitter.h"

#include "compiler/codegen/java_names.h"
#include "runtime/natives/native_methods.h"

namespace plurix::compiler::codegen {

FunctionEmitter::FunctionEmitter(ModuleContext& module, const sema::ClassSymbol* cls,
                                 const ast::CompilationUnit* unit)
    : module_(module), class_(cls), unit_(unit), context_(module.context()), builder_(module.context()) {}

void FunctionEmitter::beginFunction(llvm::Function* fn, const std::string& displayName, unsigned line) {
  function_ = fn;
  entryBlock_ = llvm::BasicBlock::Create(context_, "entry", fn);
  builder_.SetInsertPoint(entryBlock_);
  subprogram_ = module_.subprogram(unit_, fn, displayName, line);
  builder_.SetCurrentDebugLocation(llvm::DILocation::get(context_, line, 0, subprogram_));
  // Safepoints on method entry and loop back-edges: a transaction can be stopped within a bounded
  // number of instructions wherever it loops or recurses.
  module_.emitSafepointPoll(builder_);
}

void FunctionEmitter::setLocation(SourceLocation location) {
  if (!location.valid() || subprogram_ == nullptr) return;
  builder_.SetCurrentDebugLocation(llvm::DILocation::get(context_, location.line, location.column, subprogram_));
}

llvm::BasicBlock* FunctionEmitter::handler() {
  if (!handlers_.empty()) return handlers_.back();
  if (propagate_ == nullptr) {
    propagate_ = llvm::BasicBlock::Create(context_, "propagate", function_);
    llvm::IRBuilder<> exit(propagate_);
    exit.SetCurrentDebugLocation(builder_.getCurrentDebugLocation());
    // Every way here leaves an exception pending. Said to the optimiser, a caller that inlines
    // this method sees its own test after the call decided on the throwing paths, so the
    // normal result no longer merges with the dummy one (an object built on the stack by the
    // callee then stays scalars instead of an address merged with null).
    {
      llvm::IRBuilder<>::InsertPointGuard guard(builder_);
      builder_.SetInsertPoint(propagate_);
      builder_.CreateAssumption(builder_.CreateICmpNE(loadPending(), llvm::ConstantPointerNull::get(builder_.getPtrTy())));
    }
    llvm::Type* result = function_->getReturnType();
    if (result->isVoidTy()) {
      exit.CreateRetVoid();
    } else {
      exit.CreateRet(zeroValue(result));
    }
  }
  return propagate_;
}

void FunctionEmitter::ensureInsertionPoint() {
  if (builder_.GetInsertBlock()->getTerminator() == nullptr) return;
  builder_.SetInsertPoint(llvm::BasicBlock::Create(context_, "dead", function_));
}

llvm::AllocaInst* FunctionEmitter::localSlot(const ast::VariableDecl* variable) {
  llvm::IRBuilder<> entry(entryBlock_, entryBlock_->begin());
  llvm::AllocaInst* slot = entry.CreateAlloca(module_.valueType(variable->type->resolved), nullptr, variable->name);
  locals_[variable] = slot;
  return slot;
}

bool FunctionEmitter::emitMethod(const sema::MethodSymbol* method, std::string* error) {
  method_ = method;
  llvm::Function* fn = module_.function(method);
  const ast::MethodDecl* decl = method->decl;
  unsigned line = decl != nullptr ? decl->location.line : (class_->decl != nullptr ? class_->decl->location.line : 1);
  beginFunction(fn, methodDisplayName(method), line);
  auto argument = fn->arg_begin();
  if (!method->isStatic()) {
    this_ = &*argument++;
    this_->setName("this");
  }
  if ((method->modifiers & ast::kNative) != 0) {
    std::string key = binaryName(method->owner) + "." + methodKey(method);
    std::vector<llvm::Value*> args;
    for (auto& arg : fn->args()) args.push_back(&arg);
    if (key == "java.lang.Math.sqrt(D)D") {
      builder_.CreateRet(builder_.CreateUnaryIntrinsic(llvm::Intrinsic::sqrt, args[0]));
      return true;
    }
    int index = runtime::nativeEntryIndex(key);
    if (index < 0) {
      *error = "native method " + key + " has no implementation in this runtime";
      return false;
    }
    llvm::Value* target = builder_.CreateLoad(builder_.getPtrTy(), module_.runtimeTableSlot(static_cast<uint32_t>(index)));
    llvm::CallInst* call = builder_.CreateCall(fn->getFunctionType(), target, args);
    call->setAttributes(fn->getAttributes());
    if (fn->getReturnType()->isVoidTy()) {
      builder_.CreateRetVoid();
    } else {
      builder_.CreateRet(call);
    }
    return true;
  }
  if (decl != nullptr) {
    for (const auto& parameter : decl->parameters) {
      llvm::AllocaInst* slot = localSlot(parameter.get());
      builder_.CreateStore(&*argument++, slot);
    }
  }
  const ast::BlockStmt* body = decl != nullptr ? decl->body.get() : nullptr;
  if (method->isConstructor) emitConstructorPrologue(method, body);
  if (body != nullptr) {
    for (const auto& stmt : body->statements) {
      if (stmt->is<ast::ExplicitConstructorCallStmt>()) continue;
      ensureInsertionPoint();
      emitStatement(stmt.get());
    }
  }
  if (builder_.GetInsertBlock()->getTerminator() == nullptr) {
    if (body != nullptr) setLocation(body->closingBrace);
    if (fn->getReturnType()->isVoidTy()) {
      builder_.CreateRetVoid();
    } else {
      builder_.CreateUnreachable();  // flow analysis proved every path returns
    }
  }
  if (!error_.empty()) {
    *error = error_;
    return false;
  }
  return true;
}

bool FunctionEmitter::emitClinit(std::string* error) {
  llvm::Function* fn = module_.clinitFunction(class_);
  unsigned line = class_->decl != nullptr ? class_->decl->location.line : 1;
  beginFunction(fn, binaryName(class_) + ".<clinit>", line);
  emitFieldInitializers(true);
  if (builder_.GetInsertBlock()->getTerminator() == nullptr) builder_.CreateRetVoid();
  if (!error_.empty()) {
    *error = error_;
    return false;
  }
  return true;
}

void FunctionEmitter::emitConstructorPrologue(const sema::MethodSymbol* method, const ast::BlockStmt* body) {
  const ast::ExplicitConstructorCallStmt* explicitCall = nullptr;
  if (body != nullptr && !body->statements.empty() && body->statements[0]->is<ast::ExplicitConstructorCallStmt>()) {
    explicitCall = body->statements[0]->as<ast::ExplicitConstructorCallStmt>();
  }
  if (explicitCall != nullptr) {
    setLocation(explicitCall->location);
    std::vector<llvm::Value*> args{this_};
    for (llvm::Value* arg : emitArguments(explicitCall->constructor, explicitCall->args)) args.push_back(arg);
    callDirect(explicitCall->constructor, args);
    if (!explicitCall->isSuper) return;  // this(...): that constructor ran the initialisers
  } else if (method->owner->superclass != nullptr && method->owner->superclass->superclass != nullptr) {
    for (const sema::MethodSymbol* candidate : method->owner->superclass->methods) {
      if (candidate->isConstructor && candidate->parameterTypes.empty()) {
        callDirect(candidate, {this_});
        break;
      }
    }
  }
  emitFieldInitializers(false);
}

void FunctionEmitter::emitFieldInitializers(bool statics) {
  if (class_->decl == nullptr) return;
  for (const auto& member : class_->decl->members) {
    ensureInsertionPoint();
    if (member->is<ast::FieldDecl>()) {
      const auto* field = member->as<ast::FieldDecl>();
      if (field->symbol == nullptr) continue;
      bool isStatic = field->symbol->isStatic();  // interface fields are static implicitly
      if (isStatic != statics || field->initializer == nullptr) continue;
      if (isStatic && field->symbol->isFinal() && field->symbol->constantValue.has_value()) continue;
      setLocation(field->location);
      const sema::Type* type = field->symbol->type;
      llvm::Value* value = field->initializer->is<ast::ArrayInitializerExpr>()
                               ? emitArrayInitializer(field->initializer->as<ast::ArrayInitializerExpr>(), type)
                               : emitExprAs(field->initializer.get(), type);
      Place place;
      place.type = type;
      place.field = field->symbol;
      if (isStatic) {
        place.kind = Place::Kind::Static;
        place.address = staticAddress(field->symbol);
      } else {
        place.kind = Place::Kind::Instance;
        place.object = this_;
      }
      finishPlace(place);
      store(place, value, type);
    } else if (member->is<ast::InitializerDecl>()) {
      const auto* init = member->as<ast::InitializerDecl>();
      if (init->isStatic == statics) emitBlock(init->body.get());
    }
  }
}

void FunctionEmitter::emitBlock(const ast::BlockStmt* block) {
  for (const auto& stmt : block->statements) {
    ensureInsertionPoint();
    emitStatement(stmt.get());
  }
}

void FunctionEmitter::emitStatement(const ast::Stmt* stmt) {
  setLocation(stmt->location);
  switch (stmt->kind) {
    case ast::NodeKind::Block: emitBlock(stmt->as<ast::BlockStmt>()); break;
    case ast::NodeKind::LocalVars: emitLocalVars(stmt->as<ast::LocalVarsStmt>()); break;
    case ast::NodeKind::ExprStmt: emitExpr(stmt->as<ast::ExprStmt>()->expr.get()); break;
    case ast::NodeKind::If: emitIf(stmt->as<ast::IfStmt>()); break;
    case ast::NodeKind::While: emitWhile(stmt->as<ast::WhileStmt>(), nullptr); break;
    case ast::NodeKind::DoWhile: emitDoWhile(stmt->as<ast::DoWhileStmt>(), nullptr); break;
    case ast::NodeKind::For: emitFor(stmt->as<ast::ForStmt>(), nullptr); break;
    case ast::NodeKind::ForEach: emitForEach(stmt->as<ast::ForEachStmt>(), nullptr); break;
    case ast::NodeKind::Switch: emitSwitch(stmt->as<ast::SwitchStmt>(), nullptr); break;
    case ast::NodeKind::Labeled: {
      const auto* labeled = stmt->as<ast::LabeledStmt>();
      const ast::Stmt* body = labeled->body.get();
      switch (body->kind) {
        case ast::NodeKind::While: emitWhile(body->as<ast::WhileStmt>(), labeled); break;
        case ast::NodeKind::DoWhile: emitDoWhile(body->as<ast::DoWhileStmt>(), labeled); break;
        case ast::NodeKind::For: emitFor(body->as<ast::ForStmt>(), labeled); break;
        case ast::NodeKind::ForEach: emitForEach(body->as<ast::ForEachStmt>(), labeled); break;
        case ast::NodeKind::Switch: emitSwitch(body->as<ast::SwitchStmt>(), labeled); break;
        default: {
          llvm::BasicBlock* after = llvm::BasicBlock::Create(context_, "labeled.end", function_);
          targets_.push_back(JumpTarget{labeled, after, nullptr, finallies_.size()});
          emitStatement(body);
          targets_.pop_back();
          if (builder_.GetInsertBlock()->getTerminator() == nullptr) builder_.CreateBr(after);
          builder_.SetInsertPoint(after);
        }
      }
      break;
    }
    case ast::NodeKind::Break: {
      const auto* jump = stmt->as<ast::BreakStmt>();
      emitJump(jump->targetStmt, false);
      break;
    }
    case ast::NodeKind::Continue: emitJump(stmt->as<ast::ContinueStmt>()->targetStmt, true); break;
    case ast::NodeKind::Return: emitReturn(stmt->as<ast::ReturnStmt>()); break;
    case ast::NodeKind::Throw: {
      llvm::Value* exception = emitExpr(stmt->as<ast::ThrowStmt>()->exception.get());
      setLocation(stmt->location);
      throwAndBranch(runtime::RuntimeEntry::kThrow, {exception});
      break;
    }
    case ast::NodeKind::Try: emitTry(stmt->as<ast::TryStmt>()); break;
    case ast::NodeKind::Empty:
    case ast::NodeKind::ExplicitConstructorCall: break;
    default: error_ = "unexpected statement kind in code generation"; break;
  }
}

void FunctionEmitter::emitLocalVars(const ast::LocalVarsStmt* stmt) {
  for (const auto& variable : stmt->variables) {
    llvm::AllocaInst* slot = localSlot(variable.get());
    if (variable->initializer == nullptr) continue;
    setLocation(variable->location);
    const sema::Type* type = variable->type->resolved;
    llvm::Value* value = variable->initializer->is<ast::ArrayInitializerExpr>()
                             ? emitArrayInitializer(variable->initializer->as<ast::ArrayInitializerExpr>(), type)
                             : emitExprAs(variable->initializer.get(), type);
    builder_.CreateStore(value, slot);
  }
}

void FunctionEmitter::emitCondition(const ast::Expr* condition, llvm::BasicBlock* whenTrue,
                                    llvm::BasicBlock* whenFalse) {
  if (condition->constant.has_value() && std::holds_alternative<bool>(*condition->constant)) {
    builder_.CreateBr(std::get<bool>(*condition->constant) ? whenTrue : whenFalse);
    return;
  }
  if (condition->is<ast::BinaryExpr>()) {
    const auto* binary = condition->as<ast::BinaryExpr>();
    if (binary->op == ast::BinaryOp::And || binary->op == ast::BinaryOp::Or) {
      llvm::BasicBlock* next = llvm::BasicBlock::Create(context_, "cond.next", function_);
      if (binary->op == ast::BinaryOp::And) {
        emitCondition(binary->left.get(), next, whenFalse);
      } else {
        emitCondition(binary->left.get(), whenTrue, next);
      }
      builder_.SetInsertPoint(next);
      emitCondition(binary->right.get(), whenTrue, whenFalse);
      return;
    }
  }
  if (condition->is<ast::UnaryExpr>() && condition->as<ast::UnaryExpr>()->op == ast::UnaryOp::Not) {
    emitCondition(condition->as<ast::UnaryExpr>()->operand.get(), whenFalse, whenTrue);
    return;
  }
  llvm::Value* value = emitExpr(condition);
  builder_.CreateCondBr(value, whenTrue, whenFalse);
}

void FunctionEmitter::emitIf(const ast::IfStmt* stmt) {
  llvm::BasicBlock* thenBlock = llvm::BasicBlock::Create(context_, "if.then", function_);
  llvm::BasicBlock* after = llvm::BasicBlock::Create(context_, "if.end", function_);
  llvm::BasicBlock* elseBlock = stmt->elseStmt != nullptr ? llvm::BasicBlock::Create(context_, "if.else", function_) : after;
  emitCondition(stmt->condition.get(), thenBlock, elseBlock);
  builder_.SetInsertPoint(thenBlock);
  emitStatement(stmt->thenStmt.get());
  if (builder_.GetInsertBlock()->getTerminator() == nullptr) builder_.CreateBr(after);
  if (stmt->elseStmt != nullptr) {
    builder_.SetInsertPoint(elseBlock);
    emitStatement(stmt->elseStmt.get());
    if (builder_.GetInsertBlock()->getTerminator() == nullptr) builder_.CreateBr(after);
  }
  builder_.SetInsertPoint(after);
}

void FunctionEmitter::emitLoopBody(const ast::Stmt* loop, const ast::Stmt* label, const ast::Stmt* body,
                                   llvm::BasicBlock* after, llvm::BasicBlock* next) {
  targets_.push_back(JumpTarget{loop, after, next, finallies_.size()});
  if (label != nullptr) targets_.push_back(JumpTarget{label, after, next, finallies_.size()});
  // Every iteration, continue included, passes the start of the body.
  module_.emitSafepointPoll(builder_);
  emitStatement(body);
  targets_.resize(targets_.size() - (label != nullptr ? 2 : 1));
  if (builder_.GetInsertBlock()->getTerminator() == nullptr) builder_.CreateBr(next);
}

void FunctionEmitter::emitWhile(const ast::WhileStmt* stmt, const ast::Stmt* label) {
  llvm::BasicBlock* test = llvm::BasicBlock::Create(context_, "while.test", function_);
  llvm::BasicBlock* body = llvm::BasicBlock::Create(context_, "while.body", function_);
  llvm::BasicBlock* after = llvm::BasicBlock::Create(context_, "while.end", function_);
  builder_.CreateBr(test);
  builder_.SetInsertPoint(test);
  emitCondition(stmt->condition.get(), body, after);
  builder_.SetInsertPoint(body);
  emitLoopBody(stmt, label, stmt->body.get(), after, test);
  builder_.SetInsertPoint(after);
}

void FunctionEmitter::emitDoWhile(const ast::DoWhileStmt* stmt, const ast::Stmt* label) {
  llvm::BasicBlock* body = llvm::BasicBlock::Create(context_, "do.body", function_);
  llvm::BasicBlock* test = llvm::BasicBlock::Create(context_, "do.test", function_);
  llvm::BasicBlock* after = llvm::BasicBlock::Create(context_, "do.end", function_);
  builder_.CreateBr(body);
  builder_.SetInsertPoint(body);
  emitLoopBody(stmt, label, stmt->body.get(), after, test);
  builder_.SetInsertPoint(test);
  emitCondition(stmt->condition.get(), body, after);
  builder_.SetInsertPoint(after);
}

void FunctionEmitter::emitFor(const ast::ForStmt* stmt, const ast::Stmt* label) {
  for (const auto& init : stmt->init) emitStatement(init.get());
  llvm::BasicBlock* test = llvm::BasicBlock::Create(context_, "for.test", function_);
  llvm::BasicBlock* body = llvm::BasicBlock::Create(context_, "for.body", function_);
  llvm::BasicBlock* update = llvm::BasicBlock::Create(context_, "for.update", function_);
  llvm::BasicBlock* after = llvm::BasicBlock::Create(context_, "for.end", function_);
  builder_.CreateBr(test);
  builder_.SetInsertPoint(test);
  if (stmt->condition != nullptr) {
    emitCondition(stmt->condition.get(), body, after);
  } else {
    builder_.CreateBr(body);
  }
  builder_.SetInsertPoint(body);
  emitLoopBody(stmt, label, stmt->body.get(), after, update);
  builder_.SetInsertPoint(update);
  for (const auto& expr : stmt->updates) emitExpr(expr.get());
  builder_.CreateBr(test);
  builder_.SetInsertPoint(after);
}

void FunctionEmitter::emitForEach(const ast::ForEachStmt* stmt, const ast::Stmt* label) {
  const sema::Type* arrayType = stmt->iterable->type;
  llvm::Value* array = emitExpr(stmt->iterable.get());
  nullCheck(array);
  llvm::Value* length = arrayLength(array);
  llvm::AllocaInst* index = localSlot(stmt->variable.get());
  llvm::IRBuilder<> entry(entryBlock_, entryBlock_->begin());
  llvm::AllocaInst* counter = entry.CreateAlloca(builder_.getInt32Ty(), nullptr, "index");
  builder_.CreateStore(builder_.getInt32(0), counter);
  llvm::BasicBlock* test = llvm::BasicBlock::Create(context_, "each.test", function_);
  llvm::BasicBlock* body = llvm::BasicBlock::Create(context_, "each.body", function_);
  llvm::BasicBlock* update = llvm::BasicBlock::Create(context_, "each.update", function_);
  llvm::BasicBlock* after = llvm::BasicBlock::Create(context_, "each.end", function_);
  builder_.CreateBr(test);
  builder_.SetInsertPoint(test);
  llvm::Value* current = builder_.CreateLoad(builder_.getInt32Ty(), counter);
  builder_.CreateCondBr(builder_.CreateICmpSLT(current, length), body, after);
  builder_.SetInsertPoint(body);
  llvm::Value* element =
      loadMemory(elementAddress(array, current, arrayType->elementType(), false), arrayType->elementType(), Memory::Element);
  builder_.CreateStore(convert(element, arrayType->elementType(), stmt->variable->type->resolved), index);
  emitLoopBody(stmt, label, stmt->body.get(), after, update);
  builder_.SetInsertPoint(update);
  builder_.CreateStore(builder_.CreateAdd(builder_.CreateLoad(builder_.getInt32Ty(), counter), builder_.getInt32(1)),
                       counter);
  builder_.CreateBr(test);
  builder_.SetInsertPoint(after);
}

void FunctionEmitter::emitSwitch(const ast::SwitchStmt* stmt, const ast::Stmt* label) {
  const sema::Type* selectorType = stmt->selector->type;
  llvm::Value* selector = emitExpr(stmt->selector.get());
  llvm::BasicBlock* after = llvm::BasicBlock::Create(context_, "switch.end", function_);
  std::vector<llvm::BasicBlock*> blocks;
  llvm::BasicBlock* defaultBlock = after;
  for (const auto& group : stmt->groups) {
    blocks.push_back(llvm::BasicBlock::Create(context_, "switch.case", function_));
    if (group.hasDefault) defaultBlock = blocks.back();
  }
  bool isString = selectorType->isClass();
  if (isString) {
    nullCheck(selector);
    const sema::MethodSymbol* equals = libraryMethod("java.lang.String", "equals(Ljava/lang/Object;)Z");
    for (size_t g = 0; g < stmt->groups.size(); ++g) {
      for (const auto& labelExpr : stmt->groups[g].labels) {
        if (!labelExpr->constant.has_value()) continue;
        llvm::Value* text = stringLiteral(std::get<std::u16string>(*labelExpr->constant));
        llvm::Value* same = callDirect(equals, {selector, text});
        llvm::BasicBlock* next = llvm::BasicBlock::Create(context_, "switch.next", function_);
        builder_.CreateCondBr(same, blocks[g], next);
        builder_.SetInsertPoint(next);
      }
    }
    builder_.CreateBr(defaultBlock);
  } else {
    llvm::Value* value = convertKind(selector, selectorType->kind(), sema::TypeKind::Int);
    llvm::SwitchInst* sw = builder_.CreateSwitch(value, defaultBlock);
    for (size_t g = 0; g < stmt->groups.size(); ++g) {
      for (const auto& labelExpr : stmt->groups[g].labels) {
        if (!labelExpr->constant.has_value()) continue;
        sw->addCase(builder_.getInt32(static_cast<uint32_t>(std::get<int32_t>(*labelExpr->constant))), blocks[g]);
      }
    }
  }
  targets_.push_back(JumpTarget{stmt, after, nullptr, finallies_.size()});
  if (label != nullptr) targets_.push_back(JumpTarget{label, after, nullptr, finallies_.size()});
  for (size_t g = 0; g < stmt->groups.size(); ++g) {
    builder_.SetInsertPoint(blocks[g]);
    for (const auto& inner : stmt->groups[g].statements) {
      ensureInsertionPoint();
      emitStatement(inner.get());
    }
    if (builder_.GetInsertBlock()->getTerminator() == nullptr) {
      builder_.CreateBr(g + 1 < blocks.size() ? blocks[g + 1] : after);
    }
  }
  targets_.resize(targets_.size() - (label != nullptr ? 2 : 1));
  builder_.SetInsertPoint(after);
}

void FunctionEmitter::emitFinalliesDownTo(size_t depth) {
  // Each finally runs with the handlers and finallies outside its own try.
  std::vector<llvm::BasicBlock*> savedHandlers = handlers_;
  std::vector<Finally> savedFinallies = finallies_;
  for (size_t i = savedFinallies.size(); i-- > depth;) {
    handlers_.resize(savedFinallies[i].handlerDepth);
    finallies_.resize(i);
    ensureInsertionPoint();
    emitBlock(savedFinallies[i].block);
  }
  handlers_ = std::move(savedHandlers);
  finallies_ = std::move(savedFinallies);
}

void FunctionEmitter::emitJump(const ast::Stmt* target, bool isContinue) {
  for (size_t i = targets_.size(); i-- > 0;) {
    if (targets_[i].statement != target) continue;
    emitFinalliesDownTo(targets_[i].finallyDepth);
    if (builder_.GetInsertBlock()->getTerminator() != nullptr) return;  // a finally left another way
    builder_.CreateBr(isContinue ? targets_[i].continueBlock : targets_[i].breakBlock);
    return;
  }
  error_ = "a break or continue whose target was not found";
}

void FunctionEmitter::emitReturn(const ast::ReturnStmt* stmt) {
  llvm::Value* value = nullptr;
  if (stmt->value != nullptr) value = emitExprAs(stmt->value.get(), method_->returnType);
  if (!finallies_.empty()) {
    llvm::AllocaInst* saved = nullptr;
    if (value != nullptr) {
      llvm::IRBuilder<> entry(entryBlock_, entryBlock_->begin());
      saved = entry.CreateAlloca(value->getType(), nullptr, "return.value");
      builder_.CreateStore(value, saved);
    }
    emitFinalliesDownTo(0);
    if (builder_.GetInsertBlock()->getTerminator() != nullptr) return;
    if (saved != nullptr) value = builder_.CreateLoad(saved->getAllocatedType(), saved);
  }
  setLocation(stmt->location);
  if (value != nullptr) {
    builder_.CreateRet(value);
  } else {
    builder_.CreateRetVoid();
  }
}

void FunctionEmitter::emitTry(const ast::TryStmt* stmt) {
  llvm::BasicBlock* after = llvm::BasicBlock::Create(context_, "try.end", function_);
  llvm::BasicBlock* dispatch = stmt->catches.empty() ? nullptr : llvm::BasicBlock::Create(context_, "try.catch", function_);
  llvm::BasicBlock* exceptional =
      stmt->finallyBlock == nullptr ? nullptr : llvm::BasicBlock::Create(context_, "try.finally.exc", function_);
  size_t outerHandlers = handlers_.size();
  if (exceptional != nullptr) {
    handlers_.push_back(exceptional);
    finallies_.push_back(Finally{stmt->finallyBlock.get(), outerHandlers});
  }
  if (dispatch != nullptr) handlers_.push_back(dispatch);
  emitBlock(stmt->body.get());
  if (dispatch != nullptr) handlers_.pop_back();
  // The try block's normal completion runs the finally (still inside its own handler scope
  // for the catches only; the finally's own exceptions go outward).
  auto finishNormally = [&]() {
    if (builder_.GetInsertBlock()->getTerminator() != nullptr) return;
    if (stmt->finallyBlock != nullptr) emitFinalliesDownTo(finallies_.size() - 1);
    if (builder_.GetInsertBlock()->getTerminator() == nullptr) builder_.CreateBr(after);
  };
  finishNormally();
  if (dispatch != nullptr) {
    builder_.SetInsertPoint(dispatch);
    llvm::Value* exception = loadPending();
    for (const auto& clause : stmt->catches) {
      std::vector<const sema::Type*> types;
      if (clause.parameter->alternatives.empty()) {
        types.push_back(clause.parameter->type->resolved);
      } else {
        for (const auto& alternative : clause.parameter->alternatives) types.push_back(alternative->resolved);
      }
      llvm::BasicBlock* body = llvm::BasicBlock::Create(context_, "catch.body", function_);
      for (const sema::Type* type : types) {
        llvm::BasicBlock* next = llvm::BasicBlock::Create(context_, "catch.next", function_);
        builder_.CreateCondBr(isInstance(exception, type), body, next);
        builder_.SetInsertPoint(next);
      }
      llvm::BasicBlock* unmatched = builder_.GetInsertBlock();
      builder_.SetInsertPoint(body);
      storePending(llvm::ConstantPointerNull::get(builder_.getPtrTy()));
      builder_.CreateStore(exception, localSlot(clause.parameter.get()));
      setLocation(clause.location);
      emitBlock(clause.body.get());
      finishNormally();
      builder_.SetInsertPoint(unmatched);
    }
    builder_.CreateBr(exceptional != nullptr ? exceptional : handler());
  }
  if (exceptional != nullptr) {
    finallies_.pop_back();
    handlers_.resize(outerHandlers);
    builder_.SetInsertPoint(exceptional);
    llvm::IRBuilder<> entry(entryBlock_, entryBlock_->begin());
    llvm::AllocaInst* saved = entry.CreateAlloca(builder_.getPtrTy(), nullptr, "finally.exception");
    builder_.CreateStore(loadPending(), saved);
    storePending(llvm::ConstantPointerNull::get(builder_.getPtrTy()));
    setLocation(stmt->finallyBlock->location);
    emitBlock(stmt->finallyBlock.get());
    if (builder_.GetInsertBlock()->getTerminator() == nullptr) {
      storePending(builder_.CreateLoad(builder_.getPtrTy(), saved));
      builder_.CreateBr(handler());
    }
  }
  builder_.SetInsertPoint(after);
}

}  // namespace plurix::compiler::codegen
