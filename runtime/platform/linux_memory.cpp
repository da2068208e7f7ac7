// Hosted implementation of runtime/platform/memory.h over mmap.
#include <sys/mman.h>

#include <cerrno>
#include <cstring>

#include "runtime/platform/memory.h"

namespace plurix::platform {
namespace {

Status systemError(const char* what, uintptr_t base, size_t size) {
  return Status::error(ErrorCode::kOutOfMemory, MessageBuilder()
                                                    .text(what)
                                                    .text(" [")
                                                    .hex(base)
                                                    .text(", +")
                                                    .hex(size)
                                                    .text(") failed: ")
                                                    .text(strerror(errno)));
}

}  // namespace

Status reserveAt(uintptr_t base, size_t size) {
  // MAP_FIXED_NOREPLACE refuses to clobber an existing mapping instead of silently replacing it.
  void* want = reinterpret_cast<void*>(base);
  void* got = mmap(want, size, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED_NOREPLACE,
                   -1, 0);
  if (got == MAP_FAILED) {
    if (errno == EEXIST) {
      return Status::error(ErrorCode::kAddressInUse, MessageBuilder()
                                                         .text("cannot reserve [")
                                                         .hex(base)
                                                         .text(", +")
                                                         .hex(size)
                                                         .text("): the address range is already mapped"));
    }
    return systemError("reserve", base, size);
  }
  if (got != want) {  // kernels before 4.17 ignore the flag and treat the address as a hint
    munmap(got, size);
    return Status::error(ErrorCode::kAddressInUse,
                         MessageBuilder().text("cannot reserve at ").hex(base).text(": the kernel chose another address"));
  }
  return Status::ok();
}

Status commit(uintptr_t base, size_t size) {
  if (mprotect(reinterpret_cast<void*>(base), size, PROT_READ | PROT_WRITE) != 0) {
    return systemError("commit", base, size);
  }
  return Status::ok();
}

Status allowExecution(uintptr_t base, size_t size) {
  if (mprotect(reinterpret_cast<void*>(base), size, PROT_READ | PROT_WRITE | PROT_EXEC) != 0) {
    return systemError("allow execution of", base, size);
  }
  return Status::ok();
}

Status discard(uintptr_t base, size_t size) {
  if (madvise(reinterpret_cast<void*>(base), size, MADV_DONTNEED) != 0) return systemError("discard", base, size);
  return Status::ok();
}

void populate(uintptr_t base, size_t size) {
#ifndef MADV_POPULATE_WRITE
  constexpr int MADV_POPULATE_WRITE = 23;  // Linux 5.14; older kernels refuse it, and pages fault as before
#endif
  (void)madvise(reinterpret_cast<void*>(base), size, MADV_POPULATE_WRITE);
}

Status decommit(uintptr_t base, size_t size) {
  if (madvise(reinterpret_cast<void*>(base), size, MADV_DONTNEED) != 0 ||
      mprotect(reinterpret_cast<void*>(base), size, PROT_NONE) != 0) {
    return systemError("decommit", base, size);
  }
  return Status::ok();
}

Result<uintptr_t> mapAnywhere(size_t size) {
  void* got = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (got == MAP_FAILED) return systemError("map", 0, size);
  return reinterpret_cast<uintptr_t>(got);
}

Status release(uintptr_t base, size_t size) {
  if (munmap(reinterpret_cast<void*>(base), size) != 0) return systemError("release", base, size);
  return Status::ok();
}

}  // namespace plurix::platform
