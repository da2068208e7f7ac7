// Filling the runtime table (runtime_entry.h): the fixed entries in RuntimeEntry order, then
// the natives from kFirstNativeEntry in native_methods.h order, so code compiled by any
// process of any build finds the same function at the same index. Also keeps the one Heap
// this process attached, which the entries allocate from (the process-wide handle the heap
// itself requires: one Heap per process).
#include <cmath>
#include <cstring>

#include "heap/address_space.h"
#include "runtime/entry/entries.h"
#include "runtime/entry/runtime_entry.h"
#include "runtime/entry/safepoint.h"
#include "runtime/launch/runtime.h"
#include "runtime/natives/native_methods.h"
#include "runtime/platform/system.h"

namespace plurix::runtime {

namespace {

heap::Heap* attached = nullptr;

template <typename Function>
void put(void** table, RuntimeEntry entry, Function function) {
  table[static_cast<uint32_t>(entry)] = reinterpret_cast<void*>(function);
}

}  // namespace

// Java's % on doubles is C's fmod: the remainder of the truncating division, with the
// dividend's sign (JLS 15.17.3), NaN for an infinite dividend or a zero divisor.
double fmodEntry(double dividend, double divisor) { return std::fmod(dividend, divisor); }
float fmodfEntry(float dividend, float divisor) { return std::fmod(dividend, divisor); }

void safepointEntry() { collectNow(); }

void fillFixedEntries(void** table) {
  put(table, RuntimeEntry::kNewInstance, &newInstanceEntry);
  put(table, RuntimeEntry::kNewArray, &newArrayEntry);
  put(table, RuntimeEntry::kNewMultiArray, &newMultiArrayEntry);
  put(table, RuntimeEntry::kStoreReference, &storeReferenceEntry);
  put(table, RuntimeEntry::kStoreArrayElement, &storeArrayElementEntry);
  put(table, RuntimeEntry::kThrow, &throwEntry);
  put(table, RuntimeEntry::kThrowNullPointer, &throwNullPointerEntry);
  put(table, RuntimeEntry::kThrowArrayIndex, &throwArrayIndexEntry);
  put(table, RuntimeEntry::kThrowDivideByZero, &throwDivideByZeroEntry);
  put(table, RuntimeEntry::kThrowClassCast, &throwClassCastEntry);
  put(table, RuntimeEntry::kIsInstance, &isInstanceEntry);
  put(table, RuntimeEntry::kInterfaceMethods, &interfaceMethodsEntry);
  put(table, RuntimeEntry::kInitializeClass, &initializeClassEntry);
  put(table, RuntimeEntry::kFmod, &fmodEntry);
  put(table, RuntimeEntry::kFmodf, &fmodfEntry);
  put(table, RuntimeEntry::kMemcpy, static_cast<void* (*)(void*, const void*, size_t)>(&memcpy));
  put(table, RuntimeEntry::kMemmove, static_cast<void* (*)(void*, const void*, size_t)>(&memmove));
  put(table, RuntimeEntry::kMemset, static_cast<void* (*)(void*, int, size_t)>(&memset));
  put(table, RuntimeEntry::kSafepoint, &safepointEntry);
  put(table, RuntimeEntry::kThrowAbstractMethod, &throwAbstractMethodEntry);
}

void attachRuntime(heap::Heap& heap) {
  attached = &heap;
  heap::StationLocal* local = heap::stationLocal();
  void** table = local->runtimeTable;
  memset(table, 0, sizeof(local->runtimeTable));
  fillFixedEntries(table);
  std::span<const NativeMethod> natives = nativeMethods();
  if (kFirstNativeEntry + natives.size() > heap::kRuntimeTableEntries) {
    platform::fatal("the runtime table has no room for every native method");
  }
  for (size_t i = 0; i < natives.size(); ++i) table[kFirstNativeEntry + i] = natives[i].function;
  local->pendingException = nullptr;
}

heap::Heap& attachedHeap() {
  if (attached == nullptr) platform::fatal("the runtime is used before attachRuntime");
  return *attached;
}

}  // namespace plurix::runtime
