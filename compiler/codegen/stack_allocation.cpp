#include "compiler/codegen/stack_allocation.h"

#include <cstddef>
#include <vector>

#include <llvm/Analysis/LoopInfo.h>
#include <llvm/IR/IRBuilder.h>
#include <llvm/IR/Instructions.h>
#include <llvm/IR/PassManager.h>
#include <llvm/Passes/PassBuilder.h>
#include <llvm/Transforms/InstCombine/InstCombine.h>
#include <llvm/Transforms/Scalar/EarlyCSE.h>
#include <llvm/Transforms/Scalar/GVN.h>
#include <llvm/Transforms/Scalar/SROA.h>

#include "heap/address_space.h"
#include "heap/object_layout.h"
#include "heap/station_local.h"
#include "runtime/entry/runtime_entry.h"
#include "runtime/object/class_info.h"

namespace plurix::compiler::codegen {

namespace {

uint64_t constantAddress(const llvm::Value* value) {
  if (const auto* expression = llvm::dyn_cast<llvm::ConstantExpr>(value)) {
    if (expression->getOpcode() == llvm::Instruction::IntToPtr) {
      if (const auto* number = llvm::dyn_cast<llvm::ConstantInt>(expression->getOperand(0))) return number->getZExtValue();
    }
  }
  return 0;
}

// Where an allocation is, to tell whether a merge of its object can outlive the object.
struct Site {
  const llvm::BasicBlock* block;
  const llvm::LoopInfo* loops;
};

// True if a phi in block cannot carry the site's object past the site's next execution: no loop
// holds both, so once control reaches the phi the allocation cannot run again before the phi's
// uses without passing the phi first.
bool mergeOutlivesNoObject(const Site& site, const llvm::BasicBlock* block) {
  for (const llvm::Loop* loop = site.loops->getLoopFor(site.block); loop != nullptr; loop = loop->getParentLoop()) {
    if (loop->contains(block)) return false;
  }
  return true;
}

// True if every use of pointer (through constant offsets) only loads or stores through it or
// compares it: the object cannot outlive this execution of its allocation. pointer may also be
// merged with null (an inlined method's result, null when it threw).
bool staysLocal(const llvm::Value* pointer, const Site& site, int depth = 0) {
  if (depth > 8) return false;
  for (const llvm::Use& use : pointer->uses()) {
    const auto* user = llvm::dyn_cast<llvm::Instruction>(use.getUser());
    if (user == nullptr) return false;
    if (llvm::isa<llvm::LoadInst>(user)) {
      if (llvm::cast<llvm::LoadInst>(user)->isVolatile()) return false;
      continue;
    }
    if (const auto* store = llvm::dyn_cast<llvm::StoreInst>(user)) {
      if (store->getValueOperand() == pointer || store->isVolatile()) return false;
      continue;
    }
    if (llvm::isa<llvm::ICmpInst>(user)) continue;
    if (const auto* gep = llvm::dyn_cast<llvm::GetElementPtrInst>(user)) {
      if (gep->getPointerOperand() != pointer || !gep->hasAllConstantIndices() || !staysLocal(gep, site, depth + 1)) {
        return false;
      }
      continue;
    }
    if (const auto* select = llvm::dyn_cast<llvm::SelectInst>(user)) {
      // Dominated by the allocation, the select always names the latest object made there.
      const llvm::Value* other = select->getTrueValue() == pointer ? select->getFalseValue() : select->getTrueValue();
      if (select->getCondition() == pointer || !llvm::isa<llvm::ConstantPointerNull>(other) ||
          !staysLocal(select, site, depth + 1)) {
        return false;
      }
      continue;
    }
    if (const auto* phi = llvm::dyn_cast<llvm::PHINode>(user)) {
      for (const llvm::Value* incoming : phi->incoming_values()) {
        if (incoming != pointer && !llvm::isa<llvm::ConstantPointerNull>(incoming)) return false;
      }
      if (!mergeOutlivesNoObject(site, phi->getParent()) || !staysLocal(phi, site, depth + 1)) return false;
      continue;
    }
    return false;  // a call, a return, a conversion, a merge with another object: it may escape
  }
  return true;
}

class StackAllocationPass : public llvm::PassInfoMixin<StackAllocationPass> {
 public:
  explicit StackAllocationPass(uintptr_t heapBase) : heapBase_(heapBase) {}

