// Natives of java.lang.System (but arraycopy, array_copy.cpp) and java.io.PrintStream: the
// console streams, the clocks and exit.
#include <cstdlib>
#include <ctime>
#include <string>

#include "runtime/entry/allocation.h"
#include "runtime/entry/exceptions.h"
#include "runtime/launch/runtime.h"
#include "runtime/natives/console_output.h"
#include "runtime/natives/exit_hook.h"
#include "runtime/natives/launched_main.h"
#include "runtime/natives/native_functions.h"
#include "runtime/object/java_string.h"
#include "runtime/object/object_access.h"
#include "runtime/platform/system.h"

namespace plurix::runtime::natives {

namespace {

// PrintStream's one field, `int descriptor` (PrintStream.java).
constexpr uint32_t kPrintStreamDescriptorField = 0;

using PrintStreamConstructor = void (*)(ObjectHeader* self, int32_t descriptor);

}  // namespace

ObjectHeader* systemStandardStream(int32_t descriptor) {
  const ClassInfo* cls = findClass("java.io.PrintStream");
  const MethodEntry* constructor = findDeclaredMethod(cls, "<init>(I)V");
  if (constructor == nullptr || constructor->code == nullptr) {
    throwNew("java.lang.UnsupportedOperationException", "java.io.PrintStream is not loaded");
    return nullptr;
  }
  ObjectHeader* stream = allocateObject(cls->type);
  if (stream == nullptr) return nullptr;
  reinterpret_cast<PrintStreamConstructor>(constructor->code)(stream, descriptor);
  return hasPending() ? nullptr : stream;
}

int64_t systemCurrentTimeMillis() {
  timespec now{};
  clock_gettime(CLOCK_REALTIME, &now);
  return static_cast<int64_t>(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
}

int64_t systemNanoTime() { return static_cast<int64_t>(platform::monotonicNanos()); }

void systemExit(int32_t status) {
  if (launchedMain().depth > 0) {
    launchedMain().exited = true;
    launchedMain().status = status;
    throwNew("java.lang.Error", "System.exit in a main run by plurix.MainLauncher");
    return;
  }
  consoleFlush();
  runBeforeExitHook();
  // The process ends here, as java's does; nothing after System.exit runs.
  std::_Exit(status);
}

void printStreamWrite(ObjectHeader* self, ObjectHeader* string) {
  if (string == nullptr) {
    throwNew("java.lang.NullPointerException", nullptr);
    return;
  }
  int32_t descriptor = *reinterpret_cast<int32_t*>(fieldAddress(self, kPrintStreamDescriptorField));
  std::string bytes;
  ObjectHeader* chars = stringChars(string);
  if (chars != nullptr) {
    appendUtf8(std::u16string_view(reinterpret_cast<const char16_t*>(arrayElements(chars)), arrayLength(chars)),
               bytes);
  }
  consoleWrite(descriptor == kStandardError ? kStandardError : kStandardOutput, bytes);
}

void printStreamFlush(ObjectHeader* self) {
  (void)self;
  consoleFlush();
}

}  // namespace plurix::runtime::natives
