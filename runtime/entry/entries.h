// The C++ side of the runtime table's fixed entries (runtime_entry.h): one function per entry,
// with exactly the C signature the entry documents, so compiled code calls them through the
// table and tests call them directly. Every function that throws leaves the exception in
// StationLocal::pendingException and returns null/zero (the pending-exception protocol).
#pragma once
#include <cstdint>

#include "heap/object_layout.h"
#include "runtime/object/class_info.h"

namespace plurix::runtime {

// kNewInstance: requires a class with instances. Guarantees a zeroed instance, or null with
// OutOfMemoryError pending.
heap::ObjectHeader* newInstanceEntry(const ClassInfo* cls);
// kNewArray: guarantees a zeroed array, or null with NegativeArraySizeException (message: the
// length) or OutOfMemoryError pending.
heap::ObjectHeader* newArrayEntry(const ClassInfo* arrayClass, int32_t length);
// kNewMultiArray: requires arrayClass with at least dimensionCount array levels. Guarantees
// new T[l0]…[ln-1] (every length checked before anything is allocated), or null with the
// exception pending.
heap::ObjectHeader* newMultiArrayEntry(const ClassInfo* arrayClass, int32_t dimensionCount, const int32_t* lengths);
// kStoreReference: heap::storeReference.
void storeReferenceEntry(heap::Slot* slot, heap::ObjectHeader* value);
// kStoreArrayElement: requires a reference array and index in bounds. Guarantees the store,
// or ArrayStoreException "java.lang.Integer" (the value's class) pending and nothing stored.
void storeArrayElementEntry(heap::ObjectHeader* array, int32_t index, heap::ObjectHeader* value);
// kThrow: exception pending (a NullPointerException for null).
void throwEntry(heap::ObjectHeader* exception);
// kThrowNullPointer, kThrowArrayIndex, kThrowDivideByZero, kThrowClassCast,
// kThrowAbstractMethod: the exception pending, with HotSpot's message.
void throwNullPointerEntry();
void throwArrayIndexEntry(int32_t index, int32_t length);
void throwDivideByZeroEntry();
void throwClassCastEntry(heap::ObjectHeader* object, const ClassInfo* target);
void throwAbstractMethodEntry();
// kIsInstance: requires object non-null. Guarantees isAssignable(object's class, target).
bool isInstanceEntry(heap::ObjectHeader* object, const ClassInfo* target);
// kInterfaceMethods: requires receiver non-null. Guarantees receiver's itable for iface, or
// IncompatibleClassChangeError pending and a table whose every entry throws it again.
void* const* interfaceMethodsEntry(heap::ObjectHeader* receiver, const ClassInfo* iface);
// kInitializeClass: JLS 12.4.2 for one thread (see class_initialization.cpp).
void initializeClassEntry(const ClassInfo* cls);
// kFmod, kFmodf: Java's % on floating point.
double fmodEntry(double dividend, double divisor);
float fmodfEntry(float dividend, float divisor);
// kSafepoint: an in-transaction collection (safepoint.h).
void safepointEntry();

// Guarantees table[0 .. kFixedEntryCount) filled with the functions above (and libc's
// memcpy, memmove, memset), in RuntimeEntry order.
void fillFixedEntries(void** table);

}  // namespace plurix::runtime
