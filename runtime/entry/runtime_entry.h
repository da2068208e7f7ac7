// The runtime table: the only way compiled code reaches C++ (invariant 2). Each station fills
// heap::StationLocal::runtimeTable at start-up (installRuntimeTable); compiled code loads
// entry i from kStationLocalBase + offsetof(StationLocal, runtimeTable) + 8 * i and calls it.
// Entry numbers are part of the heap's format: never renumber, only append.
//
// Calling convention (both for these entries and for every compiled Java method): the C ABI
// of x86-64 with Java types as C types — boolean: bool, byte: int8_t, short: int16_t,
// char: char16_t, int: int32_t, long: int64_t, float, double, every reference: ObjectHeader*.
// An instance method takes its receiver first.
//
// Exceptions: an entry that throws stores the exception in StationLocal::pendingException
// and returns normally (returning null/zero); compiled code tests pendingException after each
// call that may throw and branches to its handler (docs/CODEGEN.md).
#pragma once
#include <cstddef>
#include <cstdint>

namespace plurix::runtime {

enum class RuntimeEntry : uint32_t {
  // ObjectHeader* (const ClassInfo* cls): a zeroed instance; OutOfMemoryError -> null.
  kNewInstance = 0,
  // ObjectHeader* (const ClassInfo* arrayClass, int32_t length): NegativeArraySizeException,
  // OutOfMemoryError -> null.
  kNewArray = 1,
  // ObjectHeader* (const ClassInfo* arrayClass, int32_t dimensionCount, const int32_t* lengths):
  // new T[l0][l1]…; dimensions past dimensionCount stay null.
  kNewMultiArray = 2,
  // void (heap::Slot* slot, ObjectHeader* value): the backchain store (heap/backchain.h).
  kStoreReference = 3,
  // void (ObjectHeader* array, int32_t index, ObjectHeader* value): index is in bounds; throws
  // ArrayStoreException if value does not fit the array's element class, else stores.
  kStoreArrayElement = 4,
  // void (ObjectHeader* exception): throws it (null: a NullPointerException instead).
  kThrow = 5,
  // void (): NullPointerException.
  kThrowNullPointer = 6,
  // void (int32_t index, int32_t length): ArrayIndexOutOfBoundsException
  // "Index 5 out of bounds for length 3".
  kThrowArrayIndex = 7,
  // void (): ArithmeticException "/ by zero".
  kThrowDivideByZero = 8,
  // void (ObjectHeader* object, const ClassInfo* target): ClassCastException.
  kThrowClassCast = 9,
  // bool (ObjectHeader* object, const ClassInfo* target): object is non-null; the slow path of
  // instanceof and checkcast (interfaces, arrays, deep classes).
  kIsInstance = 10,
  // void* const* (ObjectHeader* receiver, const ClassInfo* iface): the receiver's itable for
  // iface (receiver non-null). Never null for code that type-checked; an incompatible class
  // change throws IncompatibleClassChangeError and returns a table of throwing stubs.
  kInterfaceMethods = 11,
  // void (const ClassInfo* cls): runs cls's initialisation (JLS 12.4.2) unless done or in
  // progress; an exception from <clinit> stays pending.
  kInitializeClass = 12,
  // double (double, double) and float (float, float): Java's % on floating point (fmod).
  kFmod = 13,
  kFmodf = 14,
  // The C library's memcpy, memmove, memset: what LLVM emits calls to.
  kMemcpy = 15,
  kMemmove = 16,
  kMemset = 17,
  // void (): a safepoint; the collector may run (long transactions, docs/CODEGEN.md).
  kSafepoint = 18,
  // void (): AbstractMethodError, for a vtable or itable slot without code.
  kThrowAbstractMethod = 19,
  kFixedEntryCount,
};

// Natives of the standard library take the entries from here on, in native_methods.h order.
inline constexpr uint32_t kFirstNativeEntry = 64;

}  // namespace plurix::runtime
