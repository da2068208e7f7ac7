// Natives of java.lang.Throwable's stack trace. fillInStackTrace captures the return addresses
// of the compiled frames on the stack (a long[] the throwable keeps); printStackTrace asks for
// each frame's text only when it prints, so a throwable that is caught and dropped never pays
// for the code map lookups.
//
// As HotSpot does, the trace starts at the frame that created the throwable: the frames of
// the native's compiled caller, fillInStackTrace and of the constructors running for this throwable (its own class's and
// its superclasses') are dropped from the top.
#include <cstring>
#include <string>
#include <string_view>

#include "runtime/entry/allocation.h"
#include "runtime/launch/runtime.h"
#include "runtime/natives/native_functions.h"
#include "runtime/natives/stack_walk.h"
#include "runtime/object/code_map_lookup.h"
#include "runtime/object/java_string.h"
#include "runtime/object/object_access.h"

namespace plurix::runtime::natives {

namespace {

// HotSpot's default MaxJavaStackTraceDepth.
constexpr size_t kMaxFrames = 1024;
// Room for the runtime's and the C library's frames beyond the Java ones.
constexpr size_t kMaxWalk = kMaxFrames + 64;
// Methods inlined at one address that a trace shows, and where their depth sits in an entry.
constexpr uint32_t kMaxInlined = 16;
constexpr unsigned kDepthShift = 56;

bool endsWith(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

// True for the frames fillInStackTrace leaves on top: the compiled method that calls this
// native, fillInStackTrace itself and the constructors of the throwable's class and
// superclasses.
bool isCreationFrame(std::string_view function, const ClassInfo* throwableClass) {
  if (function == "java.lang.Throwable.captureBacktrace" || endsWith(function, ".fillInStackTrace")) return true;
  if (!endsWith(function, ".<init>")) return false;
  std::string_view owner = function.substr(0, function.size() - std::string_view(".<init>").size());
  const ClassInfo* constructed = findClass(owner);
  return constructed != nullptr && isAssignable(throwableClass, constructed);
}

}  // namespace

ObjectHeader* throwableCaptureBacktrace(ObjectHeader* self) {
  uintptr_t addresses[kMaxWalk];
  size_t count = collectReturnAddresses(addresses, kMaxWalk);
  const CodeMap* head = codeMapHead();
  const ClassInfo* throwableClass = classOf(self);
  size_t kept = 0;
  bool top = true;
  // An entry is a return address, with the depth of a method inlined there in its top bits
  // (addresses stay below 2^48): each inlined method is a frame of its own, as in HotSpot.
  uintptr_t frames[kMaxFrames];
  for (size_t i = 0; i < count && kept < kMaxFrames; ++i) {
    CodeLocation locations[kMaxInlined];
    uint32_t found = findCodeFrames(head, addresses[i] - 1, locations, kMaxInlined);
    for (uint32_t depth = 0; depth < found && kept < kMaxFrames; ++depth) {
      if (top && isCreationFrame(locations[depth].function, throwableClass)) continue;
      top = false;
      frames[kept++] = addresses[i] | (uintptr_t{depth} << kDepthShift);
    }
  }
  const ClassInfo* longArray = findClass("[J");
  if (longArray == nullptr) return nullptr;  // no long[] class: the trace stays empty
  ObjectHeader* backtrace = allocateArrayOf(longArray, kept);
  if (backtrace == nullptr) return nullptr;
  memcpy(arrayElements(backtrace), frames, kept * sizeof(uintptr_t));
  return backtrace;
}

ObjectHeader* throwableFrameDescription(int64_t address) {
  auto entry = static_cast<uintptr_t>(address);
  uintptr_t depth = entry >> kDepthShift;
  uintptr_t pc = entry & ((uintptr_t{1} << kDepthShift) - 1);
  CodeLocation locations[kMaxInlined];
  uint32_t found = findCodeFrames(codeMapHead(), pc - 1, locations, kMaxInlined);
  CodeLocation location = depth < found ? locations[depth] : CodeLocation{"Unknown", nullptr, 0};
  return newString(utf8ToUtf16(describeLocation(location)));
}

}  // namespace plurix::runtime::natives
