// The JIT into the heap (heap_jit.h): LLVM 16's new pass manager for optimisation, a target
// machine per level for code generation, ORC's ObjectLinkingLayer (JITLink) with the heap
// memory manager for linking.
//
// Choices, and why:
// - Large code model, static relocation: the heap spans up to 32 GiB and RO and RW objects of
//   one module may lie anywhere in it, so no reference may assume ±2 GiB. Every address is then a
//   64-bit absolute (R_X86_64_64) that JITLink resolves in place: no GOT, no PLT. Should JITLink
//   still synthesise one, its sections go through the same memory manager and the link recorder
//   refuses any block outside the heap.
// - Generic x86-64 CPU: code runs on any x86-64 station, QEMU included.
// - We compile to an object ourselves instead of using IRCompileLayer, so the object's symbol
//   table and line table can be read before the link (undefined-symbol policy, code maps).
// - Libcalls: the optimiser may only introduce the library functions the runtime table has
//   (TargetLibraryInfo is narrowed to them), and a module's undefined symbols must be earlier
//   modules' definitions or runtime stubs, checked before linking so the error names the symbol.
// - No EH frame registration: compiled code throws through pendingException, not C++ unwinding.
#include "compiler/jit/heap_jit.h"

#include <chrono>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_set>

#include "compiler/jit/code_map_writer.h"
#include "compiler/jit/heap_memory_manager.h"
#include "compiler/jit/link_recorder.h"
#include "compiler/jit/runtime_stubs.h"
#include "llvm/Analysis/TargetLibraryInfo.h"
#include "llvm/ExecutionEngine/Orc/CompileUtils.h"
#include "llvm/ExecutionEngine/Orc/Core.h"
#include "llvm/ExecutionEngine/Orc/ExecutorProcessControl.h"
#include "llvm/ExecutionEngine/Orc/ObjectLinkingLayer.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/Verifier.h"
#include "llvm/MC/TargetRegistry.h"
#include "llvm/Object/ELFObjectFile.h"
#include "llvm/Object/ObjectFile.h"
#include "llvm/Passes/PassBuilder.h"
#include "llvm/Support/Host.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/Target/TargetMachine.h"

namespace plurix::compiler::jit {
namespace {

constexpr const char* kCpu = "x86-64";
// JITLink defines this one itself when a graph refers to it.
constexpr const char* kLinkerDefinedSymbol = "_GLOBAL_OFFSET_TABLE_";
// The inliner's budget at the optimising level, above O2's 225: Java code calls small methods
// where C++ would use values, and a call that a type test made direct (a closed world's
// Shape.intersect on a Sphere) pays off only once inlined into its loop. At 350 the ray tracer's
// intersections are inlined (docs/BENCHMARKS.md); its program compiles in about 90 ms more.
constexpr int kInlinerThreshold = 350;

double millisecondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

std::string describe(llvm::Error error) { return llvm::toString(std::move(error)); }

std::unique_ptr<llvm::TargetMachine> makeTargetMachine(const llvm::Triple& triple, llvm::CodeGenOpt::Level level,
                                                       std::string* error) {
  std::string lookupError;
  const llvm::Target* target = llvm::TargetRegistry::lookupTarget(triple.str(), lookupError);
  if (target == nullptr) {
    *error = "no LLVM target for " + triple.str() + ": " + lookupError;
    return nullptr;
  }
  llvm::TargetOptions options;
  std::unique_ptr<llvm::TargetMachine> machine(target->createTargetMachine(
      triple.str(), kCpu, "", options, llvm::Reloc::Static, llvm::CodeModel::Large, level, /*JIT=*/true));
  if (machine == nullptr) *error = "LLVM cannot make a target machine for " + triple.str();
  return machine;
}

// The library functions the optimiser may introduce calls to: exactly those with a stub.
llvm::TargetLibraryInfoImpl runtimeLibraryInfo(const llvm::Triple& triple) {
  llvm::TargetLibraryInfoImpl info(triple);
  info.disableAllFunctions();
  for (llvm::LibFunc function : {llvm::LibFunc_memcpy, llvm::LibFunc_memmove, llvm::LibFunc_memset,
                                 llvm::LibFunc_fmod, llvm::LibFunc_fmodf}) {
    info.setAvailable(function);
  }
  return info;
}

class HeapJitImpl final : public HeapJit {
 public:
  explicit HeapJitImpl(heap::Heap& heap) : heap_(heap), context_(std::make_unique<llvm::LLVMContext>()) {}
  ~HeapJitImpl() override;

