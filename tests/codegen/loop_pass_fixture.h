// Shared set-up for the tests of the code generator's loop passes on hand-written IR: parse a
// module, run one pass on its function @sweep with the function analyses it asks for, check
// that the result is valid IR, and find its blocks by name.
#pragma once

#include <functional>
#include <memory>
#include <string>

#include <gtest/gtest.h>
#include <llvm/AsmParser/Parser.h>
#include <llvm/IR/LLVMContext.h>
#include <llvm/IR/Module.h>
#include <llvm/IR/PassManager.h>
#include <llvm/IR/Verifier.h>
#include <llvm/Passes/PassBuilder.h>
#include <llvm/Support/SourceMgr.h>
#include <llvm/Support/raw_ostream.h>

namespace plurix::compiler::codegen::testing {

class LoopPassTest : public ::testing::Test {
 protected:
  using Pass = std::function<bool(llvm::Function&, llvm::FunctionAnalysisManager&)>;

  // Parses ir and runs pass on @sweep; returns what the pass returns (whether it changed it).
  bool runOnSweep(const std::string& ir, const Pass& pass) {
    llvm::SMDiagnostic diagnostic;
    module_ = llvm::parseAssemblyString(ir, diagnostic, context_);
    if (module_ == nullptr) {
      std::string text;
      llvm::raw_string_ostream stream(text);
      diagnostic.print("test", stream);
      ADD_FAILURE() << stream.str();
      return false;
    }
    llvm::LoopAnalysisManager loops;
    llvm::FunctionAnalysisManager functions;
    llvm::CGSCCAnalysisManager sccs;
    llvm::ModuleAnalysisManager modules;
    llvm::PassBuilder builder;
    builder.registerModuleAnalyses(modules);
    builder.registerCGSCCAnalyses(sccs);
    builder.registerFunctionAnalyses(functions);
    builder.registerLoopAnalyses(loops);
    builder.crossRegisterProxies(loops, functions, sccs, modules);
    bool changed = pass(*module_->getFunction("sweep"), functions);
    EXPECT_FALSE(llvm::verifyModule(*module_, &llvm::errs())) << "the changed module is not valid IR";
    return changed;
  }

  // The block of @sweep named name, or null.
  llvm::BasicBlock* block(const std::string& name) {
    for (llvm::BasicBlock& candidate : *module_->getFunction("sweep")) {
      if (candidate.getName() == name) return &candidate;
    }
    return nullptr;
  }

  llvm::LLVMContext context_;
  std::unique_ptr<llvm::Module> module_;
};

}  // namespace plurix::compiler::codegen::testing
