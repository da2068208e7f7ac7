// Code maps from an object's line table and the linked addresses (code_map_writer.h).
#include "compiler/jit/code_map_writer.h"

#include <algorithm>
#include <cstring>
#include <unordered_set>

#include "compiler/jit/heap_memory_manager.h"
#include "heap/name_service.h"
#include "llvm/DebugInfo/DWARF/DWARFContext.h"
#include "llvm/Object/ELFObjectFile.h"
#include "llvm/Object/ObjectFile.h"
#include "llvm/Object/SymbolicFile.h"
#include "runtime/object/code_map.h"

namespace plurix::compiler::jit {
namespace {

using runtime::CodeMap;
using runtime::CodeMapFunction;
using runtime::CodeMapLine;

// A function of the map before it is written: where it is and its rows, absolute.
struct MappedFunction {
  const FunctionName* name;
  uint64_t start;
  uint64_t size;
  std::vector<CodeMapLine> lines;
};

// Strings of the map, each stored once.
class StringPool {
 public:
  uint32_t add(const std::string& text) {
    auto found = offsets_.find(text);
    if (found != offsets_.end()) return found->second;
    auto offset = static_cast<uint32_t>(bytes_.size());
    bytes_.insert(bytes_.end(), text.begin(), text.end());
    bytes_.push_back('\0');
    offsets_.emplace(text, offset);
    return offset;
  }
  const std::vector<char>& bytes() const { return bytes_; }