  llvm::PreservedAnalyses run(llvm::Function& function, llvm::FunctionAnalysisManager& analyses) {
    if (!replaceAllocations(function, analyses.getResult<llvm::LoopAnalysis>(function))) {
      return llvm::PreservedAnalyses::all();
    }
    // Only a function that gained stack objects needs them dissolved into registers.
    analyses.invalidate(function, llvm::PreservedAnalyses::none());
    llvm::FunctionPassManager cleanup;
    cleanup.addPass(llvm::SROAPass(llvm::SROAOptions::ModifyCFG));
    cleanup.addPass(llvm::EarlyCSEPass(true));
    cleanup.addPass(llvm::GVNPass());
    cleanup.addPass(llvm::InstCombinePass());
    cleanup.run(function, analyses);
    return llvm::PreservedAnalyses::none();
  }

 private:
  // Guarantees every candidate allocation of function replaced by a stack object; false if none.
  bool replaceAllocations(llvm::Function& function, const llvm::LoopInfo& loops) {
    uint64_t entrySlot = heap::kStationLocalBase + offsetof(heap::StationLocal, runtimeTable) +
                         sizeof(void*) * static_cast<uint32_t>(runtime::RuntimeEntry::kNewInstance);
    std::vector<llvm::CallInst*> candidates;
    for (llvm::BasicBlock& block : function) {
      for (llvm::Instruction& instruction : block) {
        auto* call = llvm::dyn_cast<llvm::CallInst>(&instruction);
        if (call == nullptr || call->arg_size() != 1) continue;
        const auto* callee = llvm::dyn_cast<llvm::LoadInst>(call->getCalledOperand());
        if (callee == nullptr || constantAddress(callee->getPointerOperand()) != entrySlot) continue;
        if (constantAddress(call->getArgOperand(0)) == 0 || !staysLocal(call, Site{&block, &loops})) continue;
        candidates.push_back(call);
      }
    }
    if (candidates.empty()) return false;
    llvm::BasicBlock& entry = function.getEntryBlock();
    bool replaced = false;
    for (llvm::CallInst* call : candidates) {
      const auto* info = reinterpret_cast<const runtime::ClassInfo*>(constantAddress(call->getArgOperand(0)));
      const heap::TypeDescriptor* type = info->type;
      uint32_t size = type->instanceSize;
      if (size > 256) continue;  // keep frames small
      llvm::IRBuilder<> atEntry(&entry, entry.getFirstInsertionPt());
      llvm::AllocaInst* object = atEntry.CreateAlloca(atEntry.getInt8Ty(), atEntry.getInt32(size), "stack.object");
      object->setAlignment(llvm::Align(16));
      llvm::IRBuilder<> builder(call);
      builder.CreateMemSet(object, builder.getInt8(0), size, llvm::Align(16));
      uint32_t typeOffset = static_cast<uint32_t>((reinterpret_cast<uintptr_t>(type) - heapBase_) / heap::kGranule);
      uint32_t sizeAndFlags = (size / heap::kGranule) << heap::kFlagBits;
      builder.CreateStore(builder.getInt32(typeOffset),
                          builder.CreateConstInBoundsGEP1_64(builder.getInt8Ty(), object, offsetof(heap::ObjectHeader, typeOffset)));
      builder.CreateStore(builder.getInt32(sizeAndFlags),
                          builder.CreateConstInBoundsGEP1_64(builder.getInt8Ty(), object, offsetof(heap::ObjectHeader, sizeAndFlags)));
      foldPendingCheck(call);
      call->replaceAllUsesWith(object);
      call->eraseFromParent();
      replaced = true;
    }
    return replaced;
  }

  // The allocation's exception check reads the station's pending exception right after the
  // call; without the call nothing can have set it (normal code runs with none pending), so the
  // read is null.
  static void foldPendingCheck(llvm::CallInst* call) {
    uint64_t pendingSlot = heap::kStationLocalBase + offsetof(heap::StationLocal, pendingException);
    for (llvm::Instruction* next = call->getNextNode(); next != nullptr; next = next->getNextNode()) {
      if (auto* load = llvm::dyn_cast<llvm::LoadInst>(next)) {
        if (constantAddress(load->getPointerOperand()) != pendingSlot) continue;
        load->replaceAllUsesWith(llvm::ConstantPointerNull::get(llvm::cast<llvm::PointerType>(load->getType())));
        load->eraseFromParent();
        return;
      }
      if (next->mayWriteToMemory()) return;  // a call or a store that might set it
    }
  }

  uintptr_t heapBase_;
};

}  // namespace

void registerStackAllocation(llvm::PassBuilder& builder, uintptr_t heapBase) {
  builder.registerScalarOptimizerLateEPCallback(
      [heapBase](llvm::FunctionPassManager& passes, llvm::OptimizationLevel) {
        passes.addPass(StackAllocationPass(heapBase));
      });
}

}  // namespace plurix::compiler::codegen
