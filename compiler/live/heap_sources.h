// The sources of every class compiled into a heap, kept in the heap itself: the next compile
// into that live heap (`plurix submit`, the shell) checks its input against them, on whichever
// station it runs, and links against the classes they declare instead of compiling them again.
// Each unit is one pinned read-only object bound in the heap's root names as
// "plurix.source.N" (N from 0, no gaps); "plurix.library" holds the fingerprint of the standard
// library the heap was built with, since the library's sources come with the binary.
// Invariant: the units, in order, are exactly what was compiled into the heap besides the
// library. Requires, for every function here, the heap accessible: inside a transaction once
// tracking is on.
#pragma once
#include <string>
#include <vector>

#include "heap/heap.h"
#include "runtime/platform/status.h"

namespace plurix::compiler::live {

struct SourceUnit {
  std::string path;  // as the user named it; diagnostics and stack traces show it
  std::string text;
  bool keep = true;  // false: compiled, but not kept for later compiles (nothing will refer to it)
};

// Every unit compiled into heap so far, in order.
std::vector<SourceUnit> loadSources(heap::Heap& heap);
// Guarantees units appended after those already kept, or kOutOfMemory.
platform::Status appendSources(heap::Heap& heap, const std::vector<SourceUnit>& units);

// Requires index < loadSources(heap).size(). Guarantees unit index replaced by unit, or kOutOfMemory.
platform::Status replaceSource(heap::Heap& heap, size_t index, const SourceUnit& unit);

// A text kept in the heap under a root name (the shell's chain head), or empty if none.
std::string loadNamedText(heap::Heap& heap, const std::string& name);
// Guarantees text kept under name (replacing what was), or kOutOfMemory.
platform::Status keepNamedText(heap::Heap& heap, const std::string& name, const std::string& text);

// The fingerprint of the standard library embedded in this binary.
std::string libraryFingerprint();
// Guarantees heap marked as built with this binary's library, or kOutOfMemory.
platform::Status recordLibrary(heap::Heap& heap);
// True iff heap was built with this binary's library; otherwise *error says what differs.
bool libraryMatches(heap::Heap& heap, std::string* error);

}  // namespace plurix::compiler::live
