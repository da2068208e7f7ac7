#include <llvm/IR/MDBuilder.h>

#include "compiler/codegen/function_emitter.h"
#include "compiler/codegen/java_names.h"
#include "heap/address_space.h"
#include "heap/object_layout.h"
#include "heap/station_local.h"
#include "runtime/launch/runtime.h"

namespace plurix::compiler::codegen {

namespace {

uint64_t elementBytes(const sema::Type* type) {
  switch (type->kind()) {
    case sema::TypeKind::Boolean:
    case sema::TypeKind::Byte: return 1;
    case sema::TypeKind::Short:
    case sema::TypeKind::Char: return 2;
    case sema::TypeKind::Int:
    case sema::TypeKind::Float: return 4;
    case sema::TypeKind::Long:
    case sema::TypeKind::Double: return 8;
    default: return heap::kSlotSize;
  }
}

}  // namespace

llvm::Value* FunctionEmitter::zeroValue(llvm::Type* type) { return llvm::Constant::getNullValue(type); }

llvm::Value* FunctionEmitter::callRuntime(runtime::RuntimeEntry entry, llvm::ArrayRef<llvm::Value*> args) {
  auto* target = builder_.CreateLoad(builder_.getPtrTy(), module_.runtimeTableSlot(static_cast<uint32_t>(entry)));
  target->setMetadata(llvm::LLVMContext::MD_invariant_load, llvm::MDNode::get(context_, {}));
  llvm::CallInst* call = builder_.CreateCall(module_.entryType(entry), target, args);
  if (entry == runtime::RuntimeEntry::kIsInstance) call->addRetAttr(llvm::Attribute::ZExt);
  // A new object or array is fresh memory: no other pointer reaches it, so stores that
  // initialise it change no field, element or station slot the code has read.
  if (entry == runtime::RuntimeEntry::kNewInstance || entry == runtime::RuntimeEntry::kNewArray ||
      entry == runtime::RuntimeEntry::kNewMultiArray) {
    call->addRetAttr(llvm::Attribute::NoAlias);
  }
  return call;
}

llvm::Value* FunctionEmitter::loadPending() {
  llvm::LoadInst* load = builder_.CreateLoad(builder_.getPtrTy(), module_.pendingExceptionAddress());
  load->setMetadata(llvm::LLVMContext::MD_tbaa, module_.accessTag("pending exception"));
  return load;
}

void FunctionEmitter::storePending(llvm::Value* exception) {
  llvm::StoreInst* store = builder_.CreateStore(exception, module_.pendingExceptionAddress());
  store->setMetadata(llvm::LLVMContext::MD_tbaa, module_.accessTag("pending exception"));
}

void FunctionEmitter::checkPending() {
  llvm::Value* pending = loadPending();
  llvm::Value* thrown = builder_.CreateICmpNE(pending, llvm::ConstantPointerNull::get(builder_.getPtrTy()));
  llvm::BasicBlock* next = llvm::BasicBlock::Create(context_, "no.exception", function_);
  builder_.CreateCondBr(thrown, handler(), next, llvm::MDBuilder(context_).createBranchWeights(1, 1000));
  builder_.SetInsertPoint(next);
}

void FunctionEmitter::throwAndBranch(runtime::RuntimeEntry entry, llvm::ArrayRef<llvm::Value*> args) {
  // nomerge: two throws of one kind must stay apart, or the trace shows the other one's line.
  llvm::cast<llvm::CallInst>(callRuntime(entry, args))->addFnAttr(llvm::Attribute::NoMerge);
  builder_.CreateBr(handler());
}

void FunctionEmitter::nullCheck(llvm::Value* object) {
  if (object == this_) return;
  llvm::BasicBlock* fail = llvm::BasicBlock::Create(context_, "null", function_);
  llvm::BasicBlock* ok = llvm::BasicBlock::Create(context_, "not.null", function_);
  builder_.CreateCondBr(builder_.CreateICmpEQ(object, llvm::ConstantPointerNull::get(builder_.getPtrTy())), fail, ok,
                        llvm::MDBuilder(context_).createBranchWeights(1, 1000));
  builder_.SetInsertPoint(fail);
  throwAndBranch(runtime::RuntimeEntry::kThrowNullPointer, {});
  builder_.SetInsertPoint(ok);
}

llvm::Value* FunctionEmitter::arrayLength(llvm::Value* array) {
  llvm::Value* address = builder_.CreateConstInBoundsGEP1_64(builder_.getInt8Ty(), array, offsetof(heap::ArrayHeader, length));
  llvm::LoadInst* length = builder_.CreateLoad(builder_.getInt64Ty(), address);
  length->setMetadata(llvm::LLVMContext::MD_tbaa, module_.accessTag("length"));
  // An array's length never changes while code holds the array.
  length->setMetadata(llvm::LLVMContext::MD_invariant_load, llvm::MDNode::get(context_, {}));
  // No array is larger than the heap's largest object: knowing that, the optimiser can prove
  // that an index stepping by more than one cannot overflow, and remove bounds checks (IRCE).
  llvm::MDBuilder metadata(context_);
  length->setMetadata(llvm::LLVMContext::MD_range,
                      metadata.createRange(llvm::APInt(64, 0), llvm::APInt(64, heap::kMaxObjectSize + 1)));
  return builder_.CreateTrunc(length, builder_.getInt32Ty());
}

llvm::Value* FunctionEmitter::elementAddress(llvm::Value* array, llvm::Value* index, const sema::Type* elementType,
                                             bool check) {
  if (check) {
    nullCheck(array);
    llvm::Value* length = arrayLength(array);
    llvm::BasicBlock* fail = llvm::BasicBlock::Create(context_, "bounds", function_);
    llvm::BasicBlock* ok = llvm::BasicBlock::Create(context_, "in.bounds", function_);
    builder_.CreateCondBr(builder_.CreateICmpUGE(index, length), fail, ok,
                          llvm::MDBuilder(context_).createBranchWeights(1, 1000));
    builder_.SetInsertPoint(fail);
    throwAndBranch(runtime::RuntimeEntry::kThrowArrayIndex, {index, length});
    builder_.SetInsertPoint(ok);
  }
  llvm::Value* offset = builder_.CreateMul(builder_.CreateSExt(index, builder_.getInt64Ty()),
                                           builder_.getInt64(elementBytes(elementType)), "", true, true);
  offset = builder_.CreateAdd(offset, builder_.getInt64(heap::kArrayElementsOffset), "", true, true);
  return builder_.CreateInBoundsGEP(builder_.getInt8Ty(), array, offset);
}

llvm::Value* FunctionEmitter::fieldAddress(llvm::Value* object, const sema::FieldSymbol* field) {
  uint32_t offset = module_.loader().layout(field->owner).fieldOffsets.at(field);
  return builder_.CreateConstInBoundsGEP1_64(builder_.getInt8Ty(), object, offset);
}

llvm::Value* FunctionEmitter::staticAddress(const sema::FieldSymbol* field) {
  // STATION.id means the station running the code: station-local memory, the same address on
  // every station but a different value on each.
  if (field->name == "id" && field->owner->qualifiedName == "plurix.STATION") {
    return module_.address(heap::kStationLocalBase + offsetof(heap::StationLocal, stationNumber));
  }
  initGuard(field->owner);
  const ClassLayout& layout = module_.loader().layout(field->owner);
  return module_.address(reinterpret_cast<uintptr_t>(layout.statics) + layout.fieldOffsets.at(field));
}

llvm::MDNode* FunctionEmitter::accessTag(Memory memory, const sema::Type* type) {
  static const char* const kPrefixes[] = {"field.", "static.", "element."};
  std::string kind = type->isReference() ? "reference" : type->name();
  return module_.accessTag(kPrefixes[static_cast<int>(memory)] + kind);
}

llvm::Value* FunctionEmitter::loadMemory(llvm::Value* address, const sema::Type* type, Memory memory) {
  llvm::LoadInst* load =
      builder_.CreateLoad(type->isBoolean() ? builder_.getInt8Ty() : module_.valueType(type), address);
  load->setMetadata(llvm::LLVMContext::MD_tbaa, accessTag(memory, type));
  if (type->isReference()) {
    // A reference is null or a whole object: its header (and an array's length) can be read
    // wherever it is known not to be null, which lets loops hoist those reads.
    uint64_t bytes = type->isArray() ? heap::kArrayElementsOffset : sizeof(heap::ObjectHeader);
    load->setMetadata(llvm::LLVMContext::MD_dereferenceable_or_null,
                      llvm::MDNode::get(context_, {llvm::ConstantAsMetadata::get(builder_.getInt64(bytes))}));
    // Every object starts on a granule (stack objects on 16 bytes): with the alignment known,
    // a length behind a null check can be read ahead of it, out of the loop.
    load->setMetadata(llvm::LLVMContext::MD_align,
                      llvm::MDNode::get(context_, {llvm::ConstantAsMetadata::get(builder_.getInt64(heap::kGranule))}));
  }
  if (type->isBoolean()) return builder_.CreateICmpNE(load, builder_.getInt8(0));
  return load;
}

void FunctionEmitter::storeMemory(llvm::Value* address, llvm::Value* value, const sema::Type* type, Memory memory) {
  if (type->isReference()) {
    callRuntime(runtime::RuntimeEntry::kStoreReference, {address, value});
    return;
  }
  if (type->isBoolean()) value = builder_.CreateZExt(value, builder_.getInt8Ty());
  builder_.CreateStore(value, address)->setMetadata(llvm::LLVMContext::MD_tbaa, accessTag(memory, type));
}

void FunctionEmitter::initGuard(const sema::ClassSymbol* cls) {
  const ClassLayout& layout = module_.loader().layout(cls);
  if (!layout.needsInit || cls == class_) return;
  if (!cls->isInterface && class_->isSubtypeOf(cls)) return;  // initialised before this class
  llvm::Value* stateAddress = module_.address(reinterpret_cast<uintptr_t>(layout.statics) + layout.initStateOffset);
  llvm::Value* state = builder_.CreateLoad(builder_.getInt32Ty(), stateAddress);
  llvm::BasicBlock* slow = llvm::BasicBlock::Create(context_, "class.init", function_);
  llvm::BasicBlock* ready = llvm::BasicBlock::Create(context_, "class.ready", function_);
  builder_.CreateCondBr(builder_.CreateICmpEQ(state, builder_.getInt32(runtime::kInitDone)), ready, slow,
                        llvm::MDBuilder(context_).createBranchWeights(1000, 1));
  builder_.SetInsertPoint(slow);
  callRuntime(runtime::RuntimeEntry::kInitializeClass, {module_.address(layout.info)});
  checkPending();
  builder_.CreateBr(ready);
  builder_.SetInsertPoint(ready);
}

llvm::Value* FunctionEmitter::typeOffsetOf(llvm::Value* object) {
  llvm::Value* field = builder_.CreateConstInBoundsGEP1_64(builder_.getInt8Ty(), object, offsetof(heap::ObjectHeader, typeOffset));
  auto* typeOffset = builder_.CreateLoad(builder_.getInt32Ty(), field);
  typeOffset->setMetadata(llvm::LLVMContext::MD_invariant_load, llvm::MDNode::get(context_, {}));
  return typeOffset;
}

llvm::Value* FunctionEmitter::descriptorOf(llvm::Value* object) {
  llvm::Value* bytes = builder_.CreateShl(builder_.CreateZExt(typeOffsetOf(object), builder_.getInt64Ty()), 3);
  return builder_.CreateGEP(builder_.getInt8Ty(), module_.address(module_.heapBase()), bytes);
}

llvm::Value* FunctionEmitter::classInfoOf(llvm::Value* object) {
  llvm::Value* word = builder_.CreateConstInBoundsGEP1_64(builder_.getInt8Ty(), descriptorOf(object),
                                                          offsetof(heap::TypeDescriptor, runtimeWord));
  auto* info = builder_.CreateLoad(builder_.getPtrTy(), word);
  info->setMetadata(llvm::LLVMContext::MD_invariant_load, llvm::MDNode::get(context_, {}));
  return info;
}

llvm::Value* FunctionEmitter::isInstance(llvm::Value* object, const sema::Type* type) {
  runtime::ClassInfo* target = classInfoFor(type);
  if (type->isClass() && !type->classSymbol()->isInterface) {
    uint32_t depth = module_.loader().layout(type->classSymbol()).depth;
    if (depth < runtime::kDisplaySize) {
      llvm::Value* entry = builder_.CreateConstInBoundsGEP1_64(builder_.getInt8Ty(), classInfoOf(object),
                                                               offsetof(runtime::ClassInfo, display) + 8 * depth);
      auto* ancestor = builder_.CreateLoad(builder_.getPtrTy(), entry);
      ancestor->setMetadata(llvm::LLVMContext::MD_invariant_load, llvm::MDNode::get(context_, {}));
      return builder_.CreateICmpEQ(ancestor, module_.address(target));
    }
  }
  return callRuntime(runtime::RuntimeEntry::kIsInstance, {object, module_.address(target)});
}

runtime::ClassInfo* FunctionEmitter::classInfoFor(const sema::Type* type) {
  if (type->isClass()) return module_.loader().layout(type->classSymbol()).info;
  std::string problem;
  runtime::ClassInfo* info = module_.loader().arrayClass(binaryName(type), &problem);
  if (info == nullptr) error_ = problem;
  return info;
}

llvm::Value* FunctionEmitter::stringLiteral(const std::u16string& text) {
  heap::ObjectHeader* string = runtime::internString(text);
  if (string == nullptr) error_ = "the heap is full: cannot intern a string literal";
  return module_.address(string);
}

}  // namespace plurix::compiler::codegen
