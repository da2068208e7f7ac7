// Code map lookup (code_map_lookup.h): maps are few (one per linked module) and each is sorted,
// so a lookup walks the list, skips maps whose range misses, and binary-searches functions and
// then the function's line entries.
#include "runtime/object/code_map_lookup.h"

#include <algorithm>
#include <cstring>

#include "heap/name_service.h"
#include "runtime/launch/runtime.h"

namespace plurix::runtime {

namespace {

const CodeMapFunction* findFunction(const CodeMap* map, uintptr_t pc) {
  const CodeMapFunction* begin = map->functions();
  const CodeMapFunction* end = begin + map->functionCount;
  // The last function starting at or before pc.
  const CodeMapFunction* after =
      std::upper_bound(begin, end, pc, [](uintptr_t value, const CodeMapFunction& f) { return value < f.codeStart; });
  if (after == begin) return nullptr;
  const CodeMapFunction* function = after - 1;
  return pc < function->codeStart + function->codeSize ? function : nullptr;
}

const CodeMapLine* findLineEntry(const CodeMap* map, const CodeMapFunction* function, uintptr_t pc) {
  const CodeMapLine* begin = map->lines() + function->firstLine;
  const CodeMapLine* end = begin + function->lineCount;
  const CodeMapLine* after =
      std::upper_bound(begin, end, pc, [](uintptr_t value, const CodeMapLine& line) { return value < line.address; });
  // Entries without a line (prologue, compiler-made code) take the nearest real line before.
  for (const CodeMapLine* at = after; at != begin; --at) {
    if ((at - 1)->line != 0) return at - 1;
  }
  for (const CodeMapLine* at = after; at != end; ++at) {
    if (at->line != 0) return at;
  }
  return nullptr;
}

uint32_t findLine(const CodeMap* map, const CodeMapFunction* function, uintptr_t pc) {
  const CodeMapLine* entry = findLineEntry(map, function, pc);
  return entry == nullptr ? 0 : entry->line;
}

}  // namespace

bool findCodeLocation(const CodeMap* head, uintptr_t pc, CodeLocation* out) {
  for (const CodeMap* map = head; map != nullptr; map = map->next) {
    if (pc < map->codeStart || pc >= map->codeEnd) continue;
    const CodeMapFunction* function = findFunction(map, pc);
    if (function == nullptr) continue;
    out->function = map->strings() + function->nameOffset;
    out->file = map->strings() + function->fileOffset;
    if (*out->file == '\0') out->file = nullptr;
    out->line = findLine(map, function, pc);
    return true;
  }
  return false;
}

uint32_t findCodeFrames(const CodeMap* head, uintptr_t pc, CodeLocation* out, uint32_t max) {
  for (const CodeMap* map = head; map != nullptr; map = map->next) {
    if (pc < map->codeStart || pc >= map->codeEnd) continue;
    const CodeMapFunction* function = findFunction(map, pc);
    if (function == nullptr) continue;
    const CodeMapLine* entry = findLineEntry(map, function, pc);
    uint32_t count = 0;
    for (uint32_t frame = entry != nullptr ? entry->inlined : 0; frame != 0 && count + 1 < max;) {
      const CodeMapInlineFrame& inlined = map->inlineFrames()[frame - 1];
      const char* file = map->strings() + inlined.fileOffset;
      out[count++] = CodeLocation{map->strings() + inlined.nameOffset, *file == '\0' ? nullptr : file, inlined.line};
      frame = inlined.outer;
    }
    if (count >= max) return count;
    const char* file = map->strings() + function->fileOffset;
    out[count++] = CodeLocation{map->strings() + function->nameOffset, *file == '\0' ? nullptr : file,
                                entry == nullptr ? 0 : entry->line};
    return count;
  }
  return 0;
}

const CodeMap* codeMapHead() {
  heap::ObjectHeader* header =
      heap::NameService::roots(attachedHeap()).lookup(kCodeMapRootName, strlen(kCodeMapRootName));
  return header == nullptr ? nullptr : reinterpret_cast<const CodeMap*>(header + 1);
}

std::string describeLocation(const CodeLocation& location) {
  std::string text = location.function != nullptr ? location.function : "Unknown";
  if (location.file == nullptr) return text + "(Unknown Source)";
  text += '(';
  text += location.file;
  if (location.line != 0) text += ':' + std::to_string(location.line);
  return text + ')';
}

}  // namespace plurix::runtime
