// Code maps: for each block of compiled code in the heap, which Java method each instruction
// belongs to and which source line it came from, so that a stack trace can name
// "Main.work(Main.java:12)" in any process that maps the heap (no recompilation, no debug
// files outside the heap). The JIT writes one map per linked module (RO, pinned); the runtime
// reads them when it builds a stack trace.
//
// Layout of one map, in one RO heap object after its ObjectHeader:
//   CodeMap, CodeMapFunction[functionCount] (by codeStart), CodeMapLine[lineCount] (by
//   address), CodeMapInlineFrame[inlineFrameCount], then stringBytes of NUL-terminated UTF-8
//   strings. Code the optimiser inlined from other methods keeps their frames: a line entry
//   names its innermost inlined frame, each frame the next one out, the last the function.
// Maps form a list, newest first: the head is bound in the heap's root name service under
// kCodeMapRootName; CodeMap::next is the previous head.
#pragma once
#include <cstdint>

#include "heap/object_layout.h"

namespace plurix::runtime {

inline constexpr const char* kCodeMapRootName = "plurix.codemaps";

struct CodeMapFunction {
  uint64_t codeStart;   // absolute heap address of the function's first instruction
  uint32_t codeSize;    // bytes
  uint32_t nameOffset;  // into the strings: "Main.work" (class binary name, '.', method name)
  uint32_t fileOffset;  // into the strings: "Main.java"
  uint32_t firstLine;   // index into lines[] of the first line entry of this function
  uint32_t lineCount;   // line entries of this function
  uint32_t reserved;
};

struct CodeMapLine {
  uint64_t address;  // absolute heap address where this line's code starts
  uint32_t line;     // 1-based source line in the function itself (of the outermost call when inlined); 0: none
  uint32_t inlined;  // index + 1 of the innermost inlined frame here; 0: code of the function itself
};

// A method inlined at some address: its name, file and the line executing in it.
struct CodeMapInlineFrame {
  uint32_t nameOffset;  // into the strings: "Vec.add"
  uint32_t fileOffset;  // into the strings: "Vec.java"
  uint32_t line;        // the line in that method
  uint32_t outer;       // index + 1 of the frame it is inlined into; 0: the function itself
};

struct CodeMap {
  const CodeMap* next;       // the previously linked module's map, or null
  uint64_t codeStart;        // lowest function address in this map
  uint64_t codeEnd;          // one past the highest
  uint32_t functionCount;
  uint32_t lineCount;
  uint32_t stringBytes;
  uint32_t inlineFrameCount;
  const CodeMapFunction* functions() const { return reinterpret_cast<const CodeMapFunction*>(this + 1); }
  const CodeMapLine* lines() const { return reinterpret_cast<const CodeMapLine*>(functions() + functionCount); }
  const CodeMapInlineFrame* inlineFrames() const {
    return reinterpret_cast<const CodeMapInlineFrame*>(lines() + lineCount);
  }
  const char* strings() const { return reinterpret_cast<const char*>(inlineFrames() + inlineFrameCount); }
};

}  // namespace plurix::runtime
