// Builds a module's code map (runtime/object/code_map.h) in two steps around the link: before
// it, the object file's function symbols and .debug_line rows, in section-relative addresses
// (the debug sections never reach the heap); after it, the final address of each function from
// the linked graph, which turns every row into an absolute heap address. The map is one pinned
// object of the code's allocator kind, linked in as the new head of the heap's list.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "compiler/jit/heap_jit.h"
#include "compiler/jit/link_recorder.h"
#include "heap/heap.h"

namespace llvm::object {
class ObjectFile;
}

namespace plurix::compiler::jit {

struct ObjectFunction {
  uint64_t section;  // index of its section in the object file
  uint64_t address;  // section-relative
  uint64_t size;
};

struct ObjectLineRow {
  uint64_t section;
  uint64_t address;  // section-relative
  uint32_t line;     // 0: no source line (the outermost call's line in inlined code)
  uint32_t chain;    // index + 1 into ObjectLines::chains when the code was inlined; 0: not
};

// A method inlined at a row: its name, file, and the line executing in it.
struct InlinedFrame {
  std::string function;
  std::string file;
  uint32_t line;
};

// What the object file says about the functions a code map will name.
struct ObjectLines {
  std::unordered_map<std::string, ObjectFunction> functions;
  std::vector<ObjectLineRow> rows;
  std::vector<std::vector<InlinedFrame>> chains;  // innermost first, the function itself left out
};

// Requires a relocatable object file. Guarantees the symbols of wanted (others are skipped) and
// every line row of the object's line tables (none if it has no debug info).
ObjectLines readObjectLines(const llvm::object::ObjectFile& object, const std::vector<FunctionName>& wanted);

// Requires lines read from the module's object and linked its symbols after the link.
// Guarantees a code map naming every function of names that was linked (functions inlined away
// are left out), bound as the head of the heap's list under runtime::kCodeMapRootName; nothing
// is written when no named function was linked. False with error set when the heap is full.
bool writeCodeMap(heap::Heap& heap, heap::AllocatorKind kind, const std::vector<FunctionName>& names,
                  const ObjectLines& lines, const LinkedSymbols& linked, std::string* error);

}  // namespace plurix::compiler::jit
