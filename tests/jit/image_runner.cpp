// The second process of the JIT's image test (second_process_test.cpp): maps a heap image that
// another process filled with compiled code, binds this process's memset into the runtime
// table, and calls the function named in the heap's roots. It links no LLVM: code compiled in
// one process must run in another with nothing but the heap and the runtime table.
//
// Usage: jit_image_runner IMAGE ROOT_NAME ARGUMENT
// Prints "<result> <memset calls>" and exits 0, or says what failed and exits non-zero.
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "heap/heap_image.h"
#include "heap/name_service.h"
#include "runtime/entry/runtime_entry.h"

namespace {

int gMemsetCalls = 0;
void* countingMemset(void* destination, int value, size_t bytes) {
  ++gMemsetCalls;
  return std::memset(destination, value, bytes);
}

}  // namespace

int main(int argc, char** argv) {
  using namespace plurix;
  if (argc != 4) {
    std::fprintf(stderr, "usage: jit_image_runner IMAGE ROOT_NAME ARGUMENT\n");
    return 2;
  }
  auto loaded = heap::loadHeapImage(argv[1], heap::kDefaultHeapBase, 0);
  if (!loaded.isOk()) {
    std::fprintf(stderr, "cannot load %s: %s\n", argv[1], loaded.status().message());
    return 3;
  }
  heap::Heap heap = static_cast<heap::Heap&&>(loaded.value());  // code pages executable already
  heap::stationLocal()->runtimeTable[static_cast<uint32_t>(runtime::RuntimeEntry::kMemset)] =
      reinterpret_cast<void*>(&countingMemset);
  heap::ObjectHeader* entry = heap::NameService::roots(heap).lookup(argv[2], std::strlen(argv[2]));
  if (entry == nullptr) {
    std::fprintf(stderr, "no root named %s in the image\n", argv[2]);
    return 5;
  }
  auto function = *reinterpret_cast<int64_t (**)(int64_t)>(entry + 1);
  int64_t result = function(std::strtoll(argv[3], nullptr, 10));
  std::printf("%lld %d\n", static_cast<long long>(result), gMemsetCalls);
  return 0;
}
