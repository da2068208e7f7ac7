// Throwing from C++ (exceptions.h, throwNew of runtime.h). The runtime constructs exceptions by
// calling their compiled constructors, so a runtime-made exception is indistinguishable from
// one made by `new` in Java: its constructor chain runs (fillInStackTrace included) and
// subclass fields are initialised.
//
// Why fatal on a missing class: the classes named here are the standard library's, which the
// class loader loads before any program; a missing one means a broken library, and no Java
// exception could report it.
#include "runtime/entry/exceptions.h"

#include <cstring>

#include "heap/heap.h"
#include "heap/name_service.h"
#include "runtime/entry/allocation.h"
#include "runtime/entry/entries.h"
#include "runtime/launch/runtime.h"
#include "runtime/object/java_string.h"
#include "runtime/object/object_access.h"
#include "runtime/platform/status.h"
#include "runtime/platform/system.h"

namespace plurix::runtime {

namespace {

using ConstructorWithArgument = void (*)(heap::ObjectHeader* self, heap::ObjectHeader* argument);
using Constructor = void (*)(heap::ObjectHeader* self);

// The OutOfMemoryError thrown when the heap cannot hold a new one: bound in the root name
// service (so it stays alive and belongs to the heap, not to this process).
constexpr const char* kReservedOutOfMemoryName = "plurix.reservedOutOfMemoryError";

heap::ObjectHeader* reservedOutOfMemoryError() {
  return heap::NameService::roots(attachedHeap()).lookup(kReservedOutOfMemoryName, strlen(kReservedOutOfMemoryName));
}

[[noreturn]] void missing(const char* what, const char* name) {
  platform::MessageBuilder message;
  message.text("the runtime needs ").text(what).text(" ").text(name).text(", which is not loaded");
  platform::fatal(message.str());
}

const ClassInfo* requireClass(const char* className) {
  const ClassInfo* cls = findClass(className);
  if (cls == nullptr || cls->type == nullptr) missing("class", className);
  return cls;
}

// Requires no exception pending. Guarantees a constructed instance, or null with the
// exception that prevented it pending.
heap::ObjectHeader* construct(const char* className, const char* constructorKey, heap::ObjectHeader* argument) {
  const ClassInfo* cls = requireClass(className);
  initializeClassEntry(cls);
  if (hasPending()) return nullptr;
  const MethodEntry* constructor = findDeclaredMethod(cls, constructorKey);
  if (constructor == nullptr || constructor->code == nullptr) missing("constructor", constructorKey);
  heap::ObjectHeader* object = allocateObject(cls->type);
  if (object == nullptr) return nullptr;
  if (strcmp(constructorKey, "<init>()V") == 0) {
    reinterpret_cast<Constructor>(constructor->code)(object);
  } else {
    reinterpret_cast<ConstructorWithArgument>(constructor->code)(object, argument);
  }
  return hasPending() ? nullptr : object;
}

}  // namespace

void setPending(heap::ObjectHeader* exception) {
  if (exception == nullptr) {
    throwNewWith("java.lang.NullPointerException", "<init>()V", nullptr);
    return;
  }
  heap::stationLocal()->pendingException = exception;
}

heap::ObjectHeader* takePending() {
  heap::ObjectHeader* exception = heap::stationLocal()->pendingException;
  heap::stationLocal()->pendingException = nullptr;
  return exception;
}

void throwNewWith(const char* className, const char* constructorKey, heap::ObjectHeader* argument) {
  // An exception raised while another is pending replaces it, as a throw from a catch would.
  takePending();
  heap::ObjectHeader* exception = construct(className, constructorKey, argument);
  if (exception != nullptr) heap::stationLocal()->pendingException = exception;
}

void throwNew(const char* className, const char* message) {
  takePending();
  if (message == nullptr) {
    throwNewWith(className, "<init>()V", nullptr);
    return;
  }
  heap::ObjectHeader* text = newString(utf8ToUtf16(message));
  if (text == nullptr) return;  // OutOfMemoryError pending
  throwNewWith(className, "<init>(Ljava/lang/String;)V", text);
}

void throwOutOfMemory(const char* message) {
  // Making the error allocates (its message, the object, its stack trace); an allocation that
  // fails in there lands here again, and then only the reserved error is left.
  static bool making = false;
  if (making) {
    heap::ObjectHeader* reserved = reservedOutOfMemoryError();
    if (reserved == nullptr) platform::fatal("the heap is full: no room even for an OutOfMemoryError");
    heap::stationLocal()->pendingException = reserved;
    return;
  }
  making = true;
  throwNew("java.lang.OutOfMemoryError", message);
  making = false;
}

void prepareOutOfMemoryError() {
  if (reservedOutOfMemoryError() != nullptr) return;
  heap::ObjectHeader* saved = takePending();
  heap::ObjectHeader* text = newString(u"Java heap space");
  heap::ObjectHeader* error =
      text == nullptr ? nullptr : construct("java.lang.OutOfMemoryError", "<init>(Ljava/lang/String;)V", text);
  takePending();
  if (error != nullptr) {
    heap::Heap::pin(error);
    // A heap too full to bind it simply has no reserve; the error is pinned either way.
    (void)heap::NameService::roots(attachedHeap()).bind(kReservedOutOfMemoryName, strlen(kReservedOutOfMemoryName), error);
  }
  heap::stationLocal()->pendingException = saved;
}

const char* primitiveName(uint32_t elementKind) {
  switch (elementKind) {
    case 'Z': return "boolean";
    case 'B': return "byte";
    case 'C': return "char";
    case 'S': return "short";
    case 'I': return "int";
    case 'J': return "long";
    case 'F': return "float";
    case 'D': return "double";
    default: return "object";
  }
}

}  // namespace plurix::runtime
