// What a program that recurses too deeply gets: java prints `Exception in thread "main"
// java.lang.StackOverflowError` and the innermost 1024 frames, and exits with status 1.
// Compiled code does not check its stack depth, so the overflow is a fault on the page below
// the stack (the transaction fiber's or the thread's); this guard catches exactly that fault
// (through the platform's fault dispatcher, on its alternate signal stack), prints the
// report from the faulting frame's chain and the heap's code maps, and ends the process.
// Every other fault goes on to the other handlers.
#pragma once

#include <signal.h>

#include <string_view>

namespace plurix::runtime {

// In a registered transaction's step (transaction_loop.h runningUserStep) the overflow does not
// end the station: the report (without the "Exception in" prefix) is kept, the step aborted
// with txn::AbortReason::kStackOverflow, and the loop prints the report and retires the
// transaction. The report of the last such overflow:
std::string_view keptStackOverflowReport();

class StackOverflowGuard {
 public:
  // Requires the thread that runs the program. Guarantees the report above for a stack
  // overflow on this thread while the guard lives.
  StackOverflowGuard();
  ~StackOverflowGuard();
  StackOverflowGuard(const StackOverflowGuard&) = delete;
  StackOverflowGuard& operator=(const StackOverflowGuard&) = delete;

 private:
  bool installed_ = false;
};

}  // namespace plurix::runtime
