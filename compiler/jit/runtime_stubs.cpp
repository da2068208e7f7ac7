// The runtime-table stubs (runtime_stubs.h), built as a tiny IR module.
#include "compiler/jit/runtime_stubs.h"

#include <cstddef>

#include "heap/address_space.h"
#include "heap/station_local.h"
#include "llvm/IR/DataLayout.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/Module.h"

namespace plurix::compiler::jit {
namespace {

using runtime::RuntimeEntry;

// What LLVM lowers to library calls on x86-64 for the code our code generator emits: block
// copies and fills, and floating-point remainder. Others it might emit (floor, ceil and rint
// without SSE4.1, 128-bit division) have no table entry yet: a module using them is refused
// with the symbol's name, which says which entry to add.
constexpr RuntimeStub kStubs[] = {
    {"memcpy", RuntimeEntry::kMemcpy}, {"memmove", RuntimeEntry::kMemmove}, {"memset", RuntimeEntry::kMemset},
    {"fmod", RuntimeEntry::kFmod},     {"fmodf", RuntimeEntry::kFmodf},
};

llvm::FunctionType* stubType(llvm::LLVMContext& context, RuntimeEntry entry) {
  llvm::Type* pointer = llvm::PointerType::get(context, 0);
  llvm::Type* size = llvm::Type::getInt64Ty(context);
  switch (entry) {
    case RuntimeEntry::kMemcpy:
    case RuntimeEntry::kMemmove:
      return llvm::FunctionType::get(pointer, {pointer, pointer, size}, false);
    case RuntimeEntry::kMemset:
      return llvm::FunctionType::get(pointer, {pointer, llvm::Type::getInt32Ty(context), size}, false);
    case RuntimeEntry::kFmod: {
      llvm::Type* type = llvm::Type::getDoubleTy(context);
      return llvm::FunctionType::get(type, {type, type}, false);
    }
    default: {
      llvm::Type* type = llvm::Type::getFloatTy(context);
      return llvm::FunctionType::get(type, {type, type}, false);
    }
  }
}

}  // namespace

std::span<const RuntimeStub> runtimeStubs() { return kStubs; }

bool isRuntimeStub(std::string_view symbol) {
  for (const RuntimeStub& stub : kStubs) {
    if (symbol == stub.symbol) return true;
  }
  return false;
}

uintptr_t runtimeTableSlot(RuntimeEntry entry) {
  return heap::kStationLocalBase + offsetof(heap::StationLocal, runtimeTable) +
         sizeof(void*) * static_cast<uint32_t>(entry);
}

std::unique_ptr<llvm::Module> buildRuntimeStubModule(llvm::LLVMContext& context, const llvm::DataLayout& layout,
                                                     const std::string& triple) {
  auto module = std::make_unique<llvm::Module>("plurix.runtime-stubs", context);
  module->setDataLayout(layout);
  module->setTargetTriple(triple);
  for (const RuntimeStub& stub : kStubs) {
    llvm::FunctionType* type = stubType(context, stub.entry);
    auto* function = llvm::Function::Create(type, llvm::GlobalValue::ExternalLinkage, stub.symbol, *module);
    // A pure jump: it never calls, so no stack walk ever stands in it and it needs no frame.
    function->addFnAttr("frame-pointer", "none");
    function->addFnAttr(llvm::Attribute::NoUnwind);
    llvm::IRBuilder<> builder(llvm::BasicBlock::Create(context, "", function));
    llvm::Value* slot = llvm::ConstantExpr::getIntToPtr(builder.getInt64(runtimeTableSlot(stub.entry)),
                                                        builder.getPtrTy());
    llvm::Value* target = builder.CreateLoad(builder.getPtrTy(), slot, "target");
    llvm::SmallVector<llvm::Value*, 3> arguments;
    for (llvm::Argument& argument : function->args()) arguments.push_back(&argument);
    llvm::CallInst* call = builder.CreateCall(type, target, arguments);
    call->setTailCallKind(llvm::CallInst::TCK_MustTail);
    builder.CreateRet(call);
  }
  return module;
}

}  // namespace plurix::compiler::jit
