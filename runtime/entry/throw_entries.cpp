// The runtime entries that throw the exceptions the JVM itself raises, worded as HotSpot 17
// words them (a program prints the same message under java and under Plurix, invariant 7).
#include <string>

#include "runtime/entry/entries.h"
#include "runtime/entry/exceptions.h"
#include "runtime/launch/runtime.h"
#include "runtime/object/object_access.h"

namespace plurix::runtime {

void throwEntry(heap::ObjectHeader* exception) { setPending(exception); }

void throwNullPointerEntry() { throwNew("java.lang.NullPointerException", nullptr); }

void throwArrayIndexEntry(int32_t index, int32_t length) {
  std::string message = "Index " + std::to_string(index) + " out of bounds for length " + std::to_string(length);
  throwNew("java.lang.ArrayIndexOutOfBoundsException", message.c_str());
}

void throwDivideByZeroEntry() { throwNew("java.lang.ArithmeticException", "/ by zero"); }

void throwClassCastEntry(heap::ObjectHeader* object, const ClassInfo* target) {
  // HotSpot appends the classes' modules and loaders in parentheses; the dialect has neither.
  std::string message = "class " + std::string(classOf(object)->name) + " cannot be cast to class " + target->name;
  throwNew("java.lang.ClassCastException", message.c_str());
}

void throwAbstractMethodEntry() { throwNew("java.lang.AbstractMethodError", nullptr); }

}  // namespace plurix::runtime
