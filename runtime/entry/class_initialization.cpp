// Class initialisation, JLS 12.4.2 for one thread per station. The state lives in the class's
// statics object (RW, in the heap), so an aborted transaction also undoes a half-done
// initialisation, and a class initialised by one station's committed transaction is
// initialised for the whole cluster.
//
// Steps kept from 12.4.2: a class in progress is taken as initialised (the recursive request
// of the one thread doing it); an erroneous class throws NoClassDefFoundError; the superclass
// is initialised first (interfaces are not, as for classes without default methods); an
// exception from the initialisers marks the class erroneous, and one that is not an Error is
// wrapped in ExceptionInInitializerError. No locking: one transaction runs at a time.
#include <string>

#include "runtime/entry/entries.h"
#include "runtime/entry/exceptions.h"
#include "runtime/launch/runtime.h"
#include "runtime/object/object_access.h"

namespace plurix::runtime {

namespace {

int32_t* initStateOf(const ClassInfo* cls) {
  if (cls->statics == nullptr) return nullptr;
  return reinterpret_cast<int32_t*>(cls->statics->bytes() + cls->initStateOffset);
}

bool isError(heap::ObjectHeader* exception) {
  const ClassInfo* error = findClass("java.lang.Error");
  return error != nullptr && isAssignable(classOf(exception), error);
}

}  // namespace

void initializeClassEntry(const ClassInfo* cls) {
  if (cls == nullptr) return;
  int32_t* state = initStateOf(cls);
  if (state != nullptr) {
    if (*state == kInitDone || *state == kInitInProgress) return;
    if (*state == kInitFailed) {
      std::string message = std::string("Could not initialize class ") + cls->name;
      throwNew("java.lang.NoClassDefFoundError", message.c_str());
      return;
    }
    *state = kInitInProgress;
  }
  auto fail = [state] {
    if (state != nullptr) *state = kInitFailed;
  };
  if (cls->super != nullptr && !isInterfaceClass(cls)) {
    initializeClassEntry(cls->super);
    if (hasPending()) {
      fail();
      return;
    }
  }
  if (cls->clinit != nullptr) {
    cls->clinit();
    if (hasPending()) {
      fail();
      heap::ObjectHeader* thrown = heap::stationLocal()->pendingException;
      if (!isError(thrown)) {
        takePending();
        throwNewWith("java.lang.ExceptionInInitializerError", "<init>(Ljava/lang/Throwable;)V", thrown);
      }
      return;
    }
  }
  if (state != nullptr) *state = kInitDone;
}

}  // namespace plurix::runtime