  bool initialise(std::string* error);

  llvm::LLVMContext& context() override { return *context_; }
  const llvm::DataLayout& dataLayout() const override { return *layout_; }
  std::string targetTriple() const override { return triple_.str(); }

  bool addModule(std::unique_ptr<llvm::Module> module, OptLevel level, heap::AllocatorKind codeKind,
                 const std::vector<FunctionName>& names, LinkedModule* out, std::string* error) override;

  bool defineExisting(const std::unordered_map<std::string, uintptr_t>& symbols, std::string* error) override;
  void setExecutionByTracker(bool byTracker) override { memory_->setExecutionByTracker(byTracker); }

  void setPipelineExtension(std::function<void(llvm::PassBuilder&)> extension) override {
    extension_ = std::move(extension);
  }
  void setModuleSink(std::function<void(const llvm::Module&)> sink) override { sink_ = std::move(sink); }

 private:
  bool prepare(llvm::Module& module, std::string* error);
  void optimize(llvm::Module& module);
  bool compileAndLink(llvm::Module& module, llvm::TargetMachine& machine, heap::AllocatorKind codeKind,
                      const std::vector<FunctionName>& names, LinkedModule* out, std::string* error);
  static std::unordered_set<std::string> readOnlySections(const llvm::object::ObjectFile& object);
  bool checkSymbols(const llvm::object::ObjectFile& object, const std::string& moduleName,
                    std::vector<std::string>* defines, std::string* error) const;
  bool link(std::unique_ptr<llvm::MemoryBuffer> object, const std::string& moduleName, heap::AllocatorKind codeKind,
            const std::vector<FunctionName>& names, LinkedModule* out, std::string* error);

