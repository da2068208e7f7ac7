// The hosted runtime of one station: binds the runtime table to this process, finds classes
// and methods by name in the heap, makes strings, and launches a program's main. The class
// loader (compiler/codegen) and the command line use this; compiled code never does (it calls
// through the runtime table only).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "heap/heap.h"
#include "runtime/object/class_info.h"

namespace plurix::runtime {

// Requires: heap open in this process (created, adopted or loaded from an image). Guarantees:
// StationLocal::runtimeTable filled (fixed entries and natives), no pending exception, and
// the heap remembered for allocation by the runtime entries. Call once per process.
void attachRuntime(heap::Heap& heap);
heap::Heap& attachedHeap();

// The class with this binary name ("java.lang.String", "[I") as registered by the class
// loader in the heap's class name service, or null.
const ClassInfo* findClass(std::string_view binaryName);
// The method with this key ("main([Ljava/lang/String;)V") declared by cls itself, or null.
const MethodEntry* findDeclaredMethod(const ClassInfo* cls, std::string_view key);

// Requires java.lang.String and [C loaded. Guarantees the one interned String with this text:
// a pinned read-only String (and char[]) created on first request, found again afterwards —
// in this process and, through the heap, in any other that maps it.
heap::ObjectHeader* internString(std::u16string_view text);
// A new ordinary (RW) String, or null with OutOfMemoryError pending.
heap::ObjectHeader* newString(std::u16string_view text);
// Requires [Ljava.lang.String; loaded. A new String[] holding texts (UTF-8), or null with the
// exception pending.
heap::ObjectHeader* newStringArray(const std::vector<std::string>& texts);
// The text of a String object (null: "null").
std::u16string stringText(const heap::ObjectHeader* string);
std::string stringUtf8(const heap::ObjectHeader* string);

// Requires className loaded, with a constructor (String) or (). Guarantees a new instance of
// className constructed with message (null: no message) is pending as the exception.
void throwNew(const char* className, const char* message);

// Runs a program on this station as Plurix does: starts the transaction machinery (every heap
// page tracked from now on), runs main as one transaction, then keeps the station's transaction
// loop going until no transaction is registered (runtime/launch/transaction_loop.h), and stops
// tracking again. main initialises mainClass, gets the String[] of args, and runs on the
// transaction fiber. Guarantees the exit status Java gives: 0 after a normal return, 1 after an
// uncaught exception (printed to standard error as HotSpot does: `Exception in thread "main" `
// followed by the throwable's stack trace; main's transaction still commits, so what it printed
// before stays, as under java), or the status passed to System.exit (which ends the process
// after flushing). Registered transactions that fail do not change it, as java's threads don't.
struct RunSettings {
  bool tracking = true;          // false: `--no-tracking`, steps run untracked (txn::startTransactions)
  bool injectAborts = false;     // `--inject-aborts SEED` (transaction_loop.h setAbortInjection)
  uint64_t injectionSeed = 0;
  bool balance = true;           // runStation: run the balancer (plurix.Cluster.balance) every few rounds
  bool keepTracking = false;     // runMain: leave transactions started afterwards (a shell goes on)
};
// Requires a transaction running on this station. Guarantees mainClass.main(argv) ran in it, as
// runMain's transaction runs it (the station entered in the Cluster, the class initialised), an
// escaping exception printed as java prints it; returns 0, or 1 after an exception or without a
// main.
int invokeMain(const ClassInfo* mainClass, heap::ObjectHeader* argv);
// Requires a transaction running. Guarantees throwable's stack trace printed to standard error
// through its own printStackTrace() (its class name alone if that fails).
void printStackTrace(heap::ObjectHeader* throwable);
// Requires a transaction running. Guarantees this station has a Station in the Cluster (as main's
// transaction gives it), when the program has the dialect's station API loaded.
void enterCluster();
int runMain(const ClassInfo* mainClass, const std::vector<std::string>& args, const RunSettings& settings = {});
// A station with no main of its own (a worker): starts the transaction machinery, enters this
// station in the Cluster object (as main's transaction would) marked as taking work, registers
// the balancer as a system transaction unless settings say not to, and runs the transaction loop
// (transaction_loop.h: with an idle hook it waits for work instead of ending). Guarantees 0, or 1
// if the machinery could not start or the station could not be entered.
int runStation(const RunSettings& settings = {});

}  // namespace plurix::runtime
