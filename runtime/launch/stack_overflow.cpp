// The stack overflow report (stack_overflow.h).
//
// The handler runs on an alternate stack, in a process whose state is unknown (the overflow
// may have struck inside malloc), so it allocates nothing: frames are described into fixed
// buffers and written with write(2). It decides "overflow" from the faulting stack pointer,
// not the fault address: a stack pointer within a few pages of the stack's lowest address.
#include "runtime/launch/stack_overflow.h"

#include <pthread.h>
#include <ucontext.h>
#include <unistd.h>

#include <cstdint>
#include <cstring>

#include "runtime/natives/console_output.h"
#include "runtime/object/code_map_lookup.h"
#include "runtime/platform/faults.h"
#include "runtime/platform/status.h"
#include "runtime/launch/transaction_loop.h"
#include "txn/fiber.h"
#include "txn/transaction.h"

namespace plurix::runtime {

namespace {

constexpr uintptr_t kOverflowMargin = 64 * 1024;
constexpr int kMaxReportedFrames = 1024;  // HotSpot's MaxJavaStackTraceDepth

uintptr_t threadStackLowest = 0;
uintptr_t threadStackHighest = 0;
// The bounds of the stack that overflowed, for the frame walk.
uintptr_t stackLowest = 0;
uintptr_t stackHighest = 0;

// In a registered transaction's step, the report is kept here instead of written, for the
// transaction loop to print after the abort (nothing else the step printed is shown).
constexpr size_t kKeptReportBytes = 256 * 1024;
char keptReport[kKeptReportBytes];
size_t keptReportLength = 0;
bool keepingReport = false;

// Writes text to standard error with write(2), which is safe in a signal handler.
void writeError(const char* text, size_t length) {
  if (keepingReport) {
    size_t room = kKeptReportBytes - keptReportLength;
    size_t taken = length < room ? length : room;
    memcpy(keptReport + keptReportLength, text, taken);
    keptReportLength += taken;
    return;
  }
  size_t done = 0;
  while (done < length) {
    ssize_t wrote = ::write(kStandardError, text + done, length - done);
    if (wrote <= 0) return;
    done += static_cast<size_t>(wrote);
  }
}

bool onStack(uintptr_t address) { return address >= stackLowest && address + 16 <= stackHighest; }

// Prints one frame if the code maps know pc; returns whether it did.
bool reportFrame(const CodeMap* maps, uintptr_t pc) {
  CodeLocation location;
  if (!findCodeLocation(maps, pc, &location)) return false;
  // MessageBuilder never allocates; a line past its capacity is cut, its newline kept.
  platform::MessageBuilder line;
  line.text("\tat ").text(location.function).text("(");
  if (location.file == nullptr) {
    line.text("Unknown Source");
  } else {
    line.text(location.file);
    if (location.line != 0) line.text(":").decimal(location.line);
  }
  line.text(")");
  writeError(line.str(), line.length());
  writeError("\n", 1);
  return true;
}

void report(const ucontext_t* context) {
  if (keepingReport) {
    const char header[] = "java.lang.StackOverflowError\n";
    writeError(header, sizeof header - 1);
  } else {
    consoleFlush();  // what main printed comes first, as under java
    const char header[] = "Exception in thread \"main\" java.lang.StackOverflowError\n";
    writeError(header, sizeof header - 1);
  }
  const CodeMap* maps = codeMapHead();
  auto pc = static_cast<uintptr_t>(context->uc_mcontext.gregs[REG_RIP]);
  auto sp = static_cast<uintptr_t>(context->uc_mcontext.gregs[REG_RSP]);
  auto frame = static_cast<uintptr_t>(context->uc_mcontext.gregs[REG_RBP]);
  int reported = reportFrame(maps, pc) ? 1 : 0;
  // A fault on a prologue's `push %rbp` leaves the caller's frame unlinked: its return
  // address is the word the call just pushed.
  if (*reinterpret_cast<const unsigned char*>(pc) == 0x55 && onStack(sp)) {
    reported += reportFrame(maps, *reinterpret_cast<const uintptr_t*>(sp) - 1) ? 1 : 0;
  }
  while (reported < kMaxReportedFrames && onStack(frame)) {
    auto* words = reinterpret_cast<const uintptr_t*>(frame);
    reported += reportFrame(maps, words[1] - 1) ? 1 : 0;
    if (words[0] <= frame) break;
    frame = words[0];
  }
}

// The stack sp is on: the transaction fiber's, or the thread's own.
void boundsOf(uintptr_t sp, uintptr_t* lowest, uintptr_t* highest) {
  uintptr_t fiberLowest = txn::fiberStackLowest();
  uintptr_t fiberHighest = txn::fiberStackHighest();
  if (txn::onFiber() && sp + kOverflowMargin >= fiberLowest && sp <= fiberHighest) {
    *lowest = fiberLowest;
    *highest = fiberHighest;
    return;
  }
  *lowest = threadStackLowest;
  *highest = threadStackHighest;
}

platform::FaultOutcome onFault(const platform::Fault& fault) {
  boundsOf(fault.sp, &stackLowest, &stackHighest);
  if (stackLowest == 0 || fault.sp >= stackLowest + kOverflowMargin || fault.sp + kOverflowMargin < stackLowest) {
    return platform::FaultOutcome::kNotMine;
  }
  if (runningUserStep()) {
    // A registered transaction's step: abort it (the loop reports and retires it); the station
    // goes on. main keeps java's behaviour below.
    keepingReport = true;
    keptReportLength = 0;
    report(static_cast<const ucontext_t*>(fault.machineContext));
    keepingReport = false;
    return txn::abortFromFault(fault, txn::AbortReason::kStackOverflow);
  }
  report(static_cast<const ucontext_t*>(fault.machineContext));
  _exit(1);
}

}  // namespace

std::string_view keptStackOverflowReport() { return std::string_view(keptReport, keptReportLength); }

StackOverflowGuard::StackOverflowGuard() {
  pthread_attr_t attributes;
  if (pthread_getattr_np(pthread_self(), &attributes) != 0) return;
  void* base = nullptr;
  size_t size = 0;
  int got = pthread_attr_getstack(&attributes, &base, &size);
  pthread_attr_destroy(&attributes);
  if (got != 0) return;
  threadStackLowest = reinterpret_cast<uintptr_t>(base);
  threadStackHighest = threadStackLowest + size;
  installed_ = platform::addFaultHandler(&onFault).isOk();
}

StackOverflowGuard::~StackOverflowGuard() {
  if (installed_) platform::removeFaultHandler(&onFault);
}

}  // namespace plurix::runtime
