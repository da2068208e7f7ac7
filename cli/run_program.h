// Compiling a program into a fresh embedded heap and running its main on this station: what
// `plurix run` does, and what `plurix station --create` does before it starts serving its heap.
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "heap/heap.h"

namespace plurix::cli {

struct RunOptions {
  std::vector<std::string> files;
  size_t heapMiB = 1024;
  bool quick = false;
  bool statistics = false;
  bool emitLlvm = false;
  bool emitOptimizedLlvm = false;
  bool optimizeLibrary = false;
  bool noTracking = false;
  bool noWritePrediction = false;
  bool perfMap = false;  // write /tmp/perf-PID.map for profilers once compiled (cli/perf_map.h)
  int64_t injectAbortsSeed = -1;
  // The heap lives on after main (a station's): compile for an open world, and keep the program's
  // sources and the library's fingerprint in the heap for later compiles into it.
  bool liveHeap = false;
  // Called with the heap and main's exit status once main and the loop are done (a station
  // goes on serving its heap); its result is the command's exit status. Empty: return status.
  std::function<int(heap::Heap&, int)> afterMain;
};

// Guarantees the program compiled and run as options say; returns the exit status (1 for
// compile errors, 2 for a bad file name).
int runProgram(const RunOptions& options);
// The arguments after `--` on the command line (takeProgramArguments), main's String[] args.
std::vector<std::string>& programArguments();

}  // namespace plurix::cli
