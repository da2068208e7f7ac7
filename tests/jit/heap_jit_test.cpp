// The JIT into the heap: linked code runs and lives in the heap's RO pages, modules call each
// other, libcalls go through the runtime table, writable data lands in RW pages, and anything
// else a module leaves undefined is refused by name.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstring>

#include "compiler/jit/runtime_stubs.h"
#include "heap/address_space.h"
#include "jit_fixture.h"
#include "runtime/entry/runtime_entry.h"

namespace plurix::compiler::jit::testing {
namespace {

using runtime::RuntimeEntry;

int gMemcpyCalls = 0;
void* countingMemcpy(void* destination, const void* source, size_t bytes) {
  ++gMemcpyCalls;
  return std::memcpy(destination, source, bytes);
}

int gFmodCalls = 0;
double countingFmod(double dividend, double divisor) {
  ++gFmodCalls;
  return std::fmod(dividend, divisor);
}

void setEntry(RuntimeEntry entry, void* target) {
  heap::stationLocal()->runtimeTable[static_cast<uint32_t>(entry)] = target;
}

// i32 answer(i32 x) { return x * 6 + 4; }
std::unique_ptr<llvm::Module> answerModule(const char* moduleName, const char* symbol, llvm::LLVMContext& context) {
  auto module = std::make_unique<llvm::Module>(moduleName, context);
  llvm::IRBuilder<> builder(context);
  auto* type = llvm::FunctionType::get(builder.getInt32Ty(), {builder.getInt32Ty()}, false);
  auto* function = llvm::Function::Create(type, llvm::GlobalValue::ExternalLinkage, symbol, *module);
  builder.SetInsertPoint(llvm::BasicBlock::Create(context, "entry", function));
  builder.CreateRet(builder.CreateAdd(builder.CreateMul(function->getArg(0), builder.getInt32(6)), builder.getInt32(4)));
  return module;
}

TEST_F(HeapJitTest, LinkedFunctionReturnsItsValueFromTheHeapsReadOnlyPages) {
  for (OptLevel level : {OptLevel::kQuick, OptLevel::kOptimize}) {
    const char* symbol = level == OptLevel::kQuick ? "answerQuick" : "answerOptimized";
    LinkedModule linked = link(answerModule(symbol, symbol, context()), level);
    ASSERT_EQ(linked.symbols.count(symbol), 1u);
    uintptr_t address = linked.symbols[symbol];
    EXPECT_EQ(pageKind(address), heap::AllocatorKind::kReadOnly);
    EXPECT_GT(linked.codeBytes, 0u);
    auto* answer = reinterpret_cast<int32_t (*)(int32_t)>(address);
    EXPECT_EQ(answer(7), 46);
    EXPECT_EQ(answer(-1), -2);
  }
}

TEST_F(HeapJitTest, CodeOutlivesTheJit) {
  LinkedModule linked = link(answerModule("Lasting", "lasting", context()));
  uintptr_t address = linked.symbols["lasting"];
  destroyJit();
  const auto* object = heap().memoryManager()->objectContaining(reinterpret_cast<void*>(address));
  EXPECT_TRUE(object->hasFlag(heap::kFlagPinned));
  EXPECT_EQ(reinterpret_cast<int32_t (*)(int32_t)>(address)(2), 16);
}

TEST_F(HeapJitTest, SystemCodeGoesToTheSystemReadOnlyAllocator) {
  LinkedModule linked;
  std::string error;
  ASSERT_TRUE(jit().addModule(answerModule("system", "systemAnswer", context()), OptLevel::kQuick,
                              heap::AllocatorKind::kSystemReadOnly, {}, &linked, &error))
      << error;
  EXPECT_EQ(pageKind(linked.symbols["systemAnswer"]), heap::AllocatorKind::kSystemReadOnly);
}

TEST_F(HeapJitTest, SecondModuleCallsTheFirst) {
  llvm::IRBuilder<> builder(context());
  auto* type = llvm::FunctionType::get(builder.getInt64Ty(), {builder.getInt64Ty()}, false);
  auto first = newModule("first");
  llvm::Function* twice = define(*first, "twice", type, builder);
  builder.CreateRet(builder.CreateShl(twice->getArg(0), 1));
  link(std::move(first));

  auto second = newModule("second");
  auto* declared = llvm::Function::Create(type, llvm::GlobalValue::ExternalLinkage, "twice", *second);
  llvm::Function* quad = define(*second, "quad", type, builder);
  builder.CreateRet(builder.CreateCall(declared, {builder.CreateCall(declared, {quad->getArg(0)})}));
  LinkedModule linked = link(std::move(second), OptLevel::kOptimize);
  auto* function = reinterpret_cast<int64_t (*)(int64_t)>(linked.symbols["quad"]);
  EXPECT_EQ(function(5), 20);
  EXPECT_EQ(function(-3), -12);
}

TEST_F(HeapJitTest, DenseSwitchJumpsThroughATableInTheHeap) {
  // A jump table is read-only data holding absolute code addresses: both relocated in the heap.
  llvm::IRBuilder<> builder(context());
  auto module = newModule("Switch");
  llvm::Function* choose =
      define(*module, "choose", llvm::FunctionType::get(builder.getInt32Ty(), {builder.getInt32Ty()}, false), builder);
  llvm::BasicBlock* otherwise = llvm::BasicBlock::Create(context(), "otherwise", choose);
  llvm::SwitchInst* dispatch = builder.CreateSwitch(choose->getArg(0), otherwise, 8);
  const int32_t results[8] = {17, 4, 99, -5, 23, 8, 61, 42};
  for (int32_t i = 0; i < 8; ++i) {
    llvm::BasicBlock* target = llvm::BasicBlock::Create(context(), "case", choose);
    dispatch->addCase(builder.getInt32(i), target);
    builder.SetInsertPoint(target);
    builder.CreateRet(builder.CreateAdd(builder.getInt32(results[i]),
                                        builder.CreateMul(choose->getArg(0), builder.getInt32(results[i]))));
  }
  builder.SetInsertPoint(otherwise);
  builder.CreateRet(builder.getInt32(-1));
  // kQuick: the optimiser would turn the switch into a lookup table of constants instead.
  LinkedModule linked = link(std::move(module), OptLevel::kQuick);
  auto* function = reinterpret_cast<int32_t (*)(int32_t)>(linked.symbols["choose"]);
  for (int32_t i = 0; i < 8; ++i) EXPECT_EQ(function(i), results[i] + i * results[i]);
  EXPECT_EQ(function(8), -1);
  EXPECT_EQ(function(-1), -1);
}

TEST_F(HeapJitTest, MemcpyWithVariableSizeGoesThroughTheRuntimeTable) {
  setEntry(RuntimeEntry::kMemcpy, reinterpret_cast<void*>(&countingMemcpy));
  for (OptLevel level : {OptLevel::kQuick, OptLevel::kOptimize}) {
    const char* symbol = level == OptLevel::kQuick ? "copyQuick" : "copyOptimized";
    llvm::IRBuilder<> builder(context());
    auto module = newModule(symbol);
    auto* type = llvm::FunctionType::get(builder.getVoidTy(),
                                         {builder.getPtrTy(), builder.getPtrTy(), builder.getInt64Ty()}, false);
    llvm::Function* copy = define(*module, symbol, type, builder);
    builder.CreateMemCpy(copy->getArg(0), llvm::MaybeAlign(1), copy->getArg(1), llvm::MaybeAlign(1), copy->getArg(2));
    builder.CreateRetVoid();
    LinkedModule linked = link(std::move(module), level);

    gMemcpyCalls = 0;
    char source[32] = "through the runtime table";
    char destination[32] = {};
    reinterpret_cast<void (*)(char*, const char*, int64_t)>(linked.symbols[symbol])(destination, source, 26);
    EXPECT_EQ(gMemcpyCalls, 1);
    EXPECT_STREQ(destination, "through the runtime table");
  }
}

TEST_F(HeapJitTest, FloatingRemainderGoesThroughTheRuntimeTable) {
  setEntry(RuntimeEntry::kFmod, reinterpret_cast<void*>(&countingFmod));
  llvm::IRBuilder<> builder(context());
  auto module = newModule("remainder");
  auto* type = llvm::FunctionType::get(builder.getDoubleTy(), {builder.getDoubleTy(), builder.getDoubleTy()}, false);
  llvm::Function* remainder = define(*module, "remainder", type, builder);
  builder.CreateRet(builder.CreateFRem(remainder->getArg(0), remainder->getArg(1)));
  LinkedModule linked = link(std::move(module), OptLevel::kOptimize);
  gFmodCalls = 0;
  EXPECT_DOUBLE_EQ(reinterpret_cast<double (*)(double, double)>(linked.symbols["remainder"])(7.5, 2.0), 1.5);
  EXPECT_EQ(gFmodCalls, 1);
}

TEST_F(HeapJitTest, StubsLoadTheirTargetFromTheStationLocalRuntimeTable) {
  // The slot a stub reads is fixed by the station-local layout, not by this process.
  EXPECT_EQ(runtimeTableSlot(RuntimeEntry::kMemset),
            reinterpret_cast<uintptr_t>(&heap::stationLocal()->runtimeTable[static_cast<uint32_t>(RuntimeEntry::kMemset)]));
  EXPECT_TRUE(isRuntimeStub("fmodf"));
  EXPECT_FALSE(isRuntimeStub("printf"));
}

TEST_F(HeapJitTest, WritableGlobalsLandInReadWritePages) {
  llvm::IRBuilder<> builder(context());
  auto module = newModule("counter");
  auto* counter = new llvm::GlobalVariable(*module, builder.getInt64Ty(), false, llvm::GlobalValue::ExternalLinkage,
                                           builder.getInt64(40), "counter");
  auto* table = new llvm::GlobalVariable(
      *module, llvm::ArrayType::get(builder.getInt32Ty(), 4), true, llvm::GlobalValue::ExternalLinkage,
      llvm::ConstantDataArray::get(context(), llvm::ArrayRef<uint32_t>{3, 1, 4, 1}), "digits");
  auto* type = llvm::FunctionType::get(builder.getInt64Ty(), {}, false);
  define(*module, "bump", type, builder);
  llvm::Value* next = builder.CreateAdd(builder.CreateLoad(builder.getInt64Ty(), counter), builder.getInt64(1));
  builder.CreateStore(next, counter);
  builder.CreateRet(next);
  LinkedModule linked = link(std::move(module));
  (void)table;

  EXPECT_EQ(pageKind(linked.symbols["counter"]), heap::AllocatorKind::kReadWrite);
  EXPECT_EQ(pageKind(linked.symbols["digits"]), heap::AllocatorKind::kReadOnly);
  EXPECT_EQ(pageKind(linked.symbols["bump"]), heap::AllocatorKind::kReadOnly);
  auto* bump = reinterpret_cast<int64_t (*)()>(linked.symbols["bump"]);
  EXPECT_EQ(bump(), 41);
  EXPECT_EQ(bump(), 42);
  EXPECT_EQ(*reinterpret_cast<int64_t*>(linked.symbols["counter"]), 42);
  EXPECT_EQ(reinterpret_cast<uint32_t*>(linked.symbols["digits"])[2], 4u);
}

TEST_F(HeapJitTest, UndefinedSymbolIsRefusedByName) {
  llvm::IRBuilder<> builder(context());
  auto module = newModule("Caller");
  auto* type = llvm::FunctionType::get(builder.getInt32Ty(), {}, false);
  auto* foo = llvm::Function::Create(type, llvm::GlobalValue::ExternalLinkage, "foo", *module);
  define(*module, "callsFoo", type, builder);
  builder.CreateRet(builder.CreateCall(foo));
  EXPECT_EQ(refusal(std::move(module)),
            "undefined symbol 'foo' in module Caller: compiled code may only reach the runtime through the runtime table");

  // The refused module left nothing behind: its names are free for a module that links.
  auto retry = newModule("Retry");
  define(*retry, "callsFoo", type, builder);
  builder.CreateRet(builder.getInt32(3));
  LinkedModule relinked = link(std::move(retry));
  EXPECT_EQ(reinterpret_cast<int32_t (*)()>(relinked.symbols["callsFoo"])(), 3);
}

TEST_F(HeapJitTest, LibraryCallsWithoutARuntimeEntryAreRefused) {
  llvm::IRBuilder<> builder(context());
  auto module = newModule("Printer");
  auto* printfType = llvm::FunctionType::get(builder.getInt32Ty(), {builder.getPtrTy()}, true);
  auto* printfFunction = llvm::Function::Create(printfType, llvm::GlobalValue::ExternalLinkage, "printf", *module);
  auto* type = llvm::FunctionType::get(builder.getInt32Ty(), {}, false);
  define(*module, "print", type, builder);
  builder.CreateRet(builder.CreateCall(printfFunction, {builder.CreateGlobalStringPtr("hi\n")}));
  std::string error = refusal(std::move(module), OptLevel::kOptimize);
  EXPECT_NE(error.find("undefined symbol 'p"), std::string::npos) << error;  // printf or what O2 made of it
}

TEST_F(HeapJitTest, SecondDefinitionOfASymbolIsRefused) {
  link(answerModule("one", "answer", context()));
  EXPECT_EQ(refusal(answerModule("two", "answer", context())),
            "symbol 'answer' of module two is already defined by an earlier module");
}

TEST_F(HeapJitTest, WeakDefinitionsSeenBeforeResolveToTheFirst) {
  LinkedModule first;
  LinkedModule second;
  for (LinkedModule* linked : {&first, &second}) {
    llvm::IRBuilder<> builder(context());
    auto module = newModule(linked == &first ? "WeakOne" : "WeakTwo");
    llvm::Function* helper = define(*module, "helper", llvm::FunctionType::get(builder.getInt32Ty(), {}, false), builder);
    helper->setLinkage(llvm::GlobalValue::LinkOnceODRLinkage);
    builder.CreateRet(builder.getInt32(linked == &first ? 1 : 2));
    const char* user = linked == &first ? "userOne" : "userTwo";
    define(*module, user, llvm::FunctionType::get(builder.getInt32Ty(), {}, false), builder);
    builder.CreateRet(builder.CreateCall(helper));
    *linked = link(std::move(module));
  }
  EXPECT_EQ(second.symbols["helper"], first.symbols["helper"]);
  EXPECT_EQ(reinterpret_cast<int32_t (*)()>(second.symbols["userTwo"])(), 1);
}

TEST_F(HeapJitTest, InvalidIrIsRefusedWithTheVerifiersWords) {
  llvm::IRBuilder<> builder(context());
  auto module = newModule("Broken");
  define(*module, "noReturn", llvm::FunctionType::get(builder.getInt32Ty(), {}, false), builder);
  builder.getInt32(1);  // the block has no terminator
  std::string error = refusal(std::move(module));
  EXPECT_NE(error.find("module Broken is not valid LLVM IR"), std::string::npos) << error;
}

TEST_F(HeapJitTest, ModuleLargerThanTheHeapIsAnErrorAndLeavesTheJitUsable) {
  llvm::IRBuilder<> builder(context());
  auto module = newModule("Huge");
  auto* hugeType = llvm::ArrayType::get(builder.getInt8Ty(), size_t{100} << 20);  // the heap has 64 MiB
  auto* huge = new llvm::GlobalVariable(*module, hugeType, false, llvm::GlobalValue::ExternalLinkage,
                                        llvm::ConstantAggregateZero::get(hugeType), "huge");
  define(*module, "firstByte", llvm::FunctionType::get(builder.getInt8Ty(), {}, false), builder);
  builder.CreateRet(builder.CreateLoad(builder.getInt8Ty(), huge));
  std::string error = refusal(std::move(module));
  EXPECT_EQ(error, "cannot link module Huge: the heap is full: no room for the 104857600 bytes of writable data");

  auto tooLarge = newModule("TooLarge");
  auto* tooLargeType = llvm::ArrayType::get(builder.getInt8Ty(), size_t{200} << 20);
  new llvm::GlobalVariable(*tooLarge, tooLargeType, false, llvm::GlobalValue::ExternalLinkage,
                           llvm::ConstantAggregateZero::get(tooLargeType), "tooLarge");
  error = refusal(std::move(tooLarge));
  EXPECT_EQ(error,
            "cannot link module TooLarge: the 209715200 bytes of writable data exceed the heap's largest object "
            "(128 MiB): split the module");

  LinkedModule linked = link(answerModule("afterHuge", "firstByte", context()));
  EXPECT_EQ(reinterpret_cast<int32_t (*)(int32_t)>(linked.symbols["firstByte"])(0), 4);
}

TEST_F(HeapJitTest, CodeKindMustBeReadOnly) {
  EXPECT_EQ(refusal(answerModule("rw", "rwAnswer", context()), OptLevel::kQuick, heap::AllocatorKind::kReadWrite),
            "compiled code goes to the RO or SysRO allocator only");
}

TEST_F(HeapJitTest, QuickCompilationOfAOneLineMethodIsFast) {
  std::vector<double> times;
  for (int i = 0; i < 21; ++i) {
    std::string symbol = "line" + std::to_string(i);
    auto module = answerModule(symbol.c_str(), symbol.c_str(), context());
    auto start = std::chrono::steady_clock::now();
    LinkedModule linked = link(std::move(module), OptLevel::kQuick);
    times.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    EXPECT_EQ(reinterpret_cast<int32_t (*)(int32_t)>(linked.symbols[symbol])(1), 10);
  }
  double first = times.front();
  std::sort(times.begin(), times.end());
  std::printf("kQuick one-line method: first %.2f ms, median %.2f ms, worst %.2f ms\n", first, times[times.size() / 2],
              times.back());
  EXPECT_LT(times[times.size() / 2], 200.0);  // a sanity bound only: the machine is shared
}

}  // namespace
}  // namespace plurix::compiler::jit::testing

