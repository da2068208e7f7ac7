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

namespace {

// Where HotSpot says a class lives: the standard library is java.base of the boot loader, a
// program's classes the unnamed module of the application loader; an array lives where its
// innermost element class does (primitive elements: java.base).
const char* moduleAndLoader(const ClassInfo* cls) {
  while (cls != nullptr && isArrayClass(cls)) cls = cls->element;
  bool system = cls == nullptr || (cls->flags & kClassSystem) != 0;
  return system ? "module java.base of loader 'bootstrap'" : "unnamed module of loader 'app'";
}

}  // namespace

void throwClassCastEntry(heap::ObjectHeader* object, const ClassInfo* target) {
  // HotSpot 17's wording, module note included, so programs print what they print under java.
  const ClassInfo* source = classOf(object);
  std::string from = source->name;
  std::string to = target->name;
  std::string fromPlace = moduleAndLoader(source);
  std::string toPlace = moduleAndLoader(target);
  std::string where = fromPlace == toPlace ? from + " and " + to + " are in " + fromPlace
                                           : from + " is in " + fromPlace + "; " + to + " is in " + toPlace;
  std::string message = "class " + from + " cannot be cast to class " + to + " (" + where + ")";
  throwNew("java.lang.ClassCastException", message.c_str());
}

void throwAbstractMethodEntry() { throwNew("java.lang.AbstractMethodError", nullptr); }

}  // namespace plurix::runtime
