// Code maps: each linked module with named functions leaves a map in the heap whose lines come
// from the module's debug line table, at the addresses the code really has.
#include <cstring>

#include "heap/name_service.h"
#include "jit_fixture.h"
#include "llvm/BinaryFormat/Dwarf.h"
#include "llvm/IR/DIBuilder.h"
#include "runtime/object/code_map.h"

namespace plurix::compiler::jit::testing {
namespace {

using runtime::CodeMap;

const CodeMap* headMap(heap::Heap& heap) {
  heap::ObjectHeader* object =
      heap::NameService::roots(heap).lookup(runtime::kCodeMapRootName, std::strlen(runtime::kCodeMapRootName));
  return object == nullptr ? nullptr : reinterpret_cast<const CodeMap*>(object + 1);
}

// i32 symbol(i32 x) declared at line 9 of Main.java, with one statement each on lines 10-13:
//   a = x * 3; b = a + x; c = b / 7; return c;
std::unique_ptr<llvm::Module> moduleWithLines(llvm::LLVMContext& context, const llvm::DataLayout& layout,
                                              const std::string& triple, const char* symbol, const char* method) {
  auto module = std::make_unique<llvm::Module>(symbol, context);
  module->setDataLayout(layout);
  module->setTargetTriple(triple);
  module->addModuleFlag(llvm::Module::Warning, "Debug Info Version", llvm::DEBUG_METADATA_VERSION);
  module->addModuleFlag(llvm::Module::Warning, "Dwarf Version", 4);
  llvm::DIBuilder debug(*module);
  llvm::DIFile* file = debug.createFile("Main.java", "");
  debug.createCompileUnit(llvm::dwarf::DW_LANG_Java, file, "plurix", false, "", 0, "",
                          llvm::DICompileUnit::LineTablesOnly);
  llvm::DISubroutineType* debugType = debug.createSubroutineType(debug.getOrCreateTypeArray({}));
  llvm::DISubprogram* program = debug.createFunction(file, method, symbol, file, 9, debugType, 9,
                                                     llvm::DINode::FlagZero, llvm::DISubprogram::SPFlagDefinition);

  llvm::IRBuilder<> builder(context);
  auto* type = llvm::FunctionType::get(builder.getInt32Ty(), {builder.getInt32Ty()}, false);
  auto* function = llvm::Function::Create(type, llvm::GlobalValue::ExternalLinkage, symbol, *module);
  function->setSubprogram(program);
  builder.SetInsertPoint(llvm::BasicBlock::Create(context, "entry", function));
  builder.SetCurrentDebugLocation(llvm::DILocation::get(context, 10, 5, program));
  llvm::Value* a = builder.CreateMul(function->getArg(0), builder.getInt32(3));
  builder.SetCurrentDebugLocation(llvm::DILocation::get(context, 11, 5, program));
  llvm::Value* b = builder.CreateAdd(a, function->getArg(0));
  builder.SetCurrentDebugLocation(llvm::DILocation::get(context, 12, 5, program));
  llvm::Value* c = builder.CreateSDiv(b, builder.getInt32(7));
  builder.SetCurrentDebugLocation(llvm::DILocation::get(context, 13, 5, program));
  builder.CreateRet(c);
  debug.finalize();
  return module;
}

TEST_F(HeapJitTest, CodeMapNamesTheFunctionAndItsLinesAtLinkedAddresses) {
  auto module = moduleWithLines(context(), jit().dataLayout(), jit().targetTriple(), "Main_work", "work");
  LinkedModule linked = link(std::move(module), OptLevel::kQuick, {{"Main_work", "Main.work", "Main.java"}});
  uintptr_t start = linked.symbols["Main_work"];
  EXPECT_EQ(reinterpret_cast<int32_t (*)(int32_t)>(start)(7), 4);

  const CodeMap* map = headMap(heap());
  ASSERT_NE(map, nullptr);
  EXPECT_EQ(map->next, nullptr);
  EXPECT_EQ(pageKind(reinterpret_cast<uintptr_t>(map)), heap::AllocatorKind::kReadOnly);
  ASSERT_EQ(map->functionCount, 1u);
  const runtime::CodeMapFunction& function = map->functions()[0];
  EXPECT_EQ(function.codeStart, start);
  EXPECT_GT(function.codeSize, 0u);
  EXPECT_EQ(map->codeStart, start);
  EXPECT_EQ(map->codeEnd, start + function.codeSize);
  EXPECT_STREQ(map->strings() + function.nameOffset, "Main.work");
  EXPECT_STREQ(map->strings() + function.fileOffset, "Main.java");

  // Rows ascend in address inside the function; the statements' lines appear in order.
  ASSERT_GE(function.lineCount, 4u);
  const runtime::CodeMapLine* lines = map->lines() + function.firstLine;
  EXPECT_EQ(lines[0].address, start);
  std::vector<uint32_t> seen;
  for (uint32_t i = 0; i < function.lineCount; ++i) {
    EXPECT_GE(lines[i].address, start);
    EXPECT_LT(lines[i].address, start + function.codeSize);
    if (i > 0) {
      EXPECT_GT(lines[i].address, lines[i - 1].address);
    }
    if (lines[i].line >= 10) seen.push_back(lines[i].line);
  }
  EXPECT_EQ(seen, (std::vector<uint32_t>{10, 11, 12, 13}));
}

TEST_F(HeapJitTest, EachModulesMapBecomesTheNewHeadOfTheList) {
  link(moduleWithLines(context(), jit().dataLayout(), jit().targetTriple(), "First_run", "run"), OptLevel::kOptimize,
       {{"First_run", "First.run", "First.java"}});
  const CodeMap* first = headMap(heap());
  ASSERT_NE(first, nullptr);
  // A module without named functions leaves no map.
  link(moduleWithLines(context(), jit().dataLayout(), jit().targetTriple(), "Unnamed_run", "run"));
  EXPECT_EQ(headMap(heap()), first);

  LinkedModule second = link(moduleWithLines(context(), jit().dataLayout(), jit().targetTriple(), "Second_run", "run"),
                             OptLevel::kOptimize, {{"Second_run", "Second.run", "Second.java"}});
  const CodeMap* head = headMap(heap());
  ASSERT_NE(head, first);
  EXPECT_EQ(head->next, first);
  EXPECT_EQ(head->functions()[0].codeStart, second.symbols["Second_run"]);
  EXPECT_STREQ(head->strings() + head->functions()[0].nameOffset, "Second.run");
  // Optimised code keeps a line for every instruction that survived: here the whole function
  // folds into one expression, and its lines still lie within the function.
  EXPECT_GE(head->functions()[0].lineCount, 1u);
}

}  // namespace
}  // namespace plurix::compiler::jit::testing
