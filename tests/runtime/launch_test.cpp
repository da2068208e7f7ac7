// runMain's exit statuses and what it prints, the PrintStream natives, and the reserved
// OutOfMemoryError for a heap too full to construct one.
#include <sys/mman.h>
#include <unistd.h>

#include <functional>

#include "runtime/entry/entries.h"
#include "runtime/entry/exceptions.h"
#include "runtime/launch/stack_overflow.h"
#include "runtime/platform/faults.h"
#include "runtime/natives/console_output.h"
#include "runtime/natives/native_functions.h"
#include "runtime_fixture.h"

namespace plurix::runtime::testing {
namespace {

// Runs body with standard output and error going to one pipe; returns what they wrote.
std::string captureConsole(const std::function<void()>& body) {
  int ends[2];
  if (pipe(ends) != 0) return "<no pipe>";
  consoleFlush();
  int savedOut = dup(kStandardOutput);
  int savedErr = dup(kStandardError);
  dup2(ends[1], kStandardOutput);
  dup2(ends[1], kStandardError);
  body();
  consoleFlush();
  dup2(savedOut, kStandardOutput);
  dup2(savedErr, kStandardError);
  close(savedOut);
  close(savedErr);
  close(ends[1]);
  std::string text;
  char buffer[256];
  for (ssize_t got; (got = read(ends[0], buffer, sizeof buffer)) > 0;) text.append(buffer, size_t(got));
  close(ends[0]);
  return text;
}

std::vector<std::string> seenArguments;
heap::ObjectHeader* toThrow = nullptr;

void recordingMain(heap::ObjectHeader* args) {
  seenArguments.clear();
  for (uint64_t i = 0; i < arrayLength(args); ++i) seenArguments.push_back(stringUtf8(referenceElement(args, i)->target));
}
void throwingMain(heap::ObjectHeader*) { heap::stationLocal()->pendingException = toThrow; }
// Stands in for Throwable.printStackTrace: prints the message as the Java method would.
void printMessage(heap::ObjectHeader* self) {
  heap::ObjectHeader* message = referenceField(self, kMessageField)->target;
  consoleWrite(kStandardError, "trace of " + (message == nullptr ? std::string("?") : stringUtf8(message)) + "\n");
}

class LaunchTest : public RuntimeTest {
 protected:
  ClassInfo* mainClass(void (*main)(heap::ObjectHeader*)) {
    return defineClass({"Main", object_, {}, 0, {},
                        {{"main([Ljava/lang/String;)V", reinterpret_cast<void*>(main), kMethodStatic, UINT32_MAX}}});
  }
};

TEST_F(LaunchTest, MainGetsItsArgumentsAndANormalReturnIsStatusZero) {
  ClassInfo* main = mainClass(&recordingMain);
  int status = runMain(main, {"one", "t\xc3\xa9"});
  EXPECT_EQ(status, 0);
  EXPECT_EQ(seenArguments, (std::vector<std::string>{"one", "t\xc3\xa9"}));
  EXPECT_EQ(heap::stationLocal()->pendingException, nullptr);
}

TEST_F(LaunchTest, AnUncaughtExceptionIsPrintedByItsOwnPrintStackTraceAndIsStatusOne) {
  // Give Throwable a printStackTrace in vtable slot 2, inherited by every exception class.
  auto& methods = const_cast<std::vector<MethodEntry>&>(methods_.emplace_back(throwableConstructors()));
  methods.push_back({"printStackTrace()V", reinterpret_cast<void*>(&printMessage), 0, 2});
  throwable_->methods = methods.data();
  throwable_->methodCount = static_cast<uint32_t>(methods.size());
  ClassInfo* failure = defineException("Failure", runtimeException_);
  *vtableSlot(failure->type, 2) = reinterpret_cast<void*>(&printMessage);
  toThrow = newInstance(failure);
  heap::storeReference(referenceField(toThrow, kMessageField), newString(u"boom"));
  ClassInfo* main = mainClass(&throwingMain);
  int status = 0;
  std::string printed = captureConsole([&] { status = runMain(main, {}); });
  EXPECT_EQ(status, 1);
  EXPECT_EQ(printed, "Exception in thread \"main\" trace of boom\n");
}

// Stands in for Throwable.printUncaught, which prints the prefix itself.
void printUncaught(heap::ObjectHeader* self) {
  consoleWrite(kStandardError, "uncaught " + stringUtf8(referenceField(self, kMessageField)->target) + "\n");
}

TEST_F(LaunchTest, ThrowablesPrintUncaughtIsPreferredWhenTheLibraryHasIt) {
  auto& methods = methods_.emplace_back(throwableConstructors());
  methods.push_back({"printUncaught()V", reinterpret_cast<void*>(&printUncaught), 0, UINT32_MAX});
  throwable_->methods = methods.data();
  throwable_->methodCount = static_cast<uint32_t>(methods.size());
  toThrow = newInstance(runtimeException_);
  heap::storeReference(referenceField(toThrow, kMessageField), newString(u"bang"));
  int status = 0;
  std::string printed = captureConsole([&] { status = runMain(mainClass(&throwingMain), {}); });
  EXPECT_EQ(status, 1);
  EXPECT_EQ(printed, "uncaught bang\n");
}

TEST_F(LaunchTest, AMissingMainIsReportedAsJavaDoes) {
  ClassInfo* noMain = defineClass({"NoMain", object_});
  int status = 0;
  std::string printed = captureConsole([&] { status = runMain(noMain, {}); });
  EXPECT_EQ(status, 1);
  EXPECT_EQ(printed.rfind("Error: Main method not found in class NoMain, please define the main method as:\n"
                          "   public static void main(String[] args)\n",
                          0),
            0u);
}

heap::ObjectHeader* joined = nullptr;
heap::ObjectHeader* joinCluster() { return joined; }
int32_t seenStationId = -1;
void stationMain(heap::ObjectHeader*) { seenStationId = heap::stationLocal()->station == joined ? 0 : -2; }

TEST_F(LaunchTest, TheStationJoinsTheClusterBeforeMain) {
  defineClass({"plurix.Cluster", object_, {}, 0, {},
               {{"join()Lplurix/Station;", reinterpret_cast<void*>(&joinCluster), kMethodStatic, UINT32_MAX}}});
  joined = newInstance(object_);
  heap::stationLocal()->station = nullptr;
  EXPECT_EQ(runMain(mainClass(&stationMain), {}), 0);
  EXPECT_EQ(seenStationId, 0);
  EXPECT_EQ(heap::stationLocal()->station, joined);
  heap::stationLocal()->station = nullptr;
}

volatile bool keepRecursing = true;
[[gnu::noinline]] int recurseForever(int depth) {
  volatile char frame[256];
  frame[0] = static_cast<char>(depth);
  return (keepRecursing ? recurseForever(depth + 1) : 0) + frame[0];
}

TEST_F(LaunchTest, DeepRecursionEndsWithStackOverflowErrorAndStatusOne) {
  EXPECT_EXIT(
      {
        consoleWrite(kStandardError, "before\n");
        StackOverflowGuard guard;
        recurseForever(0);
      },
      ::testing::ExitedWithCode(1), "^before\nException in thread \"main\" java.lang.StackOverflowError\n$");
}

TEST_F(LaunchTest, OtherFaultsAreNotReportedAsStackOverflow) {
  EXPECT_DEATH(
      {
        StackOverflowGuard guard;
        volatile uintptr_t unmapped = 16;
        *reinterpret_cast<volatile int*>(unmapped) = 1;
      },
      "^$");
}

void* protectedPage = nullptr;
int faultsSeenByTheOtherHandler = 0;
platform::FaultOutcome otherHandler(const platform::Fault& fault) {
  if (fault.address != reinterpret_cast<uintptr_t>(protectedPage)) return platform::FaultOutcome::kNotMine;
  ++faultsSeenByTheOtherHandler;
  mprotect(protectedPage, 4096, PROT_READ | PROT_WRITE);
  return platform::FaultOutcome::kRetry;
}

TEST_F(LaunchTest, FaultsThatAreNotOverflowsReachTheOtherFaultHandlers) {
  protectedPage = mmap(nullptr, 4096, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  ASSERT_NE(protectedPage, MAP_FAILED);
  {
    StackOverflowGuard guard;  // added first: asked first, and must decline
    ASSERT_TRUE(platform::addFaultHandler(&otherHandler).isOk());
    *static_cast<volatile int*>(protectedPage) = 42;
    *static_cast<volatile int*>(protectedPage) = 43;  // no fault: the page is writable now
    platform::removeFaultHandler(&otherHandler);
  }
  EXPECT_EQ(faultsSeenByTheOtherHandler, 1);
  EXPECT_EQ(*static_cast<int*>(protectedPage), 43);
  munmap(protectedPage, 4096);
}

void printStreamConstructor(heap::ObjectHeader* self, int32_t descriptor) {
  *reinterpret_cast<int32_t*>(fieldAddress(self, 0)) = descriptor;
}

TEST_F(LaunchTest, PrintStreamsWriteUtf8ToTheirDescriptor) {
  defineClass({"java.io.PrintStream", object_, {heap::FieldKind::kInt32}, 0, {},
               {{"<init>(I)V", reinterpret_cast<void*>(&printStreamConstructor), kMethodConstructor, UINT32_MAX}}});
  heap::ObjectHeader* out = natives::systemStandardStream(1);
  heap::ObjectHeader* err = natives::systemStandardStream(2);
  ASSERT_NE(out, nullptr);
  ASSERT_NE(err, nullptr);
  std::string printed = captureConsole([&] {
    natives::printStreamWrite(out, newString(u"caf\u00e9 "));
    natives::printStreamWrite(err, newString(u"\U0001F600\n"));
    natives::printStreamWrite(out, newString(u"end"));
    natives::printStreamFlush(out);
  });
  EXPECT_EQ(printed, "caf\xc3\xa9 \xf0\x9f\x98\x80\nend");
  natives::printStreamWrite(out, nullptr);
  EXPECT_EQ(pendingDescription(), "java.lang.NullPointerException: <none>");
}

TEST_F(LaunchTest, AFullHeapStillThrowsOutOfMemoryError) {
  prepareOutOfMemoryError();
  std::vector<heap::ObjectHeader*> filler;
  for (uint64_t length = 1 << 20; length >= 1;) {
    heap::ObjectHeader* array = heap().allocateArray(longArray_->type, length);
    if (array == nullptr) {
      length /= 2;
      continue;
    }
    heap::Heap::pin(array);
    filler.push_back(array);
  }
  while (heap::ObjectHeader* small = heap().allocateInstance(object_->type)) heap::Heap::pin(small);
  EXPECT_EQ(newInstanceEntry(string_), nullptr);
  EXPECT_EQ(pendingDescription(), "java.lang.OutOfMemoryError: Java heap space");
  EXPECT_EQ(newArrayEntry(longArray_, 1 << 20), nullptr);
  EXPECT_EQ(classNameOf(takeException()), "java.lang.OutOfMemoryError");
}

}  // namespace
}  // namespace plurix::runtime::testing
