// Interrupt: what Ctrl-C (SIGINT) does in the shell. It never ends the process. While a command
// runs (a RunningCommand is alive) it calls the core's callback, which aborts the running
// transaction; otherwise it is remembered and wakes the line reader, which throws away the input
// being typed and shows a fresh prompt.
// Invariant: one process-wide handler; the callback runs inside the signal handler, on whichever
// thread the signal reaches, so it must be async-signal-safe (set a flag, write to a pipe).
#pragma once

#include <functional>

namespace plurix::shell {

// Guarantees the SIGINT handler is installed (once; later calls do nothing). System calls the
// signal interrupts are restarted (SA_RESTART), so the core's I/O sees no EINTR from it.
void installInterruptHandler();

// Requires callback to be async-signal-safe, or empty for none. Guarantees that each SIGINT while
// a RunningCommand is alive calls it. A replaced callback is kept alive until the process ends,
// since a signal on another thread may be calling it at that moment.
void setInterruptCallback(std::function<void()> callback);

// While alive, SIGINT calls the interrupt callback instead of interrupting line reading: the core
// holds one around running an input, taken before the command starts (a Ctrl-C just before it
// would otherwise go to the reader and be dropped). Guards nest: a count, not a flag.
class RunningCommand {
 public:
  RunningCommand();
  ~RunningCommand();
  RunningCommand(const RunningCommand&) = delete;
  RunningCommand& operator=(const RunningCommand&) = delete;
};

// Guarantees whether a SIGINT arrived outside a RunningCommand since the last call, and clears it.
bool takeInterrupt();

// Guarantees a descriptor that becomes readable when takeInterrupt() would return true (for poll);
// -1 before installInterruptHandler(). takeInterrupt() drains it.
int interruptWakeDescriptor();

}  // namespace plurix::shell
