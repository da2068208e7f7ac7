// From a code address to a Java method and source line, through the code maps the JIT leaves
// in the heap (code_map.h): what a stack trace prints as "Main.work(Main.java:12)".
#pragma once
#include <cstdint>
#include <string>

#include "runtime/object/code_map.h"

namespace plurix::runtime {

struct CodeLocation {
  const char* function = nullptr;  // "Main.work"
  const char* file = nullptr;      // "Main.java", or null when unknown
  uint32_t line = 0;               // 0 when unknown
};

// Requires head the newest map (or null). Guarantees the location of the instruction at pc
// (for a return address, pass the address - 1: the call itself), or false when no map holds it.
bool findCodeLocation(const CodeMap* head, uintptr_t pc, CodeLocation* out);

// As findCodeLocation, but with the methods the optimiser inlined at pc: out[0] is the
// innermost, out[count - 1] the function the code belongs to. Guarantees the number of frames
// written (at most max), 0 when no map holds pc.
uint32_t findCodeFrames(const CodeMap* head, uintptr_t pc, CodeLocation* out, uint32_t max);

// Guarantees the newest code map of the attached heap (bound under kCodeMapRootName), or null.
const CodeMap* codeMapHead();

// Guarantees Java's StackTraceElement form: "Main.work(Main.java:12)", "Main.work(Main.java)"
// without a line, "Main.work(Unknown Source)" without a file.
std::string describeLocation(const CodeLocation& location);

}  // namespace plurix::runtime
