// The natives table (native_methods.h). Its order is the heap's format: compiled code calls a
// native through runtime table entry kFirstNativeEntry + its index here, so entries are only
// ever appended, never reordered or removed.
#include "runtime/natives/native_methods.h"

#include "runtime/entry/runtime_entry.h"
#include "runtime/natives/native_functions.h"

namespace plurix::runtime {

namespace {

using namespace natives;

template <typename Function>
NativeMethod native(const char* key, Function function) {
  return NativeMethod{key, reinterpret_cast<void*>(function)};
}

const NativeMethod kNatives[] = {
    native("java.lang.Object.hashCode()I", &objectHashCode),
    native("java.lang.Object.getClass()Ljava/lang/Class;", &objectGetClass),
    native("java.lang.Object.clone()Ljava/lang/Object;", &objectClone),
    native("java.lang.Class.getName()Ljava/lang/String;", &classGetName),
    native("java.lang.System.standardStream(I)Ljava/io/PrintStream;", &systemStandardStream),
    native("java.lang.System.currentTimeMillis()J", &systemCurrentTimeMillis),
    native("java.lang.System.nanoTime()J", &systemNanoTime),
    native("java.lang.System.arraycopy(Ljava/lang/Object;ILjava/lang/Object;II)V", &systemArraycopy),
    native("java.lang.System.exit(I)V", &systemExit),
    native("java.io.PrintStream.write(Ljava/lang/String;)V", &printStreamWrite),
    native("java.io.PrintStream.flush()V", &printStreamFlush),
    native("java.lang.Double.parseDouble(Ljava/lang/String;)D", &doubleParseDouble),
    native("java.lang.Double.toString(D)Ljava/lang/String;", &doubleToString),
    native("java.lang.Double.doubleToRawLongBits(D)J", &doubleToRawLongBits),
    native("java.lang.Double.longBitsToDouble(J)D", &doubleLongBitsToDouble),
    native("java.lang.Float.parseFloat(Ljava/lang/String;)F", &floatParseFloat),
    native("java.lang.Float.toString(F)Ljava/lang/String;", &floatToString),
    native("java.lang.Float.floatToRawIntBits(F)I", &floatToRawIntBits),
    native("java.lang.Float.intBitsToFloat(I)F", &floatIntBitsToFloat),
    native("java.lang.Math.sqrt(D)D", &mathSqrt),
    native("java.lang.Math.cbrt(D)D", &mathCbrt),
    native("java.lang.Math.pow(DD)D", &mathPow),
    native("java.lang.Math.exp(D)D", &mathExp),
    native("java.lang.Math.log(D)D", &mathLog),
    native("java.lang.Math.log10(D)D", &mathLog10),
    native("java.lang.Math.sin(D)D", &mathSin),
    native("java.lang.Math.cos(D)D", &mathCos),
    native("java.lang.Math.tan(D)D", &mathTan),
    native("java.lang.Math.asin(D)D", &mathAsin),
    native("java.lang.Math.acos(D)D", &mathAcos),
    native("java.lang.Math.atan(D)D", &mathAtan),
    native("java.lang.Math.atan2(DD)D", &mathAtan2),
    native("java.lang.Math.hypot(DD)D", &mathHypot),
    native("java.lang.Math.floor(D)D", &mathFloor),
    native("java.lang.Math.ceil(D)D", &mathCeil),
    native("java.lang.Math.rint(D)D", &mathRint),
    native("plurix.STATION.localId()I", &stationLocalId),
    native("plurix.STATION.local()Lplurix/Station;", &stationLocalStation),
    native("plurix.STATION.localMemoryAddress()J", &stationLocalMemory),
    native("plurix.MainLauncher.runMain(Ljava/lang/String;[Ljava/lang/String;)I", &mainLauncherRunMain),
    native("plurix.MainLauncher.takeOutput()Ljava/lang/String;", &mainLauncherTakeOutput),
    native("plurix.MAGIC.rMem8(J)B", &magicReadMemory8),
    native("plurix.MAGIC.rMem16(J)S", &magicReadMemory16),
    native("plurix.MAGIC.rMem32(J)I", &magicReadMemory32),
    native("plurix.MAGIC.rMem64(J)J", &magicReadMemory64),
    native("plurix.MAGIC.wMem8(JB)V", &magicWriteMemory8),
    native("plurix.MAGIC.wMem16(JS)V", &magicWriteMemory16),
    native("plurix.MAGIC.wMem32(JI)V", &magicWriteMemory32),
    native("plurix.MAGIC.wMem64(JJ)V", &magicWriteMemory64),
    native("plurix.MAGIC.inPort8(I)B", &magicInPort8),
    native("plurix.MAGIC.inPort16(I)S", &magicInPort16),
    native("plurix.MAGIC.inPort32(I)I", &magicInPort32),
    native("plurix.MAGIC.outPort8(IB)V", &magicOutPort8),
    native("plurix.MAGIC.outPort16(IS)V", &magicOutPort16),
    native("plurix.MAGIC.outPort32(II)V", &magicOutPort32),
    native("plurix.MAGIC.addr(Ljava/lang/Object;)J", &magicAddressOf),
    native("plurix.MAGIC.cast2Struct(J)Lplurix/STRUCT;", &magicCastToStruct),
    native("plurix.MAGIC.sizeOf(Ljava/lang/Object;)J", &magicSizeOf),
    native("java.lang.Throwable.captureBacktrace()[J", &throwableCaptureBacktrace),
    native("java.lang.Throwable.frameDescription(J)Ljava/lang/String;", &throwableFrameDescription),
};

}  // namespace

std::span<const NativeMethod> nativeMethods() { return kNatives; }

int nativeEntryIndex(std::string_view key) {
  for (size_t i = 0; i < std::size(kNatives); ++i) {
    if (key == kNatives[i].key) return static_cast<int>(kFirstNativeEntry + i);
  }
  return -1;
}

}  // namespace plurix::runtime
