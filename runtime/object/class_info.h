// The object model's class descriptor: what compiled code and the runtime know about a Java
// class, interface or array type, kept in the heap (RO) so that every station reads the same.
//
// Layout of one class in the heap (all pinned, never moved):
//   [ObjectHeader][vtable: void* entries, last entry first][TypeDescriptor …]   one RO object
//   [ObjectHeader][ClassInfo][ItableEntry…][MethodEntry…][strings]               one RO object
//   [ObjectHeader][statics: initState, static fields]                            one RW object
// An object's header names its TypeDescriptor; the descriptor's runtimeWord points at the
// ClassInfo, and vtable entry i sits at (char*)descriptor - 8 * (i + 1). A virtual call is
// therefore: load header.typeOffset, add the heap base (times 8), load the entry, call.
//
// Invariants: a ClassInfo never changes after its class is loaded, except vtable entries and
// method code addresses filled once by the loader right after linking; display[d] is the
// ancestor class at depth d for d <= depth (null beyond), so "is a subclass of C" is one load
// and one compare when C.depth < kDisplaySize. Raw pointers here always point into the heap
// (invariant 1) at pinned objects; they are descriptor data, not Java references, so they
// are not backchain slots.
#pragma once
#include <cstddef>
#include <cstdint>

#include "heap/object_layout.h"
#include "heap/type_descriptor.h"

namespace plurix::runtime {

struct ClassInfo;

inline constexpr uint32_t kDisplaySize = 8;

enum ClassFlag : uint32_t {
  kClassInterface = 0x1,
  kClassArray = 0x2,
  kClassAbstract = 0x4,
  kClassFinal = 0x8,
  kClassSystem = 0x10,  // part of the standard library (compiled into SysRO)
};

// Class initialisation states, in the statics object's initState word (JLS 12.4.2 for one
// thread per station: "in progress" by this station's running transaction).
enum ClassInitState : int32_t {
  kInitNotStarted = 0,
  kInitInProgress = 1,
  kInitDone = 2,
  kInitFailed = 3,
};

// One interface a class implements (transitively), with the code of each of the interface's
// own declared methods, in the interface's declaration order (ClassInfo::interfaceMethodCount).
struct ItableEntry {
  const ClassInfo* interface;
  void* const* methods;  // null for an interface's own list of superinterfaces
};

enum MethodFlag : uint32_t {
  kMethodStatic = 0x1,
  kMethodAbstract = 0x2,
  kMethodNative = 0x4,
  kMethodConstructor = 0x8,
};

// One method declared by the class (constructors included), for the runtime's lookups by name:
// the launcher finds main, the runtime constructs exceptions.
struct MethodEntry {
  const char* key;  // JVM name and descriptor: "main([Ljava/lang/String;)V", "<init>(Ljava/lang/String;)V"
  void* code;       // the compiled function (null for abstract methods)
  uint32_t flags;   // MethodFlag
  uint32_t vtableIndex;  // for virtual methods; UINT32_MAX otherwise
};

struct ClassInfo {
  const heap::TypeDescriptor* type;  // instances' descriptor; null for interfaces
  const ClassInfo* super;            // null for java.lang.Object and interfaces
  uint32_t depth;                    // java.lang.Object: 0; interfaces: 0
  uint32_t flags;                    // ClassFlag
  const ClassInfo* display[kDisplaySize];
  const ItableEntry* interfaces;     // every interface this class implements, transitively
  uint32_t interfaceCount;
  uint32_t vtableLength;
  const ClassInfo* element;          // arrays: the element class (null for primitive elements)
  uint32_t elementKind;              // arrays of primitives: the JVM letter ('I', 'D', 'Z', …); 0 otherwise
  uint32_t interfaceMethodCount;     // interfaces: how many methods an itable of it holds
  const char* name;                  // the binary name: "java.lang.String", "[I", "[Ljava.lang.String;"
  const char* sourceFile;            // "String.java"; null for arrays
  heap::ObjectHeader* classObject;   // the java.lang.Class instance for getClass()
  heap::ObjectHeader* statics;       // the statics object (RW, pinned), or null if nothing to keep
  uint32_t initStateOffset;          // offset of the int initState in statics
  uint32_t methodCount;
  void (*clinit)();                  // static initialisers and static field initialisers; may be null
  const MethodEntry* methods;
};

// The vtable entry `index` of a class with descriptor `type`.
inline void** vtableSlot(const heap::TypeDescriptor* type, uint32_t index) {
  return reinterpret_cast<void**>(const_cast<char*>(reinterpret_cast<const char*>(type))) - (index + 1);
}

inline const ClassInfo* classInfoOf(const heap::TypeDescriptor* type) {
  return reinterpret_cast<const ClassInfo*>(type->runtimeWord);
}

// True iff an instance of `sub` is assignable to `target` (classes, interfaces and arrays,
// JLS 5.2 on reference types).
bool isAssignable(const ClassInfo* sub, const ClassInfo* target);

}  // namespace plurix::runtime
