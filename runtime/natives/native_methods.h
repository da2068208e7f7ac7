// The natives of the standard library: each `native` method declared in stdlib/ has one C++
// function here, called through runtime table entry kFirstNativeEntry + its index in
// nativeMethods(). The list's order is part of the heap's format: append only.
#pragma once
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

namespace plurix::runtime {

struct NativeMethod {
  // Owner's binary name, '.', JVM name and descriptor:
  // "java.lang.System.arraycopy(Ljava/lang/Object;ILjava/lang/Object;II)V".
  const char* key;
  void* function;  // follows runtime_entry.h's calling convention (receiver first)
};

std::span<const NativeMethod> nativeMethods();

// The runtime table index of the native with this key, or -1 if this runtime has none.
int nativeEntryIndex(std::string_view key);

}  // namespace plurix::runtime
