// The station's console as System.out and System.err see it, a device that respects aborts
// (txn/device.h): what a transaction prints is held back until it commits and dropped if it
// aborts. Committed standard output is buffered further (one write per many println calls) and
// flushed at exit, when the buffer fills, and before anything goes to standard error, so the two
// streams interleave as the program wrote them.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace plurix::runtime {

inline constexpr int kStandardOutput = 1;
inline constexpr int kStandardError = 2;

// Requires descriptor kStandardOutput or kStandardError. Guarantees bytes written: at once
// outside a transaction (standard output possibly still buffered), at commit inside one.
void consoleWrite(int descriptor, std::string_view bytes);
// Guarantees everything written so far delivered, a running transaction's output included (for
// System.exit and the end of a run, which keep what the program printed).
void consoleFlush();

// A position in the running transaction's held-back output.
struct ConsoleMark {
  size_t segments = 0;
  size_t bytesInLast = 0;
};
ConsoleMark consoleMark();
// The running transaction's held-back output written since mark, both streams, in order (the
// report of an exception that will abort the transaction is taken out this way and shown after
// the abort has dropped the rest).
std::string consoleTextSince(ConsoleMark mark);

}  // namespace plurix::runtime
