// Fibers over Boost.Context's fcontext (fiber.h). The low-level fcontext API is used instead of
// boost::context::fiber because a fiber object destroyed while suspended unwinds its stack with
// an exception, and compiled frames have no unwind tables: an aborted transaction's frames must
// be dropped, not unwound.
#include "txn/fiber.h"

#include <boost/context/detail/fcontext.hpp>

#include "runtime/platform/faults.h"
#include "runtime/platform/memory.h"

namespace plurix::txn {

namespace {

namespace fcontext = boost::context::detail;

struct FiberCall {
  void (*function)(void*);
  void* argument;
};

uintptr_t stackLowest = 0;  // just above the guard page
uintptr_t stackHighest = 0;
fcontext::fcontext_t schedulerContext = nullptr;
bool running = false;

platform::Status mapStack() {
  if (stackLowest != 0) return platform::Status::ok();
  size_t bytes = kFiberStackBytes + platform::kPageSize;
  platform::Result<uintptr_t> stack = platform::mapAnywhere(bytes);
  if (!stack.isOk()) return stack.status();
  // The guard page: running off the stack faults instead of writing over other memory.
  if (platform::Status guard = platform::protectPages(stack.value(), platform::kPageSize, platform::kNoAccess);
      !guard.isOk()) {
    return guard;
  }
  stackLowest = stack.value() + platform::kPageSize;
  stackHighest = stack.value() + bytes;
  return platform::Status::ok();
}

void fiberEntry(fcontext::transfer_t from) {
  schedulerContext = from.fctx;
  auto* call = static_cast<FiberCall*>(from.data);
  call->function(call->argument);
  leaveFiber(kFiberFinished);
}

}  // namespace

platform::Result<int> runOnFiber(void (*function)(void*), void* argument) {
  if (platform::Status mapped = mapStack(); !mapped.isOk()) return mapped;
  FiberCall call{function, argument};
  fcontext::fcontext_t fiber =
      fcontext::make_fcontext(reinterpret_cast<void*>(stackHighest), kFiberStackBytes, &fiberEntry);
  running = true;
  fcontext::transfer_t back = fcontext::jump_fcontext(fiber, &call);
  running = false;
  return static_cast<int>(reinterpret_cast<intptr_t>(back.data));
}

void leaveFiber(int code) {
  fcontext::jump_fcontext(schedulerContext, reinterpret_cast<void*>(static_cast<intptr_t>(code)));
  __builtin_unreachable();
}

bool onFiber() { return running; }
uintptr_t fiberStackLowest() { return stackLowest; }
uintptr_t fiberStackHighest() { return stackHighest; }

}  // namespace plurix::txn
