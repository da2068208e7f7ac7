// Natives of the dialect's extensions: STATION (the station-local area) and MAGIC (raw memory,
// port I/O, object addresses). Hosted, port I/O has no hardware to reach: it throws
// UnsupportedOperationException rather than touch the process's own I/O permissions.
#include <cstring>

#include "heap/address_space.h"
#include "runtime/launch/runtime.h"
#include "runtime/natives/console_output.h"
#include "runtime/natives/launched_main.h"
#include "runtime/natives/native_functions.h"
#include "runtime/object/java_string.h"

namespace plurix::runtime::natives {

namespace {

template <typename T>
T readAt(int64_t address) {
  T value;
  memcpy(&value, reinterpret_cast<const void*>(address), sizeof value);
  return value;
}

template <typename T>
void writeAt(int64_t address, T value) {
  memcpy(reinterpret_cast<void*>(address), &value, sizeof value);
}

// What the last MainLauncher.runMain printed, until takeOutput makes it a String (both run in
// one step on this station, so one place per station is enough; a rerun step redoes both).
std::string launchedOutput;

void portsUnavailable() { throwNew("java.lang.UnsupportedOperationException", "port I/O needs the bare-metal kernel"); }

}  // namespace

int32_t stationLocalId() { return heap::stationLocal()->stationId; }
ObjectHeader* stationLocalStation() { return heap::stationLocal()->station; }
// Drivers written in the dialect keep their state here: outside the heap, untracked, so it
// survives aborts (DESIGN.md invariant 6).
int64_t stationLocalMemory() {
  return static_cast<int64_t>(reinterpret_cast<uintptr_t>(heap::stationLocal()->driverState));
}

int8_t magicReadMemory8(int64_t address) { return readAt<int8_t>(address); }
int16_t magicReadMemory16(int64_t address) { return readAt<int16_t>(address); }
int32_t magicReadMemory32(int64_t address) { return readAt<int32_t>(address); }
int64_t magicReadMemory64(int64_t address) { return readAt<int64_t>(address); }
void magicWriteMemory8(int64_t address, int8_t value) { writeAt(address, value); }
void magicWriteMemory16(int64_t address, int16_t value) { writeAt(address, value); }
void magicWriteMemory32(int64_t address, int32_t value) { writeAt(address, value); }
void magicWriteMemory64(int64_t address, int64_t value) { writeAt(address, value); }

int8_t magicInPort8(int32_t) {
  portsUnavailable();
  return 0;
}
int16_t magicInPort16(int32_t) {
  portsUnavailable();
  return 0;
}
int32_t magicInPort32(int32_t) {
  portsUnavailable();
  return 0;
}
void magicOutPort8(int32_t, int8_t) { portsUnavailable(); }
void magicOutPort16(int32_t, int16_t) { portsUnavailable(); }
void magicOutPort32(int32_t, int32_t) { portsUnavailable(); }

int64_t magicAddressOf(ObjectHeader* object) { return static_cast<int64_t>(reinterpret_cast<uintptr_t>(object)); }
// A STRUCT reference is the address itself: STRUCT types are never stored in the heap, so no
// barrier or backchain ever sees it (LANGUAGE.md, STRUCT).
ObjectHeader* magicCastToStruct(int64_t address) { return reinterpret_cast<ObjectHeader*>(address); }
int64_t magicSizeOf(ObjectHeader* object) {
  if (object == nullptr) {
    throwNew("java.lang.NullPointerException", nullptr);
    return 0;
  }
  return static_cast<int64_t>(object->size());
}

int32_t mainLauncherRunMain(ObjectHeader* className, ObjectHeader* args) {
  ConsoleMark mark = consoleMark();
  std::string name = stringUtf8(className);
  const ClassInfo* mainClass = className != nullptr ? findClass(name) : nullptr;
  int32_t status = 1;
  if (mainClass == nullptr) {
    consoleWrite(kStandardError, "Error: Could not find or load main class " + name + "\n");
  } else {
    LaunchedMain& launched = launchedMain();
    launched.exited = false;
    ++launched.depth;
    status = invokeMain(mainClass, args);
    --launched.depth;
    if (launched.exited) status = launched.status;  // invokeMain took the unwinding Error back
    launched.exited = false;
  }
  launchedOutput = consoleTextSince(mark);
  return status;
}

ObjectHeader* mainLauncherTakeOutput() { return newString(utf8ToUtf16(launchedOutput)); }

}  // namespace plurix::runtime::natives
