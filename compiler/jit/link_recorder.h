// A JITLink plugin that follows the link of one module: it gives read-only data sections the
// read-only protection (LLVM 16's ELF reader marks every section that is not code writable, which
// would put constants in the RW allocator), records where each named symbol of the graph landed
// (globals and locals alike, so the code map can name internal functions too), and refuses a
// graph any of whose blocks lies outside the heap (invariant 1: nothing linked here, not even a
// GOT entry or a stub JITLink synthesised, may live outside it).
// Links run one at a time on the calling thread (the session dispatches in place), so one
// record pointer set around each link suffices.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "llvm/ExecutionEngine/Orc/ObjectLinkingLayer.h"

namespace plurix::compiler::jit {

struct LinkedSymbol {
  uint64_t address;
  uint64_t size;
};
using LinkedSymbols = std::unordered_map<std::string, LinkedSymbol>;

class LinkRecorder final : public llvm::orc::ObjectLinkingLayer::Plugin {
 public:
  // Requires [heapBase, heapBase + heapSize) the open heap.
  LinkRecorder(uintptr_t heapBase, size_t heapSize) : heapBase_(heapBase), heapEnd_(heapBase + heapSize) {}

  // Requires readOnlySections the names of the object's allocated sections that are neither
  // writable nor code. Guarantees the links run until endLink treat those sections as
  // read-only data and add their symbols to out.
  void beginLink(LinkedSymbols* out, std::unordered_set<std::string> readOnlySections) {
    out_ = out;
    readOnlySections_ = std::move(readOnlySections);
  }
  void endLink() {
    out_ = nullptr;
    readOnlySections_.clear();
  }

  void modifyPassConfig(llvm::orc::MaterializationResponsibility& responsibility, llvm::jitlink::LinkGraph& graph,
                        llvm::jitlink::PassConfiguration& config) override;
  llvm::Error notifyFailed(llvm::orc::MaterializationResponsibility&) override { return llvm::Error::success(); }
  llvm::Error notifyRemovingResources(llvm::orc::JITDylib&, llvm::orc::ResourceKey) override {
    return llvm::Error::success();
  }
  void notifyTransferringResources(llvm::orc::JITDylib&, llvm::orc::ResourceKey, llvm::orc::ResourceKey) override {}

 private:
  void protectReadOnlyData(llvm::jitlink::LinkGraph& graph) const;
  llvm::Error checkInsideHeap(llvm::jitlink::LinkGraph& graph) const;
  void record(llvm::jitlink::LinkGraph& graph);

  uintptr_t heapBase_;
  uintptr_t heapEnd_;
  LinkedSymbols* out_ = nullptr;
  std::unordered_set<std::string> readOnlySections_;
};

}  // namespace plurix::compiler::jit
