// The frame-pointer walk (stack_walk.h).
//
// Why not libunwind: it needs DWARF call-frame information for each frame (or falls back to
// the frame pointer without it). JIT-compiled frames have that information only in the process
// that linked the module and registered its .eh_frame; code linked by another station (the
// heap is shared) never is registered here. The rbp chain is the one description every frame
// carries in every process, at two loads per frame; measured, an exception 20 frames deep
// costs 1.4-1.6 us with this walk and 1.9-2.3 us with unw_backtrace (docs/RUNTIME.md). The walk checks
// each step against the stack's bounds, so a frame without a frame pointer (none should
// exist between a native and compiled code) ends the walk instead of crashing it.
#include "runtime/natives/stack_walk.h"

#include <pthread.h>

#include "heap/address_space.h"

namespace plurix::runtime {

namespace {

uintptr_t threadStackEnd() {
  pthread_attr_t attributes;
  if (pthread_getattr_np(pthread_self(), &attributes) != 0) return 0;
  void* base = nullptr;
  size_t size = 0;
  int got = pthread_attr_getstack(&attributes, &base, &size);
  pthread_attr_destroy(&attributes);
  return got == 0 ? reinterpret_cast<uintptr_t>(base) + size : 0;
}

}  // namespace

[[gnu::noinline]] size_t collectReturnAddresses(uintptr_t* out, size_t max) {
  uintptr_t end = heap::stationLocal()->stackBase;
  if (end == 0) end = threadStackEnd();
  auto* frame = static_cast<uintptr_t*>(__builtin_frame_address(0));
  size_t count = 0;
  // Skip this function's own frame: its return address is the caller's, which asked for the
  // frames above itself.
  auto* next = reinterpret_cast<uintptr_t*>(frame[0]);
  while (count < max) {
    if (next <= frame || reinterpret_cast<uintptr_t>(next) % sizeof(uintptr_t) != 0) break;
    if (end != 0 && reinterpret_cast<uintptr_t>(next) + 2 * sizeof(uintptr_t) > end) break;
    frame = next;
    uintptr_t returnAddress = frame[1];
    if (returnAddress == 0) break;
    out[count++] = returnAddress;
    next = reinterpret_cast<uintptr_t*>(frame[0]);
  }
  return count;
}

}  // namespace plurix::runtime
