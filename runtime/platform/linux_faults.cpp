// Hosted implementation of runtime/platform/faults.h: one SIGSEGV/SIGBUS action that asks the
// registered handlers in turn, on a per-thread alternate stack.
#include <signal.h>
#include <sys/mman.h>
#include <ucontext.h>

#include <atomic>
#include <cerrno>
#include <cstring>

#include "runtime/platform/faults.h"

namespace plurix::platform {

namespace {

constexpr int kMaxHandlers = 4;
constexpr size_t kAlternateStackBytes = 64 * 1024;
// x86-64 page-fault error code bits, as the kernel reports them in REG_ERR.
constexpr uint64_t kErrorWrite = 1u << 1;
constexpr uint64_t kErrorFetch = 1u << 4;
// The System V ABI lets a leaf function use 128 bytes below its stack pointer.
constexpr uintptr_t kRedZone = 128;

std::atomic<FaultHandler> handlers[kMaxHandlers];
bool actionsInstalled = false;
thread_local bool alternateStackReady = false;

void defaultAction(int signal) {
  struct sigaction fallback {};
  fallback.sa_handler = SIG_DFL;
  sigemptyset(&fallback.sa_mask);
  sigaction(signal, &fallback, nullptr);
  // Returning re-executes the faulting instruction, which now gets the default action.
}

void dispatch(int signal, siginfo_t* info, void* context) {
  auto* machine = static_cast<ucontext_t*>(context);
  const greg_t* registers = machine->uc_mcontext.gregs;
  Fault fault{};
  fault.address = reinterpret_cast<uintptr_t>(info->si_addr);
  fault.pc = static_cast<uintptr_t>(registers[REG_RIP]);
  fault.sp = static_cast<uintptr_t>(registers[REG_RSP]);
  fault.framePointer = static_cast<uintptr_t>(registers[REG_RBP]);
  auto error = static_cast<uint64_t>(registers[REG_ERR]);
  fault.write = (error & kErrorWrite) != 0;
  fault.fetch = (error & kErrorFetch) != 0;
  fault.machineContext = context;
  for (auto& slot : handlers) {
    FaultHandler handler = slot.load(std::memory_order_acquire);
    if (handler != nullptr && handler(fault) == FaultOutcome::kRetry) return;
  }
  defaultAction(signal);
}

Status systemError(const char* what) {
  return Status::error(ErrorCode::kIoError, MessageBuilder().text(what).text(": ").text(strerror(errno)));
}

}  // namespace

Status protectPages(uintptr_t base, size_t size, unsigned access) {
  int protection = PROT_NONE;
  if ((access & kReadAccess) != 0) protection |= PROT_READ;
  if ((access & kWriteAccess) != 0) protection |= PROT_READ | PROT_WRITE;
  if ((access & kExecuteAccess) != 0) protection |= PROT_READ | PROT_EXEC;
  if (mprotect(reinterpret_cast<void*>(base), size, protection) == 0) return Status::ok();
  MessageBuilder message;
  message.text("cannot protect pages [").hex(base).text(", +").hex(size).text("): ").text(strerror(errno));
  // ENOMEM on a range that is mapped means the kernel ran out of mappings to split into.
  if (errno == ENOMEM) message.text(" (too many scattered protections: raise vm.max_map_count)");
  return Status::error(ErrorCode::kOutOfMemory, message);
}

Status ensureAlternateSignalStack() {
  if (alternateStackReady) return Status::ok();
  void* memory = mmap(nullptr, kAlternateStackBytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (memory == MAP_FAILED) return systemError("alternate signal stack");
  stack_t alternate{};
  alternate.ss_sp = memory;
  alternate.ss_size = kAlternateStackBytes;
  if (sigaltstack(&alternate, nullptr) != 0) {
    munmap(memory, kAlternateStackBytes);
    return systemError("sigaltstack");
  }
  alternateStackReady = true;  // the stack lives as long as the thread (a thread's one leak)
  return Status::ok();
}

Status addFaultHandler(FaultHandler handler) {
  if (Status stack = ensureAlternateSignalStack(); !stack.isOk()) return stack;
  if (!actionsInstalled) {
    struct sigaction action {};
    action.sa_sigaction = &dispatch;
    action.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_NODEFER;
    sigemptyset(&action.sa_mask);
    if (sigaction(SIGSEGV, &action, nullptr) != 0 || sigaction(SIGBUS, &action, nullptr) != 0) {
      return systemError("sigaction");
    }
    actionsInstalled = true;
  }
  for (auto& slot : handlers) {
    FaultHandler empty = nullptr;
    if (slot.compare_exchange_strong(empty, handler)) return Status::ok();
  }
  return Status::error(ErrorCode::kInvalidArgument, "too many fault handlers");
}

void removeFaultHandler(FaultHandler handler) {
  for (auto& slot : handlers) {
    FaultHandler expected = handler;
    slot.compare_exchange_strong(expected, nullptr);
  }
}

void redirectFault(const Fault& fault, void (*continuation)(void*), void* argument, uintptr_t stackTop) {
  auto* machine = static_cast<ucontext_t*>(fault.machineContext);
  greg_t* registers = machine->uc_mcontext.gregs;
  // Below the red zone, 16-byte aligned, then one word for the "return address" a call pushes.
  uintptr_t below = stackTop != 0 ? stackTop : fault.sp - kRedZone;
  uintptr_t sp = (below & ~uintptr_t{15}) - sizeof(uintptr_t);
  *reinterpret_cast<uintptr_t*>(sp) = fault.pc;
  registers[REG_RSP] = static_cast<greg_t>(sp);
  registers[REG_RIP] = static_cast<greg_t>(reinterpret_cast<uintptr_t>(continuation));
  registers[REG_RDI] = static_cast<greg_t>(reinterpret_cast<uintptr_t>(argument));
}

}  // namespace plurix::platform