 private:
  std::unordered_map<std::string, uint32_t> offsets_;
  std::vector<char> bytes_;
};

bool sameSection(uint64_t rowSection, uint64_t functionSection) {
  // A row without a relocation carries no section: only one text section can then be meant.
  return rowSection == functionSection || rowSection == llvm::object::SectionedAddress::UndefSection;
}

// Rows of one function, absolute, ordered by address; of rows at one address the last holds
// (the earlier ones cover no code); consecutive rows of one line merge.
std::vector<CodeMapLine> functionLines(const ObjectFunction& function, uint64_t start, const ObjectLines& lines) {
  std::vector<CodeMapLine> rows;
  for (const ObjectLineRow& row : lines.rows) {
    if (!sameSection(row.section, function.section)) continue;
    if (row.address < function.address || row.address >= function.address + function.size) continue;
    rows.push_back(CodeMapLine{start + (row.address - function.address), row.line, row.chain});
  }
  std::stable_sort(rows.begin(), rows.end(),
                   [](const CodeMapLine& a, const CodeMapLine& b) { return a.address < b.address; });
  std::vector<CodeMapLine> unique;
  for (const CodeMapLine& row : rows) {
    if (!unique.empty() && unique.back().address == row.address) {
      unique.back() = row;
    } else {
      unique.push_back(row);
    }
  }
  // `inlined` holds the object's chain number here (writeCodeMap turns it into a frame index).
  auto sameChain = [&lines](uint32_t a, uint32_t b) {
    if (a == 0 || b == 0) return a == b;
    const auto& x = lines.chains[a - 1];
    const auto& y = lines.chains[b - 1];
    if (x.size() != y.size()) return false;
    for (size_t i = 0; i < x.size(); ++i) {
      if (x[i].line != y[i].line || x[i].function != y[i].function || x[i].file != y[i].file) return false;
    }
    return true;
  };
  std::vector<CodeMapLine> merged;
  for (const CodeMapLine& row : unique) {
    if (merged.empty() || merged.back().line != row.line || !sameChain(merged.back().inlined, row.inlined)) {
      merged.push_back(row);
    }
  }
  return merged;
}

// The inlined frames of every chain the rows name, innermost first, each linked to the next
// out; rows then name their innermost frame (index + 1).
std::vector<runtime::CodeMapInlineFrame> inlineFrames(std::vector<MappedFunction>& functions, const ObjectLines& lines,
                                                      StringPool& strings) {
  std::vector<runtime::CodeMapInlineFrame> frames;
  std::unordered_map<std::string, uint32_t> known;  // a chain's text -> its innermost frame + 1
  for (MappedFunction& function : functions) {
    for (CodeMapLine& row : function.lines) {
      if (row.inlined == 0) continue;
      const std::vector<InlinedFrame>& chain = lines.chains[row.inlined - 1];
      std::string key;
      for (const InlinedFrame& frame : chain) key += frame.function + '\n' + frame.file + '\n' + std::to_string(frame.line) + '\n';
      auto found = known.find(key);
      if (found != known.end()) {
        row.inlined = found->second;
        continue;
      }
      uint32_t outer = 0;
      for (size_t i = chain.size(); i-- > 0;) {
        frames.push_back(runtime::CodeMapInlineFrame{strings.add(chain[i].function), strings.add(chain[i].file),
                                                     chain[i].line, outer});
        outer = static_cast<uint32_t>(frames.size());
      }
      known.emplace(key, outer);
      row.inlined = outer;
    }
  }
  return frames;
}

}  // namespace

ObjectLines readObjectLines(const llvm::object::ObjectFile& object, const std::vector<FunctionName>& wanted) {
  ObjectLines lines;
  if (wanted.empty()) return lines;
  std::unordered_set<std::string> names;
  for (const FunctionName& name : wanted) names.insert(name.symbol);
  for (const llvm::object::SymbolRef& symbol : object.symbols()) {
    llvm::Expected<llvm::StringRef> name = symbol.getName();
    if (!name) {
      llvm::consumeError(name.takeError());
      continue;
    }
    if (names.count(name->str()) == 0) continue;
    llvm::Expected<llvm::object::section_iterator> section = symbol.getSection();
    llvm::Expected<uint64_t> address = symbol.getAddress();
    if (!section || !address || *section == object.section_end()) {
      if (!section) llvm::consumeError(section.takeError());
      if (!address) llvm::consumeError(address.takeError());
      continue;
    }
    uint64_t size = llvm::object::ELFSymbolRef(symbol).getSize();
    lines.functions[name->str()] = ObjectFunction{(*section)->getIndex(), *address, size};
  }

  bool hasLines = false;
  for (const llvm::object::SectionRef& section : object.sections()) {
    llvm::Expected<llvm::StringRef> name = section.getName();
    if (name && *name == ".debug_line") hasLines = true;
    if (!name) llvm::consumeError(name.takeError());
  }
  if (!hasLines) return lines;
  auto ignore = [](llvm::Error error) { llvm::consumeError(std::move(error)); };
  std::unique_ptr<llvm::DWARFContext> dwarf = llvm::DWARFContext::create(
      object, llvm::DWARFContext::ProcessDebugRelocations::Process, nullptr, "", ignore, ignore);
  for (const auto& unit : dwarf->compile_units()) {
    const llvm::DWARFDebugLine::LineTable* table = dwarf->getLineTableForUnit(unit.get());
    if (table == nullptr) continue;
    for (const llvm::DWARFDebugLine::Row& row : table->Rows) {
      if (row.EndSequence) continue;
      // Code inlined from another method carries that method's line; a stack trace names the
      // method the code is in, so it must show the line of the outermost call instead.
      uint32_t line = row.Line;
      uint32_t chain = 0;
      llvm::DIInliningInfo inlining = dwarf->getInliningInfoForAddress(
          {row.Address.Address, row.Address.SectionIndex},
          llvm::DILineInfoSpecifier(llvm::DILineInfoSpecifier::FileLineInfoKind::RawValue,
                                    llvm::DILineInfoSpecifier::FunctionNameKind::ShortName));
      uint32_t frames = inlining.getNumberOfFrames();
      if (frames > 1) {
        line = inlining.getFrame(frames - 1).Line;
        std::vector<InlinedFrame> inlined;
        for (uint32_t i = 0; i + 1 < frames; ++i) {
          const llvm::DILineInfo& frame = inlining.getFrame(i);
          inlined.push_back(InlinedFrame{frame.FunctionName, frame.FileName, frame.Line});
        }
        lines.chains.push_back(std::move(inlined));
        chain = static_cast<uint32_t>(lines.chains.size());
      }
      lines.rows.push_back(ObjectLineRow{row.Address.SectionIndex, row.Address.Address, line, chain});
    }
  }
  return lines;
}

bool writeCodeMap(heap::Heap& heap, heap::AllocatorKind kind, const std::vector<FunctionName>& names,
                  const ObjectLines& lines, const LinkedSymbols& linked, std::string* error) {
  std::vector<MappedFunction> functions;
  for (const FunctionName& name : names) {
    auto inObject = lines.functions.find(name.symbol);
    auto inHeap = linked.find(name.symbol);
    if (inObject == lines.functions.end() || inHeap == linked.end()) continue;
    uint64_t size = inHeap->second.size != 0 ? inHeap->second.size : inObject->second.size;
    functions.push_back(
        MappedFunction{&name, inHeap->second.address, size, functionLines(inObject->second, inHeap->second.address, lines)});
  }
  if (functions.empty()) return true;
  std::sort(functions.begin(), functions.end(),
            [](const MappedFunction& a, const MappedFunction& b) { return a.start < b.start; });

  StringPool strings;
  size_t lineCount = 0;
  for (const MappedFunction& function : functions) {
    strings.add(function.name->displayName);
    strings.add(function.name->sourceFile);
    lineCount += function.lines.size();
  }
  std::vector<runtime::CodeMapInlineFrame> frames = inlineFrames(functions, lines, strings);
  size_t bytes = sizeof(CodeMap) + functions.size() * sizeof(CodeMapFunction) + lineCount * sizeof(CodeMapLine) +
                 frames.size() * sizeof(runtime::CodeMapInlineFrame) + strings.bytes().size();
  heap::ObjectHeader* object = heap.allocateBytes(bytes, kind);
  if (object == nullptr) {
    *error = "the heap is full: no room for a code map of " + std::to_string(bytes) + " bytes";
    return false;
  }
  heap::Heap::pin(object);

  auto* map = reinterpret_cast<CodeMap*>(object + 1);
  map->codeStart = functions.front().start;
  map->codeEnd = 0;
  map->functionCount = static_cast<uint32_t>(functions.size());
  map->lineCount = static_cast<uint32_t>(lineCount);
  map->stringBytes = static_cast<uint32_t>(strings.bytes().size());
  map->inlineFrameCount = static_cast<uint32_t>(frames.size());
  std::copy(frames.begin(), frames.end(), const_cast<runtime::CodeMapInlineFrame*>(map->inlineFrames()));
  auto* entries = const_cast<CodeMapFunction*>(map->functions());
  auto* rows = const_cast<CodeMapLine*>(map->lines());
  uint32_t nextLine = 0;
  for (size_t i = 0; i < functions.size(); ++i) {
    const MappedFunction& function = functions[i];
    entries[i] = CodeMapFunction{function.start,
                                 static_cast<uint32_t>(function.size),
                                 strings.add(function.name->displayName),
                                 strings.add(function.name->sourceFile),
                                 nextLine,
                                 static_cast<uint32_t>(function.lines.size()),
                                 0};
    std::copy(function.lines.begin(), function.lines.end(), rows + nextLine);
    nextLine += static_cast<uint32_t>(function.lines.size());
    map->codeEnd = std::max<uint64_t>(map->codeEnd, function.start + function.size);
  }
  std::memcpy(const_cast<char*>(map->strings()), strings.bytes().data(), strings.bytes().size());

  heap::NameService roots = heap::NameService::roots(heap);
  size_t nameLength = std::strlen(runtime::kCodeMapRootName);
  heap::ObjectHeader* previous = roots.lookup(runtime::kCodeMapRootName, nameLength);
  map->next = previous != nullptr ? reinterpret_cast<const CodeMap*>(previous + 1) : nullptr;
  platform::Status bound = roots.bind(runtime::kCodeMapRootName, nameLength, object);
  if (!bound.isOk()) {
    giveBackToCollector(object);
    *error = std::string("cannot register the code map: ") + bound.message();
    return false;
  }
  return true;
}

}  // namespace plurix::compiler::jit
