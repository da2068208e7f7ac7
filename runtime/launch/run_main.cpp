// Launching a program's main (runtime.h runMain) and reporting what escapes it as the java
// launcher does: `Exception in thread "main" ` and the throwable's own printStackTrace (through
// Throwable.printUncaught, which calls it virtually), so that a program's overrides of
// printStackTrace, toString or getMessage print what they print under java.
#include <cstdio>
#include <string>

#include "heap/backchain.h"
#include "runtime/entry/entries.h"
#include "runtime/entry/exceptions.h"
#include "runtime/launch/runtime.h"
#include "runtime/launch/stack_overflow.h"
#include "runtime/launch/transaction_loop.h"
#include "runtime/natives/console_output.h"
#include "runtime/natives/launched_main.h"
#include "runtime/object/java_string.h"
#include "runtime/object/object_access.h"
#include "txn/transaction.h"

namespace plurix::runtime {

namespace {

using MainMethod = void (*)(heap::ObjectHeader* args);
using VirtualVoidMethod = void (*)(heap::ObjectHeader* self);

}  // namespace

heap::ObjectHeader* newStringArray(const std::vector<std::string>& args) {
  const ClassInfo* stringArray = findClass("[Ljava.lang.String;");
  if (stringArray == nullptr) {
    throwNew("java.lang.NoClassDefFoundError", "[Ljava.lang.String;");
    return nullptr;
  }
  heap::ObjectHeader* array = newArrayEntry(stringArray, static_cast<int32_t>(args.size()));
  for (size_t i = 0; array != nullptr && i < args.size(); ++i) {
    heap::ObjectHeader* text = newString(utf8ToUtf16(args[i]));
    if (text == nullptr) return nullptr;
    heap::storeReference(referenceElement(array, i), text);
  }
  return array;
}

namespace {

// The printStackTrace the throwable's class uses: its vtable slot for Throwable's method.
VirtualVoidMethod printStackTraceOf(heap::ObjectHeader* throwable) {
  const MethodEntry* declared = findDeclaredMethod(findClass("java.lang.Throwable"), "printStackTrace()V");
  if (declared == nullptr) return nullptr;
  if (declared->vtableIndex != UINT32_MAX && declared->vtableIndex < classOf(throwable)->vtableLength) {
    void* code = *vtableSlot(typeOf(throwable), declared->vtableIndex);
    if (code != nullptr) return reinterpret_cast<VirtualVoidMethod>(code);
  }
  return reinterpret_cast<VirtualVoidMethod>(declared->code);
}

// The embedded heap of `plurix run` starts without a cluster: this station joins it before
// main, as a joining station does (Cluster.join), so that STATION names a Station. A program
// that does not use the dialect's station API has no Cluster class loaded and skips this.
void joinClusterIfAlone() {
  heap::StationLocal* local = heap::stationLocal();
  if (local->station != nullptr) return;
  const ClassInfo* cluster = findClass("plurix.Cluster");
  const MethodEntry* join = findDeclaredMethod(cluster, "join()Lplurix/Station;");
  if (join == nullptr || join->code == nullptr) return;
  initializeClassEntry(cluster);
  if (hasPending()) return;
  local->station = reinterpret_cast<heap::ObjectHeader* (*)()>(join->code)();
}

void reportUncaught(heap::ObjectHeader* throwable) {
  // Throwable.printUncaught prints as java's default handler does, through the throwable's own
  // printStackTrace(PrintStream); without it, the prefix is written here and printStackTrace()
  // called virtually.
  const MethodEntry* uncaught = findDeclaredMethod(findClass("java.lang.Throwable"), "printUncaught()V");
  VirtualVoidMethod print = nullptr;
  if (uncaught != nullptr && uncaught->code != nullptr) {
    print = reinterpret_cast<VirtualVoidMethod>(uncaught->code);
  } else {
    consoleWrite(kStandardError, "Exception in thread \"main\" ");
    print = printStackTraceOf(throwable);
  }
  if (print != nullptr) {
    print(throwable);
    if (!hasPending()) return;
    // As java does when printing itself fails: say so and give up on the trace.
    heap::ObjectHeader* failure = takePending();
    consoleWrite(kStandardError, std::string("\nException: ") + classOf(failure)->name +
                                     " thrown from the UncaughtExceptionHandler in thread \"main\"\n");
    return;
  }
  consoleWrite(kStandardError, std::string(classOf(throwable)->name) + "\n");
}

}  // namespace

void printStackTrace(heap::ObjectHeader* throwable) {
  VirtualVoidMethod print = printStackTraceOf(throwable);
  if (print != nullptr) print(throwable);
  if (hasPending() || print == nullptr) {
    if (hasPending()) takePending();
    consoleWrite(kStandardError, std::string(classOf(throwable)->name) + "\n");
  }
}

void enterCluster() { joinClusterIfAlone(); }

int invokeMain(const ClassInfo* mainClass, heap::ObjectHeader* argv) {
  const MethodEntry* main = findDeclaredMethod(mainClass, "main([Ljava/lang/String;)V");
  if (main == nullptr || main->code == nullptr || (main->flags & kMethodStatic) == 0) {
    consoleWrite(kStandardError, std::string("Error: Main method not found in class ") + mainClass->name +
                                     ", please define the main method as:\n   public static void main(String[] args)\n"
                                     "or a JavaFX application class must extend javafx.application.Application\n");
    return 1;
  }
  joinClusterIfAlone();
  if (!hasPending()) initializeClassEntry(mainClass);
  if (!hasPending()) reinterpret_cast<MainMethod>(main->code)(argv);
  if (!hasPending()) return 0;
  if (launchedMain().depth > 0 && launchedMain().exited) {
    takePending();  // System.exit's unwinding, not an uncaught exception
    return launchedMain().status;
  }
  reportUncaught(takePending());
  return 1;
}

namespace {

struct MainStep {
  const ClassInfo* mainClass;
  const std::vector<std::string>* args;
  int status = 0;
};

// main as one transaction. Unlike a registered transaction's step, main keeps what it did when
// an exception escapes: java prints what main printed before the trace, and so must we.
void runMainStep(void* argument) {
  auto* step = static_cast<MainStep*>(argument);
  step->status = 1;
  prepareOutOfMemoryError();
  heap::ObjectHeader* argv = newStringArray(*step->args);
  if (argv == nullptr) {
    reportUncaught(takePending());
    return;
  }
  step->status = invokeMain(step->mainClass, argv);
}

}  // namespace

int runMain(const ClassInfo* mainClass, const std::vector<std::string>& args, const RunSettings& settings) {
  heap::StationLocal* local = heap::stationLocal();
  local->pendingException = nullptr;
  if (platform::Status started = txn::startTransactions(attachedHeap(), settings.tracking); !started.isOk()) {
    consoleWrite(kStandardError, std::string("plurix: cannot start transactions: ") + started.message() + "\n");
    return 1;
  }
  StackOverflowGuard overflowGuard;
  if (settings.injectAborts) setAbortInjection(settings.injectionSeed);
  MainStep step{mainClass, &args};
  bool ran = runSystemTransaction(&runMainStep, &step);
  if (ran) runTransactionLoop();
  platform::Status stopped = settings.keepTracking ? platform::Status::ok() : txn::stopTransactions();
  consoleFlush();
  std::fflush(stdout);
  if (!stopped.isOk()) {
    consoleWrite(kStandardError, std::string("plurix: ") + stopped.message() + "\n");
    return 1;
  }
  return ran ? step.status : 1;
}

namespace {

constexpr uint64_t kRoundsPerBalance = 4;
uint64_t lastBalancedRound = 0;

// Marks this station as taking work, or no longer (plurix.Station.setAccepting).
void setAccepting(bool accepting) {
  heap::ObjectHeader* station = heap::stationLocal()->station;
  const MethodEntry* set = findDeclaredMethod(findClass("plurix.Station"), "setAccepting(Z)V");
  if (station == nullptr || set == nullptr || set->code == nullptr) return;
  reinterpret_cast<void (*)(heap::ObjectHeader*, bool)>(set->code)(station, accepting);
}

void enterStation(void*) {
  joinClusterIfAlone();
  if (!hasPending()) setAccepting(true);
  takePending();
}

void leaveStation(void*) {
  setAccepting(false);
  takePending();
}

bool balanceDue() { return loopCounters().rounds - lastBalancedRound >= kRoundsPerBalance; }

void balance(void*) {
  lastBalancedRound = loopCounters().rounds;
  const MethodEntry* step = findDeclaredMethod(findClass("plurix.Cluster"), "balance()V");
  if (step != nullptr && step->code != nullptr) reinterpret_cast<void (*)()>(step->code)();
  takePending();
}

}  // namespace

int runStation(const RunSettings& settings) {
  heap::stationLocal()->pendingException = nullptr;
  if (platform::Status started = txn::startTransactions(attachedHeap(), settings.tracking); !started.isOk()) {
    consoleWrite(kStandardError, std::string("plurix: cannot start transactions: ") + started.message() + "\n");
    return 1;
  }
  StackOverflowGuard overflowGuard;
  bool entered = runSystemTransaction(&enterStation, nullptr);
  if (entered && settings.balance) registerSystemTransaction(SystemTransaction{"balancer", &balanceDue, &balance, nullptr});
  if (entered) runTransactionLoop();
  if (entered) runSystemTransaction(&leaveStation, nullptr);
  platform::Status stopped = txn::stopTransactions();
  consoleFlush();
  return entered && stopped.isOk() ? 0 : 1;
}

}  // namespace plurix::runtime
