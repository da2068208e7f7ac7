// Invariant 2 for the JIT alone: a function linked into the heap in this process, calling
// memset through its runtime-table stub, runs in a second process (jit_image_runner, no LLVM)
// that maps the saved heap image at the same address but has its C++ code, and so its memset,
// wherever its own ASLR put them.
#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <string>

#include "heap/heap_image.h"
#include "heap/name_service.h"
#include "jit_fixture.h"
#include "runtime/entry/runtime_entry.h"

namespace plurix::compiler::jit::testing {
namespace {

constexpr const char* kEntryRoot = "jit.test.fillAndSum";

// i64 fillAndSum(i64 n): memset(buffer, 7, n) with buffer a writable global of 64 bytes, then
// the buffer's first word plus n.
std::unique_ptr<llvm::Module> fillModule(llvm::LLVMContext& context, const HeapJit& jit) {
  auto module = std::make_unique<llvm::Module>("Fill", context);
  module->setDataLayout(jit.dataLayout());
  module->setTargetTriple(jit.targetTriple());
  llvm::IRBuilder<> builder(context);
  auto* bufferType = llvm::ArrayType::get(builder.getInt8Ty(), 64);
  auto* buffer = new llvm::GlobalVariable(*module, bufferType, false, llvm::GlobalValue::InternalLinkage,
                                          llvm::ConstantAggregateZero::get(bufferType), "buffer");
  auto* type = llvm::FunctionType::get(builder.getInt64Ty(), {builder.getInt64Ty()}, false);
  auto* function = llvm::Function::Create(type, llvm::GlobalValue::ExternalLinkage, "fillAndSum", *module);
  builder.SetInsertPoint(llvm::BasicBlock::Create(context, "entry", function));
  builder.CreateMemSet(buffer, builder.getInt8(7), function->getArg(0), llvm::MaybeAlign(8));
  llvm::Value* word = builder.CreateLoad(builder.getInt64Ty(), buffer);
  builder.CreateRet(builder.CreateAdd(word, function->getArg(0)));
  return module;
}

std::string runSecondProcess(const std::string& image, int64_t argument) {
  std::string command =
      std::string(PLURIX_JIT_IMAGE_RUNNER) + " " + image + " " + kEntryRoot + " " + std::to_string(argument) + " 2>&1";
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return "cannot start " + command;
  std::string output;
  char chunk[256];
  while (std::fgets(chunk, sizeof chunk, pipe) != nullptr) output += chunk;
  int status = pclose(pipe);
  if (status != 0) output += " (exit status " + std::to_string(status) + ")";
  return output;
}

TEST_F(HeapJitTest, CodeLinkedHereRunsFromTheHeapImageInAnotherProcess) {
  LinkedModule linked = link(fillModule(context(), jit()), OptLevel::kOptimize);
  uintptr_t address = linked.symbols["fillAndSum"];
  ASSERT_NE(address, 0u);

  // Here, memset is this process's own.
  heap::stationLocal()->runtimeTable[static_cast<uint32_t>(runtime::RuntimeEntry::kMemset)] =
      reinterpret_cast<void*>(&std::memset);
  constexpr int64_t kSevens = 0x0707070707070707;
  EXPECT_EQ(reinterpret_cast<int64_t (*)(int64_t)>(address)(16), kSevens + 16);

  heap::ObjectHeader* entry = heap().allocateBytes(sizeof(uintptr_t), heap::AllocatorKind::kReadOnly);
  ASSERT_NE(entry, nullptr);
  heap::Heap::pin(entry);
  std::memcpy(entry + 1, &address, sizeof address);
  ASSERT_TRUE(heap::NameService::roots(heap()).bind(kEntryRoot, std::strlen(kEntryRoot), entry).isOk());

  std::string image = ::testing::TempDir() + "/plurix_jit_image_" + std::to_string(getpid());
  platform::Status saved = heap::saveHeapImage(heap(), image.c_str());
  ASSERT_TRUE(saved.isOk()) << saved.message();
  std::string output = runSecondProcess(image, 40);
  std::remove(image.c_str());
  // The result, and exactly one memset: the other process's, reached through the table.
  EXPECT_EQ(output, std::to_string(kSevens + 40) + " 1\n");
}

}  // namespace
}  // namespace plurix::compiler::jit::testing
