// The C++ functions behind the standard library's native methods, by owner class, each with
// the C signature runtime_entry.h's convention gives its Java declaration (receiver first).
// native_methods.cpp binds each to its key; tests call them directly.
#pragma once
#include <cstdint>

#include "heap/object_layout.h"

namespace plurix::runtime::natives {

using heap::ObjectHeader;

// java.lang.Object, java.lang.Class (object_natives.cpp)
int32_t objectHashCode(ObjectHeader* self);
ObjectHeader* objectGetClass(ObjectHeader* self);
ObjectHeader* objectClone(ObjectHeader* self);
ObjectHeader* classGetName(ObjectHeader* self);

// java.lang.System (system_natives.cpp, array_copy.cpp)
ObjectHeader* systemStandardStream(int32_t descriptor);
int64_t systemCurrentTimeMillis();
int64_t systemNanoTime();
void systemArraycopy(ObjectHeader* src, int32_t srcPos, ObjectHeader* dest, int32_t destPos, int32_t length);
void systemExit(int32_t status);

// java.io.PrintStream (system_natives.cpp)
void printStreamWrite(ObjectHeader* self, ObjectHeader* string);
void printStreamFlush(ObjectHeader* self);

// java.lang.Double, java.lang.Float (number_natives.cpp)
double doubleParseDouble(ObjectHeader* string);
ObjectHeader* doubleToString(double value);
int64_t doubleToRawLongBits(double value);
double doubleLongBitsToDouble(int64_t bits);
float floatParseFloat(ObjectHeader* string);
ObjectHeader* floatToString(float value);
int32_t floatToRawIntBits(float value);
float floatIntBitsToFloat(int32_t bits);

// java.lang.Math (math_natives.cpp)
double mathSqrt(double a);
double mathCbrt(double a);
double mathPow(double a, double b);
double mathExp(double a);
double mathLog(double a);
double mathLog10(double a);
double mathSin(double a);
double mathCos(double a);
double mathTan(double a);
double mathAsin(double a);
double mathAcos(double a);
double mathAtan(double a);
double mathAtan2(double y, double x);
double mathHypot(double x, double y);
double mathFloor(double a);
double mathCeil(double a);
double mathRint(double a);

// plurix.STATION, plurix.MAGIC (plurix_natives.cpp)
int32_t stationLocalId();
ObjectHeader* stationLocalStation();
int64_t stationLocalMemory();
int32_t mainLauncherRunMain(ObjectHeader* className, ObjectHeader* args);
ObjectHeader* mainLauncherTakeOutput();
int8_t magicReadMemory8(int64_t address);
int16_t magicReadMemory16(int64_t address);
int32_t magicReadMemory32(int64_t address);
int64_t magicReadMemory64(int64_t address);
void magicWriteMemory8(int64_t address, int8_t value);
void magicWriteMemory16(int64_t address, int16_t value);
void magicWriteMemory32(int64_t address, int32_t value);
void magicWriteMemory64(int64_t address, int64_t value);
int8_t magicInPort8(int32_t port);
int16_t magicInPort16(int32_t port);
int32_t magicInPort32(int32_t port);
void magicOutPort8(int32_t port, int8_t value);
void magicOutPort16(int32_t port, int16_t value);
void magicOutPort32(int32_t port, int32_t value);
int64_t magicAddressOf(ObjectHeader* object);
ObjectHeader* magicCastToStruct(int64_t address);
int64_t magicSizeOf(ObjectHeader* object);

// java.lang.Throwable (stack_trace_natives.cpp)
ObjectHeader* throwableCaptureBacktrace(ObjectHeader* self);
ObjectHeader* throwableFrameDescription(int64_t address);

}  // namespace plurix::runtime::natives
