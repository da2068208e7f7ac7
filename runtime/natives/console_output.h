// The station's console as System.out and System.err see it: standard output is buffered in
// the runtime (one write per many println calls) and flushed at exit, on System.exit, when
// the buffer fills, and before anything goes to standard error, so the two streams interleave
// as the program wrote them; standard error is never held back.
#pragma once
#include <string_view>

namespace plurix::runtime {

inline constexpr int kStandardOutput = 1;
inline constexpr int kStandardError = 2;

// Requires descriptor kStandardOutput or kStandardError. Guarantees bytes written (standard
// output possibly still buffered).
void consoleWrite(int descriptor, std::string_view bytes);
// Guarantees everything buffered for standard output written.
void consoleFlush();

}  // namespace plurix::runtime
