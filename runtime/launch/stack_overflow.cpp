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
#include "runtime/platform/status.h"

namespace plurix::runtime {

namespace {

constexpr size_t kAlternateStackBytes = 64 * 1024;
constexpr uintptr_t kOverflowMargin = 64 * 1024;
constexpr int kMaxReportedFrames = 1024;  // HotSpot's MaxJavaStackTraceDepth

alignas(16) char alternateStack[kAlternateStackBytes];
const struct sigaction* previousAction = nullptr;
uintptr_t stackLowest = 0;
uintptr_t stackHighest = 0;

// Writes text to standard error with write(2), which is safe in a signal handler.
void writeError(const char* text, size_t length) {
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
  consoleFlush();  // what main printed comes first, as under java
  const char header[] = "Exception in thread \"main\" java.lang.StackOverflowError\n";
  writeError(header, sizeof header - 1);
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

void onFault(int signal, siginfo_t* info, void* context) {
  auto* machine = static_cast<ucontext_t*>(context);
  auto sp = static_cast<uintptr_t>(machine->uc_mcontext.gregs[REG_RSP]);
  if (sp < stackLowest + kOverflowMargin) {
    report(machine);
    _exit(1);
  }
  // Not ours: the handler installed before decides (page faults of the heap's protocol, say).
  const struct sigaction* before = previousAction;
  if (before != nullptr && (before->sa_flags & SA_SIGINFO) != 0 && before->sa_sigaction != nullptr) {
    before->sa_sigaction(signal, info, context);
    return;
  }
  if (before != nullptr && before->sa_handler != SIG_DFL && before->sa_handler != SIG_IGN) {
    before->sa_handler(signal);
    return;
  }
  // No handler before: let the fault happen again with the default action (a core dump).
  struct sigaction fallback {};
  fallback.sa_handler = SIG_DFL;
  sigemptyset(&fallback.sa_mask);
  sigaction(signal, &fallback, nullptr);
}

}  // namespace

StackOverflowGuard::StackOverflowGuard() {
  pthread_attr_t attributes;
  if (pthread_getattr_np(pthread_self(), &attributes) != 0) return;
  void* base = nullptr;
  size_t size = 0;
  int got = pthread_attr_getstack(&attributes, &base, &size);
  pthread_attr_destroy(&attributes);
  if (got != 0) return;
  stackLowest = reinterpret_cast<uintptr_t>(base);
  stackHighest = stackLowest + size;

  stack_t alternate{};
  alternate.ss_sp = alternateStack;
  alternate.ss_size = sizeof alternateStack;
  if (sigaltstack(&alternate, &previousStack_) != 0) return;
  struct sigaction action {};
  action.sa_sigaction = &onFault;
  action.sa_flags = SA_SIGINFO | SA_ONSTACK;
  sigemptyset(&action.sa_mask);
  if (sigaction(SIGSEGV, &action, &previous_) != 0) {
    sigaltstack(&previousStack_, nullptr);
    return;
  }
  previousAction = &previous_;
  installed_ = true;
}

StackOverflowGuard::~StackOverflowGuard() {
  if (!installed_) return;
  sigaction(SIGSEGV, &previous_, nullptr);
  sigaltstack(&previousStack_, nullptr);
  previousAction = nullptr;
}

}  // namespace plurix::runtime
