// Compile-and-link time of the heap JIT: what the shell pays for one typed line (a one-line
// method at kQuick), what a program pays per method at kOptimize, and a module of a hundred
// small methods, which is how the class loader batches a class. Module construction is not
// timed; optimisation, code generation, linking and the code map are.
#include <benchmark/benchmark.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "compiler/jit/heap_jit.h"
#include "heap/heap.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"

namespace {

using plurix::compiler::jit::FunctionName;
using plurix::compiler::jit::HeapJit;
using plurix::compiler::jit::LinkedModule;
using plurix::compiler::jit::OptLevel;

// A heap and a JIT for one benchmark run (one heap per process at a time).
struct JitBench {
  std::optional<plurix::heap::Heap> heap;
  std::unique_ptr<HeapJit> jit;  // destroyed first: it is declared last
  int modules = 0;

  bool open(benchmark::State& state) {
    plurix::heap::HeapConfig config;
    config.size = size_t{2} << 30;
    auto created = plurix::heap::Heap::create(config);
    if (!created.isOk()) {
      state.SkipWithError(created.status().message());
      return false;
    }
    heap.emplace(std::move(created.value()));
    std::string error;
    jit = HeapJit::create(*heap, &error);
    if (jit == nullptr) state.SkipWithError(error.c_str());
    return jit != nullptr;
  }
};

// functions methods; method i computes ((x * (i + 3)) ^ (x >> 2)) + (i > 0 ? method0(x) : 1),
// so each has a few arithmetic lines and a call, like a small Java method. (Calling the previous
// method instead would make O2 inline a chain a hundred deep, which no class does.)
std::unique_ptr<llvm::Module> makeModule(HeapJit& jit, int serial, int functions, std::vector<FunctionName>* names) {
  llvm::LLVMContext& context = jit.context();
  std::string prefix = "M" + std::to_string(serial) + "_f";
  auto module = std::make_unique<llvm::Module>(prefix, context);
  module->setDataLayout(jit.dataLayout());
  module->setTargetTriple(jit.targetTriple());
  llvm::IRBuilder<> builder(context);
  auto* type = llvm::FunctionType::get(builder.getInt64Ty(), {builder.getInt64Ty()}, false);
  llvm::Function* helper = nullptr;
  for (int i = 0; i < functions; ++i) {
    std::string symbol = prefix + std::to_string(i);
    auto* function = llvm::Function::Create(type, llvm::GlobalValue::ExternalLinkage, symbol, *module);
    builder.SetInsertPoint(llvm::BasicBlock::Create(context, "entry", function));
    llvm::Value* x = function->getArg(0);
    llvm::Value* mixed = builder.CreateXor(builder.CreateMul(x, builder.getInt64(i + 3)), builder.CreateAShr(x, 2));
    llvm::Value* rest = helper != nullptr ? static_cast<llvm::Value*>(builder.CreateCall(helper, {x})) : builder.getInt64(1);
    builder.CreateRet(builder.CreateAdd(mixed, rest));
    names->push_back(FunctionName{symbol, "Bench.m" + std::to_string(i), "Bench.java"});
    if (helper == nullptr) helper = function;
  }
  return module;
}

void compileModules(benchmark::State& state, OptLevel level, int functions) {
  JitBench bench;
  if (!bench.open(state)) return;
  double optimizeMs = 0;
  double codegenMs = 0;
  uint64_t codeBytes = 0;
  for (auto _ : state) {
    state.PauseTiming();
    std::vector<FunctionName> names;
    std::unique_ptr<llvm::Module> module = makeModule(*bench.jit, bench.modules++, functions, &names);
    state.ResumeTiming();
    LinkedModule linked;
    std::string error;
    if (!bench.jit->addModule(std::move(module), level, plurix::heap::AllocatorKind::kReadOnly, names, &linked, &error)) {
      state.SkipWithError(error.c_str());
      return;
    }
    optimizeMs += linked.optimizeMs;
    codegenMs += linked.codegenMs;
    codeBytes += linked.codeBytes;
  }
  double count = static_cast<double>(state.iterations());
  state.counters["optimize_ms"] = optimizeMs / count;
  state.counters["codegen_ms"] = codegenMs / count;
  state.counters["code_bytes"] = static_cast<double>(codeBytes) / count;
}

void BM_OneLineMethodQuick(benchmark::State& state) { compileModules(state, OptLevel::kQuick, 1); }
void BM_OneLineMethodOptimize(benchmark::State& state) { compileModules(state, OptLevel::kOptimize, 1); }
void BM_HundredMethodsQuick(benchmark::State& state) { compileModules(state, OptLevel::kQuick, 100); }
void BM_HundredMethodsOptimize(benchmark::State& state) { compileModules(state, OptLevel::kOptimize, 100); }

BENCHMARK(BM_OneLineMethodQuick)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_OneLineMethodOptimize)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_HundredMethodsQuick)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_HundredMethodsOptimize)->Unit(benchmark::kMillisecond);

// Creating the JIT: target machines, the session and the runtime stubs.
void BM_CreateJit(benchmark::State& state) {
  plurix::heap::HeapConfig config;
  auto created = plurix::heap::Heap::create(config);
  if (!created.isOk()) {
    state.SkipWithError(created.status().message());
    return;
  }
  plurix::heap::Heap heap = std::move(created.value());
  for (auto _ : state) {
    std::string error;
    std::unique_ptr<HeapJit> jit = HeapJit::create(heap, &error);
    if (jit == nullptr) {
      state.SkipWithError(error.c_str());
      return;
    }
  }
}
BENCHMARK(BM_CreateJit)->Unit(benchmark::kMillisecond);

}  // namespace
