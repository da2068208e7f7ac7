// The hook before System.exit ends the process (exit_hook.h).
#include "runtime/natives/exit_hook.h"

namespace plurix::runtime {

namespace {
BeforeExitHook beforeExit = nullptr;
}

void setBeforeExitHook(BeforeExitHook hook) { beforeExit = hook; }

void runBeforeExitHook() {
  BeforeExitHook hook = beforeExit;
  beforeExit = nullptr;
  if (hook != nullptr) hook();
}

}  // namespace plurix::runtime