namespace plurix::compiler::jit::testing {
namespace {

// The large code model at work: code in a low RO page reaches a writable global placed more than
// 2 GiB above it, which no 32-bit displacement could (the heap may span 32 GiB).
TEST(HeapJitFarDataTest, CodeReachesDataMoreThanTwoGibibytesAway) {
  heap::HeapConfig config;
  config.size = size_t{8} << 30;
  auto created = heap::Heap::create(config);
  ASSERT_TRUE(created.isOk()) << created.status().message();
  heap::Heap heap = std::move(created.value());
  std::string error;
  std::unique_ptr<HeapJit> jit = HeapJit::create(heap, &error);
  ASSERT_NE(jit, nullptr) << error;
  llvm::LLVMContext& context = jit->context();
  LinkedModule linked;
  auto warmUp = answerModule("WarmUp", "warmUp", context);  // gives the RO allocator its low block
  ASSERT_TRUE(jit->addModule(std::move(warmUp), OptLevel::kQuick, heap::AllocatorKind::kReadOnly, {}, &linked, &error));

  // 3 GiB of untouched filler pushes the next large object far up.
  for (int i = 0; i < 25; ++i) {
    ASSERT_NE(heap.allocateBytes(size_t{120} << 20, heap::AllocatorKind::kReadWrite), nullptr);
  }
  auto module = std::make_unique<llvm::Module>("Far", context);
  llvm::IRBuilder<> builder(context);
  auto* farType = llvm::ArrayType::get(builder.getInt64Ty(), 8192);  // 64 KiB: a large object of its own
  auto* far = new llvm::GlobalVariable(*module, farType, false, llvm::GlobalValue::ExternalLinkage,
                                       llvm::ConstantAggregateZero::get(farType), "far");
  auto* type = llvm::FunctionType::get(builder.getInt64Ty(), {builder.getInt64Ty()}, false);
  auto* function = llvm::Function::Create(type, llvm::GlobalValue::ExternalLinkage, "storeFar", *module);
  builder.SetInsertPoint(llvm::BasicBlock::Create(context, "entry", function));
  llvm::Value* slot = builder.CreateConstInBoundsGEP2_64(farType, far, 0, 100);
  builder.CreateStore(function->getArg(0), slot);
  builder.CreateRet(builder.CreateAdd(builder.CreateLoad(builder.getInt64Ty(), slot), builder.getInt64(1)));
  ASSERT_TRUE(jit->addModule(std::move(module), OptLevel::kOptimize, heap::AllocatorKind::kReadOnly, {}, &linked, &error))
      << error;

  uintptr_t code = linked.symbols["storeFar"];
  uintptr_t data = linked.symbols["far"];
  EXPECT_GT(data - code, uintptr_t{2} << 30);
  EXPECT_EQ(reinterpret_cast<int64_t (*)(int64_t)>(code)(41), 42);
  EXPECT_EQ(reinterpret_cast<int64_t*>(data)[100], 41);
}

}  // namespace
}  // namespace plurix::compiler::jit::testing
