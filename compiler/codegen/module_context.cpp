#include "compiler/codegen/module_context.h"

#include <llvm/IR/InlineAsm.h>
#include <llvm/Support/ModRef.h>

#include <cstddef>

#include <llvm/IR/MDBuilder.h>
#include <llvm/Transforms/Utils/ModuleUtils.h>

#include "compiler/codegen/java_names.h"
#include "heap/address_space.h"
#include "heap/station_local.h"

namespace plurix::compiler::codegen {

namespace {

void setParameterAttributes(llvm::Function* fn, const sema::MethodSymbol* method) {
  unsigned first = method->isStatic() ? 0 : 1;
  for (size_t i = 0; i < method->parameterTypes.size(); ++i) {
    switch (method->parameterTypes[i]->kind()) {
      case sema::TypeKind::Boolean:
      case sema::TypeKind::Char: fn->addParamAttr(first + i, llvm::Attribute::ZExt); break;
      case sema::TypeKind::Byte:
      case sema::TypeKind::Short: fn->addParamAttr(first + i, llvm::Attribute::SExt); break;
      default: break;
    }
  }
  if (method->returnType == nullptr) return;
  switch (method->returnType->kind()) {
    case sema::TypeKind::Boolean:
    case sema::TypeKind::Char: fn->addRetAttr(llvm::Attribute::ZExt); break;
    case sema::TypeKind::Byte:
    case sema::TypeKind::Short: fn->addRetAttr(llvm::Attribute::SExt); break;
    default: break;
  }
}

}  // namespace

ModuleContext::ModuleContext(llvm::LLVMContext& context, llvm::Module& module, ClassLoader& loader, heap::Heap& heap)
    : context_(context), module_(module), loader_(loader), heapBase_(heap.base()) {
  module_.addModuleFlag(llvm::Module::Warning, "Debug Info Version", llvm::DEBUG_METADATA_VERSION);
  module_.addModuleFlag(llvm::Module::Warning, "Dwarf Version", 4);
}

llvm::Type* ModuleContext::valueType(const sema::Type* type) {
  switch (type->kind()) {
    case sema::TypeKind::Boolean: return llvm::Type::getInt1Ty(context_);
    case sema::TypeKind::Byte: return llvm::Type::getInt8Ty(context_);
    case sema::TypeKind::Short:
    case sema::TypeKind::Char: return llvm::Type::getInt16Ty(context_);
    case sema::TypeKind::Int: return llvm::Type::getInt32Ty(context_);
    case sema::TypeKind::Long: return llvm::Type::getInt64Ty(context_);
    case sema::TypeKind::Float: return llvm::Type::getFloatTy(context_);
    case sema::TypeKind::Double: return llvm::Type::getDoubleTy(context_);
    case sema::TypeKind::Void: return llvm::Type::getVoidTy(context_);
    default: return llvm::PointerType::get(context_, 0);
  }
}

llvm::Type* ModuleContext::memoryType(const sema::Type* type) {
  if (type->isBoolean()) return llvm::Type::getInt8Ty(context_);
  return valueType(type);
}

llvm::FunctionType* ModuleContext::methodType(const sema::MethodSymbol* method) {
  std::vector<llvm::Type*> parameters;
  if (!method->isStatic()) parameters.push_back(llvm::PointerType::get(context_, 0));
  for (const sema::Type* parameter : method->parameterTypes) parameters.push_back(valueType(parameter));
  llvm::Type* result = method->isConstructor ? llvm::Type::getVoidTy(context_) : valueType(method->returnType);
  return llvm::FunctionType::get(result, parameters, false);
}

llvm::Function* ModuleContext::function(const sema::MethodSymbol* method) {
  std::string name = methodSymbol(method);
  if (llvm::Function* known = module_.getFunction(name)) return known;
  llvm::Function* fn = llvm::Function::Create(methodType(method), llvm::GlobalValue::ExternalLinkage, name, module_);
  fn->addFnAttr("frame-pointer", "all");
  // A tail call would drop the caller's frame from stack traces.
  fn->addFnAttr("disable-tail-calls", "true");
  fn->addFnAttr(llvm::Attribute::NoUnwind);
  setParameterAttributes(fn, method);
  return fn;
}

llvm::Function* ModuleContext::clinitFunction(const sema::ClassSymbol* cls) {
  std::string name = ClassLoader::clinitSymbol(cls);
  if (llvm::Function* known = module_.getFunction(name)) return known;
  auto* type = llvm::FunctionType::get(llvm::Type::getVoidTy(context_), false);
  llvm::Function* fn = llvm::Function::Create(type, llvm::GlobalValue::ExternalLinkage, name, module_);
  fn->addFnAttr("frame-pointer", "all");
  fn->addFnAttr(llvm::Attribute::NoUnwind);
  return fn;
}

llvm::Function* ModuleContext::abstractMethodStub() {
  if (abstractStub_ != nullptr) return abstractStub_;
  auto* type = llvm::FunctionType::get(llvm::Type::getVoidTy(context_), false);
  // One copy per module, all alike: the JIT keeps the first (a later module links to it).
  abstractStub_ = llvm::Function::Create(type, llvm::GlobalValue::LinkOnceODRLinkage, "plurix.abstractMethod", module_);
  abstractStub_->addFnAttr("frame-pointer", "all");
  llvm::appendToUsed(module_, {abstractStub_});  // only vtables filled after linking refer to it
  llvm::IRBuilder<> builder(llvm::BasicBlock::Create(context_, "entry", abstractStub_));
  auto entry = runtime::RuntimeEntry::kThrowAbstractMethod;
  llvm::Value* target = builder.CreateLoad(builder.getPtrTy(), runtimeTableSlot(static_cast<uint32_t>(entry)));
  builder.CreateCall(entryType(entry), target);
  builder.CreateRetVoid();
  return abstractStub_;
}

llvm::MDNode* ModuleContext::accessTag(const std::string& kind) {
  llvm::MDNode*& tag = tags_[kind];
  if (tag == nullptr) {
    llvm::MDBuilder builder(context_);
    if (tbaaRoot_ == nullptr) tbaaRoot_ = builder.createTBAARoot("plurix");
    llvm::MDNode* type = builder.createTBAAScalarTypeNode(kind, tbaaRoot_);
    tag = builder.createTBAAStructTagNode(type, type, 0);
  }
  return tag;
}

llvm::FunctionType* ModuleContext::entryType(runtime::RuntimeEntry entry) {
  using E = runtime::RuntimeEntry;
  llvm::Type* ptr = llvm::PointerType::get(context_, 0);
  llvm::Type* i32 = llvm::Type::getInt32Ty(context_);
  llvm::Type* voidType = llvm::Type::getVoidTy(context_);
  llvm::Type* f64 = llvm::Type::getDoubleTy(context_);
  llvm::Type* f32 = llvm::Type::getFloatTy(context_);
  switch (entry) {
    case E::kNewInstance: return llvm::FunctionType::get(ptr, {ptr}, false);
    case E::kNewArray: return llvm::FunctionType::get(ptr, {ptr, i32}, false);
    case E::kNewMultiArray: return llvm::FunctionType::get(ptr, {ptr, i32, ptr}, false);
    case E::kStoreReference: return llvm::FunctionType::get(voidType, {ptr, ptr}, false);
    case E::kStoreArrayElement: return llvm::FunctionType::get(voidType, {ptr, i32, ptr}, false);
    case E::kThrow: return llvm::FunctionType::get(voidType, {ptr}, false);
    case E::kThrowArrayIndex: return llvm::FunctionType::get(voidType, {i32, i32}, false);
    case E::kThrowClassCast: return llvm::FunctionType::get(voidType, {ptr, ptr}, false);
    case E::kIsInstance: return llvm::FunctionType::get(llvm::Type::getInt1Ty(context_), {ptr, ptr}, false);
    case E::kInterfaceMethods: return llvm::FunctionType::get(ptr, {ptr, ptr}, false);
    case E::kInitializeClass: return llvm::FunctionType::get(voidType, {ptr}, false);
    case E::kFmod: return llvm::FunctionType::get(f64, {f64, f64}, false);
    case E::kFmodf: return llvm::FunctionType::get(f32, {f32, f32}, false);
    default: return llvm::FunctionType::get(voidType, false);
  }
}

llvm::Constant* ModuleContext::address(uintptr_t value) {
  return llvm::ConstantExpr::getIntToPtr(llvm::ConstantInt::get(llvm::Type::getInt64Ty(context_), value),
                                         llvm::PointerType::get(context_, 0));
}

llvm::Constant* ModuleContext::pendingExceptionAddress() {
  return address(heap::kStationLocalBase + offsetof(heap::StationLocal, pendingException));
}

void ModuleContext::emitSafepointPoll(llvm::IRBuilder<>& builder) {
  llvm::Type* i64 = llvm::Type::getInt64Ty(context_);
  auto* type = llvm::FunctionType::get(llvm::Type::getVoidTy(context_), {i64}, false);
  llvm::InlineAsm* poll = llvm::InlineAsm::get(type, "testb $$0, ($0)", "r,~{flags}", /*hasSideEffects=*/true);  // testb sets the flags
  llvm::CallInst* call = builder.CreateCall(type, poll, {llvm::ConstantInt::get(i64, heap::kSafepointPollAddress)});
  call->addFnAttr(llvm::Attribute::NoUnwind);
  // A poll comes back, or its transaction is aborted and nothing it did stays: the optimiser
  // may take loads of invariant data (array lengths) out of a loop whose header polls.
  call->addFnAttr(llvm::Attribute::WillReturn);
  call->addFnAttr(llvm::Attribute::getWithMemoryEffects(context_, llvm::MemoryEffects::inaccessibleMemOnly()));
}

llvm::Constant* ModuleContext::runtimeTableSlot(uint32_t index) {
  return address(heap::kStationLocalBase + offsetof(heap::StationLocal, runtimeTable) + sizeof(void*) * index);
}

llvm::DISubprogram* ModuleContext::subprogram(const ast::CompilationUnit* unit, llvm::Function* fn,
                                              const std::string& name, unsigned line) {
  FileDebug& debug = debug_[unit];
  if (debug.builder == nullptr) {
    debug.builder = std::make_unique<llvm::DIBuilder>(module_);
    std::string fileName = sourceFileName(unit);
    debug.file = debug.builder->createFile(fileName, ".");
    debug.unit = debug.builder->createCompileUnit(llvm::dwarf::DW_LANG_Java, debug.file, "plurix", true, "", 0, "",
                                                  llvm::DICompileUnit::LineTablesOnly);
  }
  llvm::DIBuilder& builder = *debug.builder;
  auto* type = builder.createSubroutineType(builder.getOrCreateTypeArray({}));
  llvm::DISubprogram* sp = builder.createFunction(debug.file, name, fn->getName(), debug.file, line, type, line,
                                                  llvm::DINode::FlagZero, llvm::DISubprogram::SPFlagDefinition);
  fn->setSubprogram(sp);
  names_.push_back(Named{fn->getName().str(), name, sourceFileName(unit)});
  return sp;
}

void ModuleContext::finalizeDebugInfo() {
  for (auto& [unit, debug] : debug_) debug.builder->finalize();
}

}  // namespace plurix::compiler::codegen
