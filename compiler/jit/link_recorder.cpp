// Records linked symbol addresses and checks placement (link_recorder.h).
#include "compiler/jit/link_recorder.h"

#include "llvm/ExecutionEngine/JITLink/JITLink.h"
#include "llvm/ADT/StringExtras.h"

namespace plurix::compiler::jit {

void LinkRecorder::modifyPassConfig(llvm::orc::MaterializationResponsibility&, llvm::jitlink::LinkGraph&,
                                    llvm::jitlink::PassConfiguration& config) {
  config.PrePrunePasses.push_back([this](llvm::jitlink::LinkGraph& graph) {
    protectReadOnlyData(graph);
    return llvm::Error::success();
  });
  config.PostAllocationPasses.push_back([this](llvm::jitlink::LinkGraph& graph) { return checkInsideHeap(graph); });
  config.PostFixupPasses.push_back([this](llvm::jitlink::LinkGraph& graph) {
    record(graph);
    return llvm::Error::success();
  });
}

void LinkRecorder::protectReadOnlyData(llvm::jitlink::LinkGraph& graph) const {
  for (llvm::jitlink::Section& section : graph.sections()) {
    if (readOnlySections_.count(section.getName().str()) != 0) section.setMemProt(llvm::orc::MemProt::Read);
  }
}

llvm::Error LinkRecorder::checkInsideHeap(llvm::jitlink::LinkGraph& graph) const {
  for (llvm::jitlink::Block* block : graph.blocks()) {
    uint64_t start = block->getAddress().getValue();
    if (start >= heapBase_ && start + block->getSize() <= heapEnd_) continue;
    return llvm::make_error<llvm::StringError>(
        "module " + graph.getName() + ": section " + block->getSection().getName().str() + " was placed at 0x" +
            llvm::utohexstr(start) + ", outside the heap",
        llvm::inconvertibleErrorCode());
  }
  return llvm::Error::success();
}

void LinkRecorder::record(llvm::jitlink::LinkGraph& graph) {
  if (out_ == nullptr) return;
  for (llvm::jitlink::Symbol* symbol : graph.defined_symbols()) {
    if (!symbol->hasName()) continue;
    (*out_)[symbol->getName().str()] = LinkedSymbol{symbol->getAddress().getValue(), symbol->getSize()};
  }
}

}  // namespace plurix::compiler::jit