  heap::Heap& heap_;
  std::unique_ptr<llvm::LLVMContext> context_;
  llvm::Triple triple_;
  std::unique_ptr<llvm::TargetMachine> quickMachine_;
  std::unique_ptr<llvm::TargetMachine> optimizingMachine_;
  std::function<void(llvm::PassBuilder&)> extension_;
  std::function<void(const llvm::Module&)> sink_;
  std::optional<llvm::DataLayout> layout_;
  std::unique_ptr<llvm::orc::ExecutionSession> session_;
  std::unique_ptr<llvm::orc::ObjectLinkingLayer> linker_;  // destroyed before the session
  HeapMemoryManager* memory_ = nullptr;                    // owned by linker_
  LinkRecorder* recorder_ = nullptr;                       // owned by linker_
  llvm::orc::JITDylib* dylib_ = nullptr;
  std::unordered_set<std::string> defined_;  // every symbol linked so far, stubs included
  std::string sessionErrors_;                // what the session reported during the current link
};

HeapJitImpl::~HeapJitImpl() {
  if (session_ == nullptr) return;
  memory_->keepMemoryOnDeallocate();  // the code stays in the heap for whoever runs it
  if (llvm::Error error = session_->endSession()) llvm::consumeError(std::move(error));
}

bool HeapJitImpl::initialise(std::string* error) {
  static std::once_flag targetsReady;
  std::call_once(targetsReady, [] {
    llvm::InitializeNativeTarget();
    llvm::InitializeNativeTargetAsmPrinter();
    llvm::InitializeNativeTargetAsmParser();  // safepoint polls are inline assembly
  });
  triple_ = llvm::Triple(llvm::sys::getProcessTriple());
  if (triple_.getArch() != llvm::Triple::x86_64 || !triple_.isOSBinFormatELF()) {
    *error = "the heap JIT targets x86-64 ELF only, not " + triple_.str();
    return false;
  }
  quickMachine_ = makeTargetMachine(triple_, llvm::CodeGenOpt::None, error);
  if (quickMachine_ == nullptr) return false;
  optimizingMachine_ = makeTargetMachine(triple_, llvm::CodeGenOpt::Default, error);
  if (optimizingMachine_ == nullptr) return false;
  layout_.emplace(optimizingMachine_->createDataLayout());

  auto control = llvm::orc::SelfExecutorProcessControl::Create();
  if (!control) {
    *error = "cannot start the JIT session: " + describe(control.takeError());
    return false;
  }
  session_ = std::make_unique<llvm::orc::ExecutionSession>(std::move(*control));
  // The session's default reporter prints to standard error; ours keeps the words for the
  // error addModule returns.
  session_->setErrorReporter([this](llvm::Error error) {
    if (!sessionErrors_.empty()) sessionErrors_ += "; ";
    sessionErrors_ += describe(std::move(error));
  });
  auto memory = std::make_unique<HeapMemoryManager>(heap_);
  memory_ = memory.get();
  linker_ = std::make_unique<llvm::orc::ObjectLinkingLayer>(*session_, std::move(memory));
  auto recorder = std::make_unique<LinkRecorder>(heap_.base(), heap_.size());
  recorder_ = recorder.get();
  linker_->addPlugin(std::move(recorder));
  dylib_ = &session_->createBareJITDylib("plurix");

  std::unique_ptr<llvm::Module> stubs = buildRuntimeStubModule(*context_, *layout_, triple_.str());
  LinkedModule linked;
  if (!compileAndLink(*stubs, *optimizingMachine_, heap::AllocatorKind::kSystemReadOnly, {}, &linked, error)) {
    *error = "cannot link the runtime stubs: " + *error;
    return false;
  }
  return true;
}

bool HeapJitImpl::defineExisting(const std::unordered_map<std::string, uintptr_t>& symbols, std::string* error) {
  llvm::orc::SymbolMap absolute;
  for (const auto& [name, address] : symbols) {
    if (defined_.count(name) != 0) continue;
    absolute[session_->intern(name)] = llvm::JITEvaluatedSymbol(address, llvm::JITSymbolFlags::Exported);
  }
  if (absolute.empty()) return true;
  if (llvm::Error failed = dylib_->define(llvm::orc::absoluteSymbols(std::move(absolute)))) {
    *error = "cannot define the code already in the heap: " + describe(std::move(failed));
    return false;
  }
  for (const auto& [name, address] : symbols) defined_.insert(name);
  return true;
}

bool HeapJitImpl::addModule(std::unique_ptr<llvm::Module> module, OptLevel level, heap::AllocatorKind codeKind,
                            const std::vector<FunctionName>& names, LinkedModule* out, std::string* error) {
  *out = LinkedModule{};
  if (codeKind != heap::AllocatorKind::kReadOnly && codeKind != heap::AllocatorKind::kSystemReadOnly) {
    *error = "compiled code goes to the RO or SysRO allocator only";
    return false;
  }
  if (!prepare(*module, error)) return false;
  if (level == OptLevel::kOptimize) {
    auto start = std::chrono::steady_clock::now();
    optimize(*module);
    out->optimizeMs = millisecondsSince(start);
  }
  if (sink_) sink_(*module);
  llvm::TargetMachine& machine = level == OptLevel::kOptimize ? *optimizingMachine_ : *quickMachine_;
  return compileAndLink(*module, machine, codeKind, names, out, error);
}

// Checks that the module is ours and well formed, and keeps a frame pointer in every function:
// stack traces and the collector's stack scan walk the rbp chain.
bool HeapJitImpl::prepare(llvm::Module& module, std::string* error) {
  if (&module.getContext() != context_.get()) {
    *error = "module " + module.getModuleIdentifier() + " was built in another LLVMContext than the JIT's";
    return false;
  }
  if (module.getDataLayout().isDefault()) module.setDataLayout(*layout_);
  if (module.getTargetTriple().empty()) module.setTargetTriple(triple_.str());
  if (module.getDataLayout() != *layout_ || llvm::Triple(module.getTargetTriple()) != triple_) {
    *error = "module " + module.getModuleIdentifier() + " was built for another data layout or target than " +
             triple_.str();
    return false;
  }
  std::string problems;
  llvm::raw_string_ostream stream(problems);
  if (llvm::verifyModule(module, &stream)) {
    *error = "module " + module.getModuleIdentifier() + " is not valid LLVM IR: " + stream.str();
    return false;
  }
  for (llvm::Function& function : module) {
    if (!function.isDeclaration()) function.addFnAttr("frame-pointer", "all");
  }
  return true;
}

void HeapJitImpl::optimize(llvm::Module& module) {
  llvm::LoopAnalysisManager loops;
  llvm::FunctionAnalysisManager functions;
  llvm::CGSCCAnalysisManager sccs;
  llvm::ModuleAnalysisManager modules;
  llvm::PipelineTuningOptions tuning;
  tuning.InlinerThreshold = kInlinerThreshold;
  llvm::PassBuilder builder(optimizingMachine_.get(), tuning);
  if (extension_) extension_(builder);
  llvm::TargetLibraryInfoImpl library = runtimeLibraryInfo(triple_);
  functions.registerPass([&] { return llvm::TargetLibraryAnalysis(library); });
  builder.registerModuleAnalyses(modules);
  builder.registerCGSCCAnalyses(sccs);
  builder.registerFunctionAnalyses(functions);
  builder.registerLoopAnalyses(loops);
  builder.crossRegisterProxies(loops, functions, sccs, modules);
  llvm::ModulePassManager pipeline = builder.buildPerModuleDefaultPipeline(llvm::OptimizationLevel::O2);
  pipeline.run(module, modules);
}

bool HeapJitImpl::compileAndLink(llvm::Module& module, llvm::TargetMachine& machine, heap::AllocatorKind codeKind,
                                 const std::vector<FunctionName>& names, LinkedModule* out, std::string* error) {
  auto start = std::chrono::steady_clock::now();
  llvm::orc::SimpleCompiler compiler(machine);
  auto object = compiler(module);
  if (!object) {
    *error = "cannot generate code for module " + module.getModuleIdentifier() + ": " + describe(object.takeError());
    return false;
  }
  bool linked = link(std::move(*object), module.getModuleIdentifier(), codeKind, names, out, error);
  out->codegenMs = millisecondsSince(start);
  return linked;
}

bool HeapJitImpl::checkSymbols(const llvm::object::ObjectFile& object, const std::string& moduleName,
                               std::vector<std::string>* defines, std::string* error) const {
  for (const llvm::object::SymbolRef& symbol : object.symbols()) {
    llvm::Expected<uint32_t> flags = symbol.getFlags();
    llvm::Expected<llvm::StringRef> name = symbol.getName();
    if (!flags || !name) {
      if (!flags) llvm::consumeError(flags.takeError());
      if (!name) llvm::consumeError(name.takeError());
      *error = "module " + moduleName + " has an unreadable symbol table";
      return false;
    }
    if (name->empty() || (*flags & llvm::object::SymbolRef::SF_FormatSpecific) != 0) continue;
    std::string text = name->str();
    if ((*flags & llvm::object::SymbolRef::SF_Undefined) != 0) {
      if (defined_.count(text) != 0 || text == kLinkerDefinedSymbol) continue;
      *error = "undefined symbol '" + text + "' in module " + moduleName +
               ": compiled code may only reach the runtime through the runtime table";
      return false;
    }
    if ((*flags & llvm::object::SymbolRef::SF_Global) == 0) continue;
    // A weak definition seen before (linkonce_odr helpers every module carries) resolves to
    // the first one: ORC drops the new copy, and the lookup returns the earlier address.
    bool weak = (*flags & llvm::object::SymbolRef::SF_Weak) != 0;
    if (defined_.count(text) != 0 && !weak) {
      *error = "symbol '" + text + "' of module " + moduleName + " is already defined by an earlier module";
      return false;
    }
    defines->push_back(std::move(text));
  }
  return true;
}

std::unordered_set<std::string> HeapJitImpl::readOnlySections(const llvm::object::ObjectFile& object) {
  std::unordered_set<std::string> names;
  for (const llvm::object::ELFSectionRef section : object.sections()) {
    uint64_t flags = section.getFlags();
    if ((flags & llvm::ELF::SHF_ALLOC) == 0 || (flags & (llvm::ELF::SHF_WRITE | llvm::ELF::SHF_EXECINSTR)) != 0) continue;
    llvm::Expected<llvm::StringRef> name = section.getName();
    if (!name) {
      llvm::consumeError(name.takeError());
      continue;
    }
    names.insert(name->str());
  }
  return names;
}

bool HeapJitImpl::link(std::unique_ptr<llvm::MemoryBuffer> object, const std::string& moduleName,
                       heap::AllocatorKind codeKind, const std::vector<FunctionName>& names, LinkedModule* out,
                       std::string* error) {
  std::vector<std::string> defines;
  ObjectLines lines;
  std::unordered_set<std::string> constants;
  {
    auto file = llvm::object::ObjectFile::createObjectFile(object->getMemBufferRef());
    if (!file) {
      *error = "module " + moduleName + " compiled to an unreadable object: " + describe(file.takeError());
      return false;
    }
    if (!checkSymbols(**file, moduleName, &defines, error)) return false;
    lines = readObjectLines(**file, names);
    constants = readOnlySections(**file);
  }
  if (defines.empty()) return true;  // nothing anyone could call

  memory_->setCodeKind(codeKind);
  llvm::orc::ResourceTrackerSP tracker = dylib_->createResourceTracker();
  if (llvm::Error added = linker_->add(tracker, std::move(object))) {
    *error = "cannot link module " + moduleName + ": " + describe(std::move(added));
    return false;
  }
  llvm::orc::SymbolLookupSet wanted;
  for (const std::string& name : defines) wanted.add(session_->intern(name));
  LinkedSymbols placed;
  sessionErrors_.clear();
  recorder_->beginLink(&placed, std::move(constants));
  auto found = session_->lookup(llvm::orc::makeJITDylibSearchOrder(dylib_), std::move(wanted));
  recorder_->endLink();
  if (!found) {
    // The session's own report says why; the lookup's error only says which symbols failed.
    std::string lookupError = describe(found.takeError());
    *error = "cannot link module " + moduleName + ": " + (sessionErrors_.empty() ? lookupError : sessionErrors_);
    if (llvm::Error removed = tracker->remove()) llvm::consumeError(std::move(removed));
    return false;
  }
  out->codeBytes = memory_->lastCodeBytes();
  if (!writeCodeMap(heap_, codeKind, names, lines, placed, error)) {
    if (llvm::Error removed = tracker->remove()) llvm::consumeError(std::move(removed));
    return false;
  }
  for (const std::string& name : defines) {
    out->symbols[name] = (*found)[session_->intern(name)].getAddress();
    defined_.insert(name);
  }
  return true;
}

}  // namespace

std::unique_ptr<HeapJit> HeapJit::create(heap::Heap& heap, std::string* error) {
  auto jit = std::make_unique<HeapJitImpl>(heap);
  if (!jit->initialise(error)) return nullptr;
  return jit;
}

}  // namespace plurix::compiler::jit
