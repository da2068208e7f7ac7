// Executable heap code after a heap is mapped from an image: the image loader maps pages
// readable and writable only, and the JIT made code executable in the process that linked it,
// not in this one. Invariant: afterwards every in-use page of the RO and SysRO allocators (all
// code lives there, heap_memory_manager.h) is executable; RW pages never are.
// loadHeapImage calls it, so a process that maps an image can run its code with no compiler.
#pragma once

#include "heap/heap.h"
#include "runtime/platform/status.h"

namespace plurix::heap {

// Requires the heap open in this process. Guarantees its code pages executable (coalesced into
// as few ranges as the page map allows: each range is one mprotect), or an error naming the
// range that failed.
platform::Status makeHeapCodeExecutable(const Heap& heap);

}  // namespace plurix::heap
