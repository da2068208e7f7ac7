// The steady-state harness every language benchmark shares, in C++17 (its Java
// twin is LangBench.java, and both print the same way). A benchmark takes
// `<size> <repetitions>`, runs its kernel `repetitions` times, prints the
// kernel's result lines to std::cout once and `time-ms <fastest repetition>`
// to std::cerr. Invariant: every repetition must produce the same result
// lines; a kernel whose repetitions disagree is reported as an error.
#ifndef PLURIX_BENCH_LANG_LANG_BENCH_H
#define PLURIX_BENCH_LANG_LANG_BENCH_H

#include <cerrno>
#include <chrono>
#include <climits>
#include <cstdint>
#include <cstdlib>
#include <iostream>
#include <string>

namespace lang_bench {

// Parses a decimal int as Integer.parseInt does for the values used here.
// Guarantees: false for anything but an optional sign and digits within int range.
inline bool parseInt(const char* text, int& value) {
  // strtol skips leading white space; parseInt does not.
  if (text[0] == '\0' || text[0] == ' ' || (text[0] >= '\t' && text[0] <= '\r')) return false;
  char* end = nullptr;
  errno = 0;
  long parsed = std::strtol(text, &end, 10);
  if (*end != '\0' || errno != 0 || parsed < INT_MIN || parsed > INT_MAX) return false;
  value = static_cast<int>(parsed);
  return true;
}

// Nanoseconds as milliseconds with one decimal, rounded to nearest.
inline std::string millis(std::int64_t nanos) {
  std::int64_t tenths = (nanos + 50000) / 100000;
  return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10);
}

// Parses `[size [repetitions]]`, runs `kernel(size)` (which returns the result
// lines) `repetitions` times, prints the result once and the fastest time.
// Guarantees: returns the process exit status: 0, 2 for bad arguments (after a
// usage line), 1 if two repetitions disagree.
template <typename Kernel>
int run(Kernel kernel, const char* name, int argc, char** argv, int defaultSize, int minSize, int maxSize) {
  int size = defaultSize;
  int repetitions = 1;
  bool valid = argc <= 3;
  if (valid && argc > 1) valid = parseInt(argv[1], size);
  if (valid && argc > 2) valid = parseInt(argv[2], repetitions);
  if (!valid || size < minSize || size > maxSize || repetitions < 1) {
    std::cerr << "usage: " << name << " [size [repetitions]] with " << minSize << " <= size <= " << maxSize
              << " and repetitions >= 1\n";
    return 2;
  }
  std::string first;
  std::int64_t fastest = INT64_MAX;
  for (int r = 0; r < repetitions; r++) {
    auto start = std::chrono::steady_clock::now();
    std::string result = kernel(size);
    auto elapsed = std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - start);
    if (r == 0) {
      first = result;
    } else if (result != first) {
      std::cerr << name << ": repetition " << r << " gave a different result\n";
      return 1;
    }
    if (elapsed.count() < fastest) fastest = elapsed.count();
  }
  std::cout << first;
  std::cerr << "time-ms " << millis(fastest) << "\n";
  return 0;
}

}  // namespace lang_bench

#endif  // PLURIX_BENCH_LANG_LANG_BENCH_H
