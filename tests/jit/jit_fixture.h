// Shared set-up for the JIT tests: a fresh heap and a HeapJit over it per test, and helpers to
// build small IR modules by hand and link them.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "compiler/jit/heap_jit.h"
#include "heap/heap.h"
#include "heap/memory_manager.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"

namespace plurix::compiler::jit::testing {

class HeapJitTest : public ::testing::Test {
 protected:
  void SetUp() override {
    heap::HeapConfig config;
    config.size = size_t{64} << 20;
    auto created = heap::Heap::create(config);
    ASSERT_TRUE(created.isOk()) << created.status().message();
    heap_.emplace(std::move(created.value()));
    std::string error;
    jit_ = HeapJit::create(*heap_, &error);
    ASSERT_NE(jit_, nullptr) << error;
  }
  void TearDown() override {
    jit_.reset();
    heap_.reset();
  }

  heap::Heap& heap() { return *heap_; }
  void destroyJit() { jit_.reset(); }
  HeapJit& jit() { return *jit_; }
  llvm::LLVMContext& context() { return jit_->context(); }

  std::unique_ptr<llvm::Module> newModule(const char* name) {
    auto module = std::make_unique<llvm::Module>(name, context());
    module->setDataLayout(jit_->dataLayout());
    module->setTargetTriple(jit_->targetTriple());
    return module;
  }

  // A function of type with an entry block the builder is placed in.
  llvm::Function* define(llvm::Module& module, const char* name, llvm::FunctionType* type, llvm::IRBuilder<>& builder) {
    auto* function = llvm::Function::Create(type, llvm::GlobalValue::ExternalLinkage, name, module);
    builder.SetInsertPoint(llvm::BasicBlock::Create(context(), "entry", function));
    return function;
  }

  // Links module and returns what it defines; fails the test on error.
  LinkedModule link(std::unique_ptr<llvm::Module> module, OptLevel level = OptLevel::kQuick,
                    const std::vector<FunctionName>& names = {}) {
    LinkedModule linked;
    std::string error;
    bool ok = jit_->addModule(std::move(module), level, heap::AllocatorKind::kReadOnly, names, &linked, &error);
    EXPECT_TRUE(ok) << error;
    return linked;
  }

  // Tries to link module; fails the test if it links. Guarantees the error it was refused with.
  std::string refusal(std::unique_ptr<llvm::Module> module, OptLevel level = OptLevel::kQuick,
                      heap::AllocatorKind kind = heap::AllocatorKind::kReadOnly) {
    LinkedModule linked;
    std::string error;
    EXPECT_FALSE(jit_->addModule(std::move(module), level, kind, {}, &linked, &error));
    return error;
  }

  // The kind of allocator whose page holds address, or nullopt outside the heap's used pages.
  std::optional<heap::AllocatorKind> pageKind(uintptr_t address) {
    heap::MemoryManager* manager = heap().memoryManager();
    if (!manager->contains(reinterpret_cast<void*>(address))) return std::nullopt;
    const heap::PageInfo& page = manager->pageOf(reinterpret_cast<void*>(address));
    if (page.state != heap::PageState::kSmall && page.state != heap::PageState::kLargeHead &&
        page.state != heap::PageState::kLargeTail) {
      return std::nullopt;
    }
    return page.kind;
  }

 private:
  std::optional<heap::Heap> heap_;
  std::unique_ptr<HeapJit> jit_;
};

}  // namespace plurix::compiler::jit::testing
